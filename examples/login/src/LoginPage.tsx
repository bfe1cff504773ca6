import { formatInternational } from '@lsq-otp/core';
import { type CodeIssued, PhoneOtpRequestForm } from '@lsq-otp/react';
import { useState } from 'react';

/** Renders the request form, then a confirmation naming the number the code went to. */
export function LoginPage() {
  const [issued, setIssued] = useState<CodeIssued | null>(null);

  if (issued) {
    return (
      <main>
        <h1>Check your phone</h1>
        <p role="status">
          We sent a code to{' '}
          <bdi dir="ltr">{formatInternational(issued.FieldContent)}</bdi>.
        </p>
        <button type="button" onClick={() => setIssued(null)}>
          Use another number
        </button>
      </main>
    );
  }

  return (
    <main>
      <h1>Sign in</h1>
      <PhoneOtpRequestForm onCodeIssued={setIssued} />
    </main>
  );
}
