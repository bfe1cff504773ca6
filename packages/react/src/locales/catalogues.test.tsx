import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { messagesAr } from './ar.js';
import { messagesEn } from './en.js';
import { messagesHi } from './hi.js';

// Every text of a catalogue as a string: functions are called with sample
// arguments, and React nodes rendered to markup.
function textsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const output: unknown = value(7);
    const text =
      typeof output === 'string'
        ? output
        : renderToStaticMarkup(output as React.ReactElement);
    return [[path, text]];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, entry]) =>
      textsOf(entry, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

const english = new Map(textsOf(messagesEn));

describe.each([
  ['Arabic', messagesAr, 'ar', 'rtl'],
  ['Hindi', messagesHi, 'hi', 'ltr'],
] as const)('%s catalogue', (_name, catalogue, locale, dir) => {
  const texts = textsOf(catalogue);

  it('has every English key', () => {
    expect(texts.map(([path]) => path).sort()).toEqual(
      [...english.keys()].sort(),
    );
  });

  it('translates every text', () => {
    const untranslated = texts.filter(
      ([path, text]) =>
        !['locale', 'dir'].includes(path.split('.').at(-1) ?? '') &&
        text === english.get(path),
    );
    expect(untranslated).toEqual([]);
  });

  it('names its locale and direction', () => {
    expect(catalogue.request.locale).toBe(locale);
    expect(catalogue.request.dir).toBe(dir);
    expect(catalogue.code.locale).toBe(locale);
    expect(catalogue.code.dir).toBe(dir);
  });

  it('passes numbers through', () => {
    expect(catalogue.request.retryIn(7)).toContain('7');
    expect(catalogue.code.hint(6)).toContain('6');
  });
});
