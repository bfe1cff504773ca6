import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from './ascii-digits.js';

describe('toAsciiDigits', () => {
  it.each([
    ['430897', '430897'],
    ['٤٣٠٨٩٧', '430897'],
    ['۴۳۰۸۹۷', '430897'],
    ['४३०८९७', '430897'],
    ['４３０８９７', '430897'],
    ['𝟒𝟑𝟎𝟖𝟗𝟕', '430897'],
    ['𝟜𝟛𝟘𝟠𝟡𝟟', '430897'],
    ['code ٠١٢٣٤٥٦٧٨٩', 'code 0123456789'],
  ])('rewrites %s as %s', (text, expected) => {
    expect(toAsciiDigits(text)).toBe(expected);
  });
});
