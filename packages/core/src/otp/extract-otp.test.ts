import { describe, expect, it } from 'vitest';
import { extractOtp } from './extract-otp.js';

describe('extractOtp', () => {
  it.each([
    ["Your code is 430897. Don't share it.", '430897'],
    ['430897', '430897'],
    ['430897 is your sign-in code', '430897'],
    ['Code: 430 897', '430897'],
    ['Code: 430-897', '430897'],
    ['Ihr Code lautet ٤٣٠٨٩٧', '430897'],
    ['Code ４３０８９７', '430897'],
    ['Sent from +1 415 555 2671: your code is 430897', '430897'],
    ['Your code is 430897.\n\n@portal.example.com #430897', '430897'],
    ['Ref 123456. Code below.\n@portal.example.com #430897', '430897'],
    ['Use 430897 within 10 minutes', '430897'],
  ])('finds the code in %j', (text, expected) => {
    expect(extractOtp(text)).toBe(expected);
  });

  it.each([
    ['no digits at all'],
    ['Your code is 43089'],
    ['Your code is 4308971'],
    ['Call +1 415 555 2671'],
    [''],
  ])('finds nothing in %j', (text) => {
    expect(extractOtp(text)).toBeUndefined();
  });

  it('takes another length', () => {
    expect(extractOtp('Your code is 4308.', 4)).toBe('4308');
    expect(extractOtp('Your code is 43089712', 8)).toBe('43089712');
    expect(extractOtp('Your code is 430897', 4)).toBeUndefined();
  });

  it('skips a Web OTP line of another length', () => {
    expect(extractOtp('Code 430897\n@portal.example.com #12', 6)).toBe(
      '430897',
    );
  });

  it.each([0, -1, 2.5, 13, Number.NaN])('rejects length %s', (length) => {
    expect(() => extractOtp('430897', length)).toThrow(RangeError);
  });
});
