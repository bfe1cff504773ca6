import type { CSSProperties } from 'react';

/** Design tokens of the kit's components, each a CSS value. */
export interface OtpTheme {
  /** Text colour. */
  colorText: string;
  /** Hint and secondary text colour. */
  colorTextMuted: string;
  /** Field and surface background. */
  colorBackground: string;
  /** Field border. */
  colorBorder: string;
  /** Send button background and accents. */
  colorPrimary: string;
  /** Text on `colorPrimary`. */
  colorPrimaryText: string;
  /** Error text and invalid borders. */
  colorError: string;
  /** Outline of the focused control. */
  colorFocusRing: string;
  /** Corner radius of fields and button. */
  radius: string;
  /** Base spacing unit; gaps and padding are multiples of it. */
  spacing: string;
  fontFamily: string;
  fontSize: string;
}

const VARIABLE_NAMES: Record<keyof OtpTheme, string> = {
  colorText: '--lsq-otp-color-text',
  colorTextMuted: '--lsq-otp-color-text-muted',
  colorBackground: '--lsq-otp-color-background',
  colorBorder: '--lsq-otp-color-border',
  colorPrimary: '--lsq-otp-color-primary',
  colorPrimaryText: '--lsq-otp-color-primary-text',
  colorError: '--lsq-otp-color-error',
  colorFocusRing: '--lsq-otp-color-focus-ring',
  radius: '--lsq-otp-radius',
  spacing: '--lsq-otp-spacing',
  fontFamily: '--lsq-otp-font-family',
  fontSize: '--lsq-otp-font-size',
};

/**
 * Turns theme tokens into CSS custom properties for a component's root
 * element, so they apply to that component alone.
 */
export function themeToStyle(theme: Partial<OtpTheme> | undefined) {
  const style: Record<string, string> = {};
  if (!theme) return style as CSSProperties;
  for (const [token, value] of Object.entries(theme)) {
    const name = VARIABLE_NAMES[token as keyof OtpTheme];
    if (name && value) style[name] = value;
  }
  return style as CSSProperties;
}
