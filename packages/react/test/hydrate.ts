import { JSDOM } from 'jsdom';
import type { ReactElement } from 'react';
import { vi } from 'vitest';

const browserGlobals = ['window', 'document', 'navigator'] as const;

/** Creates a browser window whose `#root` contains server-rendered `html`. */
export function createDom(html: string) {
  return new JSDOM(`<!doctype html><div id="root">${html}</div>`, {
    url: 'https://example.com/login',
  }).window;
}

/**
 * Hydrates `#root` of `dom` with `element`, as a browser does after loading
 * server markup, and returns what React reported meanwhile.
 */
export async function hydrate(
  dom: ReturnType<typeof createDom>,
  element: ReactElement,
) {
  for (const name of browserGlobals) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      value: dom[name],
    });
  }
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  const errors: unknown[] = [];
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  const { hydrateRoot } = await import('react-dom/client');
  const { act } = await import('react');
  const container = dom.document.getElementById('root');
  if (!container) throw new Error('missing #root in the server markup');
  await act(async () => {
    hydrateRoot(container, element, {
      onRecoverableError: (error) => errors.push(error),
    });
  });
  return { errors, consoleErrors: consoleError.mock.calls, container };
}

/** Removes the browser globals that `hydrate` set, back to plain Node. */
export function removeBrowserGlobals() {
  for (const name of browserGlobals) {
    Reflect.deleteProperty(globalThis, name);
  }
}
