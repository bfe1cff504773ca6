import type { Connect, Plugin } from 'vite';
import { createMockPortal } from './create-mock-portal.js';
import { normalizeBasePath } from './mount-path.js';
import type { MockPortalOptions } from './types.js';

/** Options of `mockPortalPlugin`, on top of the portal's own. */
export interface MockPortalPluginOptions extends MockPortalOptions {
  /** Path the portal is mounted at, other than the root. Default: `'/mock-portal'`. */
  basePath?: string;
}

/** The parts of a Vite dev or preview server that mounting needs. */
interface MountTarget {
  middlewares: Connect.Server;
  httpServer: { once(event: 'close', listener: () => void): unknown } | null;
}

/**
 * Creates a Vite plugin that mounts a mock portal at `basePath` in the dev
 * and preview servers. Each server gets its own portal instance and state.
 */
export function mockPortalPlugin(
  options: MockPortalPluginOptions = {},
): Plugin {
  const { basePath: rawBasePath = '/mock-portal', ...portalOptions } = options;
  const basePath = normalizeBasePath(rawBasePath);
  if (basePath === '') {
    throw new Error(
      'mockPortalPlugin needs a non-root basePath such as "/mock-portal", because at the root it would respond to every request of the Vite server.',
    );
  }

  const mountPortal = (server: MountTarget): void => {
    const portal = createMockPortal(portalOptions);
    server.middlewares.use(basePath, portal.handler);
    server.httpServer?.once('close', () => portal.close());
  };

  return {
    name: 'lsq-otp-mock-portal',
    configureServer: mountPortal,
    configurePreviewServer: mountPortal,
  };
}
