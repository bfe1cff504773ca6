import {
  createLeadSquaredTransport,
  formatInternational,
  type OtpTransport,
} from '@lsq-otp/core';
import { type CodeIssued, PhoneOtpRequestForm } from '@lsq-otp/react';
import { useState } from 'react';

export interface LoginPageProps {
  transport: OtpTransport;
}

/**
 * A login page as a site would write it: the request form, then a
 * confirmation naming the number the code went to.
 */
export function LoginPage({ transport }: LoginPageProps) {
  const [issued, setIssued] = useState<CodeIssued | null>(null);

  return (
    <main className="login-page">
      <h1>Sign in</h1>
      {issued ? (
        <section aria-labelledby="code-sent">
          <h2 id="code-sent">Check your phone</h2>
          <p role="status">
            We sent a code to{' '}
            <bdi dir="ltr">{formatInternational(issued.FieldContent)}</bdi>.
          </p>
          <button type="button" onClick={() => setIssued(null)}>
            Use another number
          </button>
        </section>
      ) : (
        <PhoneOtpRequestForm transport={transport} onCodeIssued={setIssued} />
      )}
    </main>
  );
}

/**
 * The transport of the Login story: the portal named by `LSQ_PORTAL_BASE_URL`
 * and `LSQ_PUBLIC_AUTH_KEY` when Storybook started with them, else the mock
 * portal that the dev server mounts at `/mock-portal`.
 */
export function createStoryTransport(): OtpTransport {
  const env = import.meta.env;
  if (env.LSQ_PORTAL_BASE_URL && env.LSQ_PUBLIC_AUTH_KEY) {
    return createLeadSquaredTransport({
      baseUrl: env.LSQ_PORTAL_BASE_URL,
      publicAuthKey: env.LSQ_PUBLIC_AUTH_KEY,
      registerToken: env.LSQ_REGISTER_TOKEN,
      portalId: env.LSQ_PORTAL_ID,
    });
  }
  return createLeadSquaredTransport({
    baseUrl: `${window.location.origin}/mock-portal`,
    publicAuthKey: 'mock-public-auth-key',
  });
}
