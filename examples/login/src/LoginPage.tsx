import { type CodeIssued, LazyPhoneOtpRequestForm } from '@lsq-otp/react';
import { useState } from 'react';

/**
 * Renders the request form, then a confirmation naming the number the code
 * went to. The form's validation code and metadata load after the page shows.
 */
export function LoginPage() {
  const [issued, setIssued] = useState<CodeIssued | null>(null);

  if (issued) {
    return (
      <main>
        <h1>Check your phone</h1>
        <p role="status">
          We sent a code to{' '}
          {/* As LeadSquared echoed it. formatInternational would bring
              libphonenumber-js metadata into the page's first chunk. */}
          <bdi dir="ltr">{issued.FieldContent}</bdi>.
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
      <LazyPhoneOtpRequestForm onCodeIssued={setIssued} />
    </main>
  );
}
