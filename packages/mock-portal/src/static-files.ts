import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeOf } from './content-types.js';
import { stripQuery } from './mount-path.js';

/**
 * Serves a file from `rootDir` for a GET or HEAD request: `index.html` for a
 * directory, 404 for anything missing or outside `rootDir`.
 */
export async function serveStaticFile(
  req: IncomingMessage,
  res: ServerResponse,
  rootDir: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    return;
  }
  const filePath = await resolveStaticFile(rootDir, req.url ?? '/');
  if (filePath === undefined) {
    sendText(res, 404, 'Not found.');
    return;
  }

  const { size } = await stat(filePath);
  res.writeHead(200, {
    'Content-Type': contentTypeOf(filePath),
    'Content-Length': size,
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(filePath), res);
}

/**
 * Maps a request URL to a regular file inside `rootDir`, following symbolic
 * links. Returns `undefined` when there is no such file, or when the path or
 * a link leads outside `rootDir`.
 */
export async function resolveStaticFile(
  rootDir: string,
  url: string,
): Promise<string | undefined> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(stripQuery(url));
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;

  const root = await realpath(rootDir);
  let candidate = resolve(root, `.${pathname}`);
  if (!isInside(root, candidate)) return undefined;

  try {
    if ((await stat(candidate)).isDirectory()) {
      candidate = join(candidate, 'index.html');
    }
    const realFile = await realpath(candidate);
    if (!isInside(root, realFile)) return undefined;
    return (await stat(realFile)).isFile() ? realFile : undefined;
  } catch {
    return undefined;
  }
}

function isInside(root: string, path: string): boolean {
  const prefix = root.endsWith(sep) ? root : root + sep;
  return path === root || path.startsWith(prefix);
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}
