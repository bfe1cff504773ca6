import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeApiRequest } from './api-routes.js';
import { handleControlRequest, isControlPath } from './control-routes.js';
import { createDelays } from './delays.js';
import { errorAnswer, tooLargeAnswer } from './error-body.js';
import { parseFaults, replacesAnswer, sendFault } from './faults.js';
import { createPortalState } from './portal-state.js';
import { readBody } from './read-body.js';
import { toLoggedRequest } from './request-log.js';
import { resolveOptions } from './resolve-options.js';
import { sendAnswer, sendPreflight, setCorsHeaders } from './send.js';
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

  async function handleApiRequest(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<void> {
    const body = await readBody(req);
    state.requests.push(toLoggedRequest(req, body, settings.clock()));

    const fault = state.faults.shift();
    const delayMs = settings.delayMs + (fault?.delayMs ?? 0);
    if (!(await delays.wait(delayMs, res))) return;

    if (fault !== undefined && replacesAnswer(fault)) {
      sendFault(res, fault);
      return;
    }
    if (body.tooLarge) {
      sendAnswer(res, tooLargeAnswer());
      return;
    }
    const request = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      bodyText: body.text,
    };
    sendAnswer(res, routeApiRequest(request, { options: settings, state }));
  }

  async function handleRequest(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    setCorsHeaders(res);
    const path = (req.url ?? '/').split('?')[0] ?? '/';

    if (req.method === 'OPTIONS') {
      if (!isControlPath(path)) {
        state.requests.push(
          toLoggedRequest(req, { tooLarge: false, text: '' }, settings.clock()),
        );
      }
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
      console.error('mock-portal: failed to handle a request:', error);
      sendAnswer(
        res,
        errorAnswer(500, 'MXException', 'The mock portal failed unexpectedly.'),
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
