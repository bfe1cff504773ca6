import type { IncomingMessage } from 'node:http';

/** Largest request body the portal reads, in bytes. */
export const maxBodyBytes = 64 * 1024;

/** A request body as read: its text, or a mark that it was over the limit. */
export type BodyReadResult =
  { tooLarge: false; text: string } | { tooLarge: true };

/**
 * Reads a request body as UTF-8 text, stopping as soon as it exceeds
 * `limitBytes` so an oversized or endless body is never buffered whole.
 */
export function readBody(
  req: IncomingMessage,
  limitBytes = maxBodyBytes,
): Promise<BodyReadResult> {
  const declaredLength = Number(req.headers['content-length']);
  if (declaredLength > limitBytes) {
    return Promise.resolve({ tooLarge: true });
  }

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let receivedBytes = 0;

    const onData = (chunk: Buffer): void => {
      receivedBytes += chunk.length;
      if (receivedBytes > limitBytes) {
        cleanUp();
        resolve({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanUp();
      resolve({
        tooLarge: false,
        text: Buffer.concat(chunks).toString('utf8'),
      });
    };
    const onError = (error: Error): void => {
      cleanUp();
      reject(error);
    };
    const cleanUp = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };

    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
