import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeApiRequest } from './api-routes.js';
import { handleControlRequest, isControlPath } from './control-routes.js';
import { createDelays } from './delays.js';
import { errorResponse, tooLargeResponse } from './error-body.js';
import { parseFaults, replacesResponse, sendFault } from './faults.js';
import { createPortalState } from './portal-state.js';
import { stripQuery } from './mount-path.js';
import { readBody, type BodyReadResult } from './read-body.js';
import { toLoggedRequest } from './request-log.js';
import { resolveOptions } from './resolve-options.js';
import { sendJsonResponse, sendPreflight, setCorsHeaders } from './send.js';
import type {
  MockPortal,
  MockPortalHandler,
  MockPortalOptions,
} from './types.js';

/**
 * Creates a mock LeadSquared portal: a Node/connect request handler serving
 * the portal API and the `/__mock/*` control endpoints relative to its mount
 * point, plus the state behind it. Each call makes an isolated instance.
 */
export function createMockPortal(options: MockPortalOptions = {}): MockPortal {
  const settings = resolveOptions(options);
  const state = createPortalState(settings);
  const delays = createDelays();

  function logRequest(req: IncomingMessage, body: BodyReadResult): void {
    state.requests.push(toLoggedRequest(req, body, settings.clock()));
  }

  async function handleApiRequest(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<void> {
    const body = await readBody(req);
    logRequest(req, body);

    const fault = state.faults.shift();
    const delayMs = settings.delayMs + (fault?.delayMs ?? 0);
    if (!(await delays.wait(delayMs, res))) return;

    if (fault !== undefined && replacesResponse(fault)) {
      sendFault(res, fault);
      return;
    }
    if (body.tooLarge) {
      sendJsonResponse(res, tooLargeResponse());
      return;
    }
    const request = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      bodyText: body.text,
    };
    sendJsonResponse(
      res,
      routeApiRequest(request, { options: settings, state }),
    );
  }

  async function handleRequest(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    setCorsHeaders(res);
    const path = stripQuery(req.url ?? '/');

    if (req.method === 'OPTIONS') {
      // Preflights are logged but take no fault and no delay, so a fault
      // injected for a cross-origin request reaches the request itself.
      if (!isControlPath(path)) logRequest(req, { tooLarge: false, text: '' });
      sendPreflight(res);
      return;
    }
    if (isControlPath(path)) {
      await handleControlRequest(req, res, path, state);
      return;
    }
    await handleApiRequest(req, res, path);
  }

  const handler: MockPortalHandler = (req, res, next) => {
    handleRequest(req, res).catch((error: unknown) => {
      if (next) {
        next(error);
        return;
      }
      const path = stripQuery(req.url ?? '/');
      console.error(
        `mock-portal: failed to handle ${req.method} ${path}:`,
        error,
      );
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJsonResponse(
        res,
        errorResponse(
          500,
          'MXException',
          'The mock portal failed unexpectedly.',
        ),
      );
    });
  };

  return {
    handler,
    outbox: () => structuredClone(state.outbox),
    requests: () => structuredClone(state.requests),
    reset: () => state.reset(),
    injectFaults(faults) {
      const parsed = parseFaults(structuredClone(faults));
      if ('error' in parsed) throw new TypeError(parsed.error);
      state.faults.push(...parsed.faults);
    },
    close: () => delays.cancelAll(),
  };
}
