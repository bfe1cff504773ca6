import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockPortal } from './create-mock-portal.js';
import { normalizeBasePath, stripBasePath } from './mount-path.js';
import { serveStaticFile } from './static-files.js';
import type { MockPortal, MockPortalOptions } from './types.js';

/** Options of `startMockPortalServer`, on top of the portal's own. */
export interface StartMockPortalServerOptions extends MockPortalOptions {
  /** TCP port, where `0` picks a free one. Default: `0`. */
  port?: number;
  /** Interface to listen on. Default: `'127.0.0.1'`. */
  host?: string;
  /** Path the portal is mounted at, where `''` is the root. Default: `'/mock-portal'`. */
  basePath?: string;
  /**
   * Directory of static files served for paths outside `basePath`, such as a
   * built Storybook. Needs a non-root `basePath`. Default: `undefined`, so
   * those paths return 404.
   */
  staticDir?: string;
}

/** A running mock portal server. */
export interface MockPortalServer {
  /** Origin of the server, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** URL of the portal's mount point: `url` followed by `basePath`. */
  portalUrl: string;
  portal: MockPortal;
  /** Stops the server, closing open connections and held responses. */
  close(): Promise<void>;
}

/**
 * Starts a node:http server that mounts a new mock portal at `basePath` and,
 * when `staticDir` is given, serves static files for every other path.
 */
export async function startMockPortalServer(
  options: StartMockPortalServerOptions = {},
): Promise<MockPortalServer> {
  const { port = 0, host = '127.0.0.1', staticDir, ...portalOptions } = options;
  const basePath = normalizeBasePath(options.basePath ?? '/mock-portal');
  if (staticDir !== undefined && basePath === '') {
    throw new Error(
      'staticDir needs a non-root basePath, because the portal mounted at the root serves every path.',
    );
  }
  const portal = createMockPortal(portalOptions);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const portalUrl = stripBasePath(req.url ?? '/', basePath);
    if (portalUrl !== undefined) {
      req.url = portalUrl;
      portal.handler(req, res);
      return;
    }
    if (staticDir === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found.');
      return;
    }
    serveStaticFile(req, res, staticDir).catch((error: unknown) => {
      console.error('mock-portal: failed to serve a static file:', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const address = server.address() as AddressInfo;
  const hostInUrl =
    address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${hostInUrl}:${address.port}`;

  return {
    url,
    portalUrl: url + basePath,
    portal,
    close() {
      portal.close();
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
