import { createLeadSquaredTransport } from '@lsq-otp/core';
import { OtpTransportProvider } from '@lsq-otp/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LoginPage } from './LoginPage.tsx';

// Without VITE_LSQ_PORTAL_BASE_URL the page calls the mock portal that the
// Vite dev and preview servers mount at /mock-portal.
const transport = createLeadSquaredTransport({
  baseUrl:
    import.meta.env.VITE_LSQ_PORTAL_BASE_URL ??
    `${window.location.origin}/mock-portal`,
  publicAuthKey:
    import.meta.env.VITE_LSQ_PUBLIC_AUTH_KEY ?? 'mock-public-auth-key',
});
const queryClient = new QueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no element with id "root".');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <OtpTransportProvider transport={transport}>
        <LoginPage />
      </OtpTransportProvider>
    </QueryClientProvider>
  </StrictMode>,
);
