import { createLeadSquaredTransport, type OtpTransport } from '@lsq-otp/core';
import { PhoneOtpSignIn, type SignedIn } from '@lsq-otp/react';
import { useState } from 'react';

export interface LoginPageProps {
  transport: OtpTransport;
  /** Receives the session, as a site would hand it to its backend. */
  onSignedIn?: (result: SignedIn) => void;
}

/**
 * Renders a login page as a site would write it: the phone step, the code
 * step, then the signed-in lead. The page keeps the `LeadId` to show and no
 * `AuthKey`. A real site posts the `AuthKey` to its own backend or keeps it
 * in memory, never in `localStorage`, a log or a URL.
 */
export function LoginPage({ transport, onSignedIn }: LoginPageProps) {
  const [leadId, setLeadId] = useState<string | null>(null);

  return (
    <main className="login-page">
      <h1>Sign in</h1>
      {leadId === null ? (
        <PhoneOtpSignIn
          transport={transport}
          onSignedIn={(result) => {
            setLeadId(result.LeadId);
            onSignedIn?.(result);
          }}
        />
      ) : (
        // The form that had focus is gone, so focus moves to the outcome.
        <p role="status" tabIndex={-1} ref={(node) => node?.focus()}>
          Signed in as lead {leadId}
        </p>
      )}
    </main>
  );
}

/**
 * Creates the transport of the Login story: the portal named by `LSQ_PORTAL_BASE_URL`
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
