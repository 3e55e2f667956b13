import { describe, expect, it } from 'vitest';
import { MAX_KIND_LENGTH, parseEntryKind } from './entry-kind.js';

describe('an entry kind', () => {
  it('accepts upper snake case codes', () => {
    expect(parseEntryKind('FIRST_CONTACT')).toEqual({ ok: true, kind: 'FIRST_CONTACT' });
    expect(parseEntryKind('Q4_REVIEW')).toEqual({ ok: true, kind: 'Q4_REVIEW' });
  });

  it('refuses free text, lower case, empty and over-long values', () => {
    for (const value of ['first contact', 'first_contact', '', '_X', 'X'.repeat(MAX_KIND_LENGTH + 1)]) expect(parseEntryKind(value).ok).toBe(false);
  });
});
