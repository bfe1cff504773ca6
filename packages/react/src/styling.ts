import type { CSSProperties } from 'react';
import { type OtpTheme, themeToStyle } from './theme.js';

/** Props that restyle a kit component. */
export interface StylingProps<TPart extends string> {
  /** Design tokens, applied as CSS custom properties to this component. */
  theme?: Partial<OtpTheme>;
  /** Class names added to each part, e.g. `{ button: 'btn btn-primary' }`. */
  classNames?: Partial<Record<TPart, string>>;
  /**
   * Leaves out the kit's own `lsq-otp-*` class names, so the default
   * stylesheet does not apply. @default false
   */
  unstyled?: boolean;
  /**
   * Colour scheme of the default stylesheet; `'auto'` follows
   * `prefers-color-scheme`. @default 'auto'
   */
  colorScheme?: 'light' | 'dark' | 'auto';
}

/** Returns a function giving each part its kit and caller class names. */
export function partClassNames<TPart extends string>({
  classNames,
  unstyled = false,
}: StylingProps<TPart>) {
  return (part: TPart): string | undefined => {
    const kitClass = unstyled ? undefined : `lsq-otp-${kebabCase(part)}`;
    const joined = [kitClass, classNames?.[part]].filter(Boolean).join(' ');
    return joined || undefined;
  };
}

/** Props of a component's root element: theme variables and scheme. */
export function rootStylingProps<TPart extends string>(
  styling: StylingProps<TPart>,
): { style: CSSProperties; 'data-color-scheme'?: string } {
  const style = themeToStyle(styling.theme);
  if (styling.unstyled) return { style };
  return { style, 'data-color-scheme': styling.colorScheme ?? 'auto' };
}

function kebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
