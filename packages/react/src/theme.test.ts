import { describe, expect, it } from 'vitest';
import { themeToStyle } from './theme.js';

describe('themeToStyle', () => {
  it('maps tokens to custom properties', () => {
    expect(themeToStyle({ colorPrimary: '#7c3aed', radius: '0' })).toEqual({
      '--lsq-otp-color-primary': '#7c3aed',
      '--lsq-otp-radius': '0',
    });
  });

  it('ignores unknown and empty tokens', () => {
    const theme = { colorText: '', shadow: '1px' } as never;
    expect(themeToStyle(theme)).toEqual({});
  });

  it('returns no properties without a theme', () => {
    expect(themeToStyle(undefined)).toEqual({});
  });
});
