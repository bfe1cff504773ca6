// Measures the WCAG 2.2 contrast of the default stylesheet's colour pairs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(path.join(import.meta.dirname, 'styles.css'), 'utf8');

function tokensOf(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--lsq-otp-([\w-]+):\s*(#[0-9a-f]{6});/gi)].map(
      ([, name, value]) => [name, value],
    ),
  );
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((index) => {
    const value = parseInt(hex.slice(index, index + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

// [foreground, background, minimum]: 4.5 for text, 3 for borders and focus.
const pairs: [string, string, number][] = [
  ['color-text', 'color-background', 4.5],
  ['color-text-muted', 'color-background', 4.5],
  ['color-error', 'color-background', 4.5],
  ['color-primary-text', 'color-primary', 4.5],
  ['color-border', 'color-background', 3],
  ['color-focus-ring', 'color-background', 3],
];

describe.each([
  ['light', '.lsq-otp-root'],
  ['dark', ".lsq-otp-root[data-color-scheme='dark']"],
])('%s scheme contrast', (_scheme, selector) => {
  const tokens = { ...tokensOf('.lsq-otp-root'), ...tokensOf(selector) };

  it.each(pairs)('%s on %s', (foreground, background, minimum) => {
    const ratio = contrast(tokens[foreground] ?? '', tokens[background] ?? '');
    expect(ratio).toBeGreaterThanOrEqual(minimum);
  });
});
