import type { IncomingHttpHeaders } from 'node:http';
import type { JsonAnswer } from './error-body.js';
import type { PortalState } from './portal-state.js';
import type { ResolvedOptions } from './resolve-options.js';

/** An API request after its body has been read. */
export interface ApiRequest {
  method: string;
  /** Path relative to the mount point, without the query. */
  path: string;
  headers: IncomingHttpHeaders;
  bodyText: string;
}

/** What an API endpoint may read and change. */
export interface ApiContext {
  options: ResolvedOptions;
  state: PortalState;
}

/** An API endpoint: computes the answer to one request. */
export type ApiEndpoint = (
  request: ApiRequest,
  context: ApiContext,
) => JsonAnswer;
