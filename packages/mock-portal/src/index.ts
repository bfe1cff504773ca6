export { createMockPortal } from './create-mock-portal.js';
export { defaultPublicAuthKey } from './resolve-options.js';
export { startMockPortalServer } from './serve.js';
export { mockPortalPlugin } from './vite-plugin.js';

export type {
  Fault,
  LoggedRequest,
  MockPortal,
  MockPortalHandler,
  MockPortalOptions,
  OutboxEntry,
  RateLimitOptions,
} from './types.js';
export type {
  MockPortalServer,
  StartMockPortalServerOptions,
} from './serve.js';
export type { MockPortalPluginOptions } from './vite-plugin.js';
