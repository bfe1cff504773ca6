import type { IncomingHttpHeaders } from 'node:http';
import type { JsonResponse } from './error-body.js';
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

/** The options and state an API endpoint may read and change. */
export interface ApiContext {
  options: ResolvedOptions;
  state: PortalState;
}

/** An API endpoint: computes the response to one request. */
export type ApiEndpoint = (
  request: ApiRequest,
  context: ApiContext,
) => JsonResponse;
