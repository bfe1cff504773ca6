import { extractOtp, normalizeOtpInput } from '@lsq-otp/core';
import type { ChangeEvent, ClipboardEvent } from 'react';
import { useWebOtp } from './use-web-otp.js';

export interface UseOtpInputOptions {
  length: number;
  /** Ignores input while set, e.g. during a sign-in. */
  locked: boolean;
  /** Listens through the Web OTP API while set. */
  webOtp: boolean;
  /** The current `Code`: a new one starts a new Web OTP request. */
  code: string;
  /** Receives the digits to show after each accepted edit. */
  onValue: (value: string) => void;
}

/**
 * Reads the OTP from typing, pasting and the Web OTP API. Typed text keeps
 * its digits, and a pasted SMS or a Web OTP code gives the code inside it.
 */
export function useOtpInput(options: UseOtpInputOptions) {
  const { length, locked, onValue } = options;

  useWebOtp(
    (text) => {
      const otp = extractOtp(text, length);
      if (otp !== undefined) onValue(otp);
    },
    { enabled: options.webOtp, key: options.code },
  );

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = normalizeOtpInput(event.target.value, length);
    if (next !== undefined && !locked) onValue(next);
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const otp = extractOtp(event.clipboardData.getData('text'), length);
    if (otp === undefined || locked) return;
    // The whole SMS may be pasted: the code replaces the input's text.
    event.preventDefault();
    onValue(otp);
  };

  return { onChange, onPaste };
}
