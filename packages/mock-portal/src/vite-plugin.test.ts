import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createServer,
  preview,
  type PreviewServer,
  type ViteDevServer,
} from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otpPath, requestOtp } from './test-support.js';
import { mockPortalPlugin } from './vite-plugin.js';

describe('mockPortalPlugin', () => {
  let rootDir: string;
  let server: ViteDevServer;
  let baseUrl: string;

  beforeAll(async () => {
    rootDir = await mkdtemp(join(tmpdir(), 'mock-portal-vite-'));
    server = await createServer({
      configFile: false,
      root: rootDir,
      logLevel: 'silent',
      plugins: [mockPortalPlugin()],
      server: { port: 0, host: '127.0.0.1' },
      optimizeDeps: { noDiscovery: true },
    });
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('The Vite server has no local URL.');
    baseUrl = url.replace(/\/$/, '');
  });
  afterAll(async () => {
    await server.close();
    await rm(rootDir, { recursive: true, force: true });
  });

  it('serves the portal under /mock-portal', async () => {
    const response = await requestOtp(`${baseUrl}/mock-portal`);
    const body = await response.json();

    expect(response.status).toBe(200);
    expect(body.Status).toBe('Success');
  });

  it('serves the outbox under /mock-portal', async () => {
    await requestOtp(`${baseUrl}/mock-portal`);
    const response = await fetch(`${baseUrl}/mock-portal/__mock/outbox`);
    const outbox = await response.json();

    expect(Array.isArray(outbox)).toBe(true);
    expect(outbox.length).toBeGreaterThan(0);
  });

  it('logs paths relative to the mount point', async () => {
    await fetch(`${baseUrl}/mock-portal/__mock/reset`, { method: 'POST' });
    await requestOtp(`${baseUrl}/mock-portal`);
    const response = await fetch(`${baseUrl}/mock-portal/__mock/requests`);
    const [logged] = await response.json();

    expect(logged.path).toBe(otpPath);
  });

  it('returns 404 under the mount point', async () => {
    const response = await fetch(`${baseUrl}/mock-portal/unknown`);

    expect(response.status).toBe(404);
    expect((await response.json()).Status).toBe('Error');
  });

  it('leaves other paths to Vite', async () => {
    const response = await requestOtp(baseUrl);

    expect(response.headers.get('access-control-allow-origin')).not.toBe('*');
  });

  it('rejects a root basePath', () => {
    expect(() => mockPortalPlugin({ basePath: '/' })).toThrow(/basePath/);
  });
});

describe('mockPortalPlugin in preview', () => {
  let rootDir: string;
  let server: PreviewServer;
  let baseUrl: string;

  beforeAll(async () => {
    rootDir = await mkdtemp(join(tmpdir(), 'mock-portal-preview-'));
    await mkdir(join(rootDir, 'dist'));
    await writeFile(join(rootDir, 'dist', 'index.html'), '<h1>built</h1>');
    server = await preview({
      configFile: false,
      root: rootDir,
      logLevel: 'silent',
      plugins: [mockPortalPlugin({ basePath: '/portal' })],
      preview: { port: 0, host: '127.0.0.1' },
    });
    const url = server.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('The preview server has no URL.');
    baseUrl = url.replace(/\/$/, '');
  });
  afterAll(async () => {
    await server.close();
    await rm(rootDir, { recursive: true, force: true });
  });

  it('serves the portal under basePath', async () => {
    const response = await requestOtp(`${baseUrl}/portal`);

    expect(response.status).toBe(200);
  });

  it('leaves the build to Vite', async () => {
    const response = await fetch(`${baseUrl}/`);

    expect(await response.text()).toContain('built');
  });
});
