/**
 * Normalizes a mount path to `''` (the root) or `/segment...` with no
 * trailing slash.
 */
export function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Strips a normalized mount path from a request URL, as connect does for
 * mounted middleware. Returns the URL relative to the mount point (always
 * starting with `/`), or `undefined` when the URL is outside it.
 */
export function stripBasePath(
  url: string,
  basePath: string,
): string | undefined {
  if (basePath === '') return url;
  if (!url.startsWith(basePath)) return undefined;
  const rest = url.slice(basePath.length);
  if (rest === '') return '/';
  if (rest.startsWith('/')) return rest;
  if (rest.startsWith('?')) return `/${rest}`;
  return undefined;
}

/** Returns the path part of a request URL, without its query. */
export function stripQuery(url: string): string {
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : url.slice(0, queryStart);
}
