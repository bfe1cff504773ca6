import type { OtpTransport } from '@lsq-otp/core';
import { createContext, useContext, type ReactNode } from 'react';

const OtpTransportContext = createContext<OtpTransport | undefined>(undefined);

export interface OtpTransportProviderProps {
  transport: OtpTransport;
  children?: ReactNode;
}

/** Supplies a transport to every kit hook and component below it. */
export function OtpTransportProvider({
  transport,
  children,
}: OtpTransportProviderProps) {
  return (
    <OtpTransportContext.Provider value={transport}>
      {children}
    </OtpTransportContext.Provider>
  );
}

/**
 * Returns `transport` when given, else the one from `<OtpTransportProvider>`,
 * and throws naming `caller` when there is neither.
 */
export function useOtpTransport(
  transport: OtpTransport | undefined,
  caller: string,
): OtpTransport {
  const fromContext = useContext(OtpTransportContext);
  const resolved = transport ?? fromContext;
  if (!resolved) {
    throw new Error(
      `${caller}: no transport found. Pass a transport prop or option, or ` +
        'wrap the tree in <OtpTransportProvider transport={...}>.',
    );
  }
  return resolved;
}
