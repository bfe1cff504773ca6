import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockPortalServer, type MockPortalServer } from './serve.js';
import { getRawPath, requestOtp } from './test-support.js';

let tempDir: string;
let server: MockPortalServer;

beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'mock-portal-static-'));
  const siteDir = join(tempDir, 'site');
  await mkdir(join(siteDir, 'docs'), { recursive: true });
  await writeFile(join(siteDir, 'index.html'), '<h1>home</h1>');
  await writeFile(join(siteDir, 'docs', 'index.html'), '<h1>docs</h1>');
  await writeFile(join(siteDir, 'app.js'), 'export {};');
  await writeFile(join(siteDir, 'style.css'), 'body {}');
  await writeFile(join(siteDir, 'data.json'), '{}');
  await writeFile(join(siteDir, 'icon.svg'), '<svg></svg>');
  await writeFile(join(siteDir, 'image.png'), 'png');
  await writeFile(join(siteDir, 'font.woff2'), 'woff2');
  await writeFile(join(siteDir, 'my file.txt'), 'spaced');
  await writeFile(join(tempDir, 'secret.txt'), 'outside');
  await symlink(join(tempDir, 'secret.txt'), join(siteDir, 'link.txt'));

  server = await startMockPortalServer({ staticDir: siteDir });
});
afterAll(async () => {
  await server.close();
  await rm(tempDir, { recursive: true, force: true });
});

describe('static files', () => {
  it('serves index.html for /', async () => {
    const response = await fetch(`${server.url}/`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe('<h1>home</h1>');
  });

  it('serves index.html of a subdirectory', async () => {
    const response = await fetch(`${server.url}/docs/`);

    expect(await response.text()).toBe('<h1>docs</h1>');
  });

  it.each([
    ['app.js', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['image.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (fileName, contentType) => {
    const response = await fetch(`${server.url}/${fileName}`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
  });

  it('decodes percent-encoded names', async () => {
    const response = await fetch(`${server.url}/my%20file.txt`);

    expect(await response.text()).toBe('spaced');
  });

  it('ignores the query', async () => {
    const response = await fetch(`${server.url}/app.js?v=1`);

    expect(response.status).toBe(200);
  });

  it('returns 404 for a missing file', async () => {
    const response = await fetch(`${server.url}/missing.js`);

    expect(response.status).toBe(404);
  });

  it('returns 405 for POST', async () => {
    const response = await fetch(`${server.url}/app.js`, { method: 'POST' });

    expect(response.status).toBe(405);
  });

  it('sends HEAD without a body', async () => {
    const response = await fetch(`${server.url}/app.js`, { method: 'HEAD' });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('10');
    expect(await response.text()).toBe('');
  });

  it('still serves the portal', async () => {
    const response = await requestOtp(server.portalUrl);

    expect(response.status).toBe(200);
  });
});

describe('path traversal', () => {
  it.each([
    '/../secret.txt',
    '/docs/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
    '/app.js%00.html',
    '/%E0%A4%A',
  ])('refuses %s', async (path) => {
    const response = await getRawPath(server.url, path);

    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside');
  });

  it('refuses a symlink out of staticDir', async () => {
    const response = await fetch(`${server.url}/link.txt`);

    expect(response.status).toBe(404);
  });
});

describe('staticDir option', () => {
  it('requires a non-root basePath', async () => {
    await expect(
      startMockPortalServer({ basePath: '', staticDir: tempDir }),
    ).rejects.toThrow(/basePath/);
  });

  it('returns 404 outside basePath without it', async () => {
    const bare = await startMockPortalServer();
    try {
      const response = await fetch(`${bare.url}/index.html`);

      expect(response.status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
