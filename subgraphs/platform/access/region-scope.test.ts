import { describe, expect, it } from 'vitest';
import type { Caller } from '#platform/identity/identity.js';
import { inScope, scopedPrefix } from '#platform/access/region-scope.js';

const caller = (regionCode: string): Caller => ({ subject: 's', role: 'SOCIAL_WORKER', regionCode, institutionId: null, purpose: 'REFERRAL', tokenId: 't' });

describe('region scope', () => {
  it('lets a nationwide caller see any region', () => {
    expect(scopedPrefix(caller('000000'), '4403')).toBe('4403');
    expect(inScope(caller('000000'), '110105')).toBe(true);
  });
  it('narrows a wider request to the caller’s own region', () => {
    expect(scopedPrefix(caller('440300'), '44')).toBe('4403');
  });
  it('keeps a narrower request inside the caller’s region', () => {
    expect(scopedPrefix(caller('440000'), '440305')).toBe('440305');
  });
  it('gives nothing for a region outside the scope', () => {
    expect(scopedPrefix(caller('440300'), '11')).toBeNull();
    expect(inScope(caller('440300'), '440105')).toBe(false);
  });
});
