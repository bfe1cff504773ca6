import { describe, expect, it } from 'vitest';
import { regionOfLanguage } from './language-region.js';

describe('regionOfLanguage', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en-US', 'US'],
    ['en', 'US'],
    ['de', 'DE'],
    ['pt-BR', 'BR'],
    ['hi', 'IN'],
    ['ar', 'EG'],
    ['zh-Hant', 'TW'],
  ])('finds the country of %s', (language, expected) => {
    expect(regionOfLanguage(language)).toBe(expected);
  });

  it.each(['es-419', 'not a language tag', ''])(
    'finds none for %j',
    (language) => {
      expect(regionOfLanguage(language)).toBeUndefined();
    },
  );
});
