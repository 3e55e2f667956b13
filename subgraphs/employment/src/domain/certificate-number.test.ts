// The certificate number read and digested: citizen ID, category digit, grade digit; problems never echo the number.
import { describe, expect, it } from 'vitest';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { certificateDigest, parseCertificateNumber } from './certificate-number.js';

const citizenId = buildCitizenId('440305', '1986-04-12', 17);

describe('parseCertificateNumber', () => {
  it('reads the citizen ID, the category and the grade', () => {
    expect(parseCertificateNumber(`${citizenId}62`)).toEqual({ ok: true, number: { value: `${citizenId}62`, citizenId, category: 'MENTAL', grade: 2 } });
    expect(parseCertificateNumber(`${citizenId}14`)).toMatchObject({ ok: true, number: { category: 'VISUAL', grade: 4 } });
    expect(parseCertificateNumber(`${citizenId}71`)).toMatchObject({ ok: true, number: { category: 'MULTIPLE', grade: 1 } });
  });

  it('normalises a lower-case check character', () => {
    const withX = buildCitizenId('110101', '1990-01-01', [...Array(1000).keys()].find((n) => buildCitizenId('110101', '1990-01-01', n).endsWith('X'))!);
    const result = parseCertificateNumber(`${withX.toLowerCase()}61`);
    expect(result).toMatchObject({ ok: true, number: { value: `${withX}61`, citizenId: withX } });
  });

  it('refuses a wrong length, an invalid citizen ID, and digits out of range, without echoing the number', () => {
    const broken = `${citizenId.slice(0, 17)}${citizenId[17] === '0' ? '1' : '0'}`;
    const cases = [`${citizenId}6`, `${broken}62`, `${citizenId}02`, `${citizenId}82`, `${citizenId}60`, `${citizenId}65`, `${citizenId}6X`];
    for (const number of cases) {
      const result = parseCertificateNumber(number);
      expect(result.ok, number).toBe(false);
      if (!result.ok) expect(JSON.stringify(result.problem)).not.toContain(citizenId.slice(0, 10));
    }
    expect(parseCertificateNumber(`${broken}62`)).toMatchObject({
      ok: false,
      problem: { key: 'employment.certificateCitizenId', params: { problem: expect.stringContaining('校验码') } },
    });
    expect(parseCertificateNumber(`${citizenId}02`)).toMatchObject({ ok: false, problem: { key: 'employment.certificateCategory' } });
    expect(parseCertificateNumber(`${citizenId}65`)).toMatchObject({ ok: false, problem: { key: 'employment.certificateGrade' } });
  });
});

describe('certificateDigest', () => {
  const key = Buffer.alloc(32, 7);
  it('is a stable 64-character hex digest that depends on the key and hides the number', () => {
    const digest = certificateDigest(`${citizenId}62`, key);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(certificateDigest(`${citizenId}62`, key)).toBe(digest);
    expect(certificateDigest(`${citizenId}62`, Buffer.alloc(32, 8))).not.toBe(digest);
    expect(certificateDigest(`${citizenId}63`, key)).not.toBe(digest);
  });
});
