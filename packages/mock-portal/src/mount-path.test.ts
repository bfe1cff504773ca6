import { describe, expect, it } from 'vitest';
import { normalizeBasePath, stripBasePath, stripQuery } from './mount-path.js';

describe('normalizeBasePath', () => {
  it.each([
    ['', ''],
    ['/', ''],
    ['/mock-portal', '/mock-portal'],
    ['mock-portal', '/mock-portal'],
    ['/mock-portal/', '/mock-portal'],
    ['/a/b//', '/a/b'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeBasePath(input)).toBe(expected);
  });
});

describe('stripBasePath', () => {
  it.each([
    ['/mock-portal/api/x', '/api/x'],
    ['/mock-portal', '/'],
    ['/mock-portal?a=1', '/?a=1'],
    ['/mock-portal/', '/'],
  ])('maps %j to %j', (url, expected) => {
    expect(stripBasePath(url, '/mock-portal')).toBe(expected);
  });

  it.each(['/mock-portalx/api', '/other', '/'])(
    'returns undefined for %j',
    (url) => {
      expect(stripBasePath(url, '/mock-portal')).toBeUndefined();
    },
  );

  it('keeps every URL at the root', () => {
    expect(stripBasePath('/api/x?y=1', '')).toBe('/api/x?y=1');
  });
});

describe('stripQuery', () => {
  it('removes the query', () => {
    expect(stripQuery('/api/x?y=1&z=2')).toBe('/api/x');
  });

  it('keeps a URL without a query', () => {
    expect(stripQuery('/api/x')).toBe('/api/x');
  });
});
