import { describe, expect, it } from 'vitest';
import { creditCodeCheck, isCreditCode } from './credit-code.js';

describe('unified social credit codes', () => {
  it('accepts a code whose check character fits', () => {
    const body = '12440300455755614';
    expect(isCreditCode(body + creditCodeCheck(body))).toBe(true);
  });
  it('refuses a wrong check character, a wrong length and letters outside the set', () => {
    const body = '12440300455755614';
    const check = creditCodeCheck(body);
    const wrong = check === '0' ? '1' : '0';
    expect(isCreditCode(body + wrong)).toBe(false);
    expect(isCreditCode(body)).toBe(false);
    expect(isCreditCode(`I${body.slice(1)}${check}`)).toBe(false);
  });
  it('accepts a code widely quoted as an example of the format', () => {
    expect(isCreditCode('91350100M000100Y43')).toBe(true);
  });
});
