import { describe, expect, it } from 'vitest';
import { buildCitizenId, checkCharacter, parseCitizenId } from '#platform/identity/citizen-id.js';

const today = new Date('2026-11-23T00:00:00Z');

describe('parseCitizenId', () => {
  it('accepts the GB 11643 example number and reads its parts', () => {
    // The standard's own example: 11010519491231002X.
    const result = parseCitizenId('11010519491231002x', today);
    expect(result).toEqual({ ok: true, id: { value: '11010519491231002X', divisionCode: '110105', birthDate: '1949-12-31', sex: 'F' } });
  });

  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(checkCharacter('44030519900101001')).toBe(buildCitizenId('440305', '1990-01-01', 1).at(-1));
  });

  it('names a wrong check character', () => {
    const result = parseCitizenId('110105194912310021', today);
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(/校验码/) });
  });

  it('names an impossible birth date', () => {
    expect(parseCitizenId(buildCitizenId('110105', '1990-02-30', 1).replace(/.$/, 'X'), today)).toMatchObject({ ok: false });
    const first17 = '11010519900230001';
    expect(parseCitizenId(first17 + checkCharacter(first17), today)).toEqual({ ok: false, problem: expect.stringMatching(/出生日期不存在/) });
  });

  it('names a birth date in the future', () => {
    expect(parseCitizenId(buildCitizenId('110105', '2027-01-01', 1), today)).toEqual({ ok: false, problem: expect.stringMatching(/将来/) });
  });

  it('names an unknown division', () => {
    const first17 = '99999919900101001';
    expect(parseCitizenId(first17 + checkCharacter(first17), today)).toEqual({ ok: false, problem: expect.stringMatching(/行政区划/) });
  });

  it('names a malformed number without echoing it', () => {
    const result = parseCitizenId('12345', today);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('12345');
  });

  it('reads the sex from the parity of the sequence', () => {
    expect(parseCitizenId(buildCitizenId('440305', '1980-05-05', 123), today)).toMatchObject({ ok: true, id: { sex: 'M' } });
    expect(parseCitizenId(buildCitizenId('440305', '1980-05-05', 124), today)).toMatchObject({ ok: true, id: { sex: 'F' } });
  });
});
