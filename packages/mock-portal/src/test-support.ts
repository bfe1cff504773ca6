import { request as httpRequest } from 'node:http';

/** Path of Get Sign In OTP, relative to the mount point. */
export const otpPath = '/api/Authentication/SigninOTP/Get';

/** Path of Sign In with OTP, relative to the mount point. */
export const signinPath = '/api/Authentication/Signin';

/** The key a portal accepts by default. */
export const publicKey = 'mock-public-auth-key';

/** A phone number in LeadSquared's `+CC-NATIONAL` form, from a fictional range. */
export const phone = '+1-4155550123';

/** Posts a Get Sign In OTP request with the default key and a valid body. */
export function requestOtp(
  baseUrl: string,
  init: { body?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  return fetch(baseUrl + otpPath, {
    method: 'POST',
    headers: {
      Authorization: publicKey,
      'Content-Type': 'application/json',
      ...init.headers,
    },
    body:
      init.body ??
      JSON.stringify({ FieldSchemaName: 'Phone', FieldContent: phone }),
  });
}

/** Posts a Sign In with OTP request with the default key. */
export function signIn(
  baseUrl: string,
  data: { Otp: string; Code: string; FieldContent?: string },
): Promise<Response> {
  return fetch(baseUrl + signinPath, {
    method: 'POST',
    headers: { Authorization: publicKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      OTPSigninRequest: true,
      OTPSigninData: { FieldContent: phone, ...data },
    }),
  });
}

/**
 * Sends a GET with the path exactly as given, since `fetch` would normalize
 * `..` segments away before sending.
 */
export function getRawPath(
  baseUrl: string,
  path: string,
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
