// Unit tests of who must sign a consent or the service agreement.
import { describe, expect, it } from 'vitest';
import { missingSignatories, signatoryNames } from './consent-signatories.js';

describe('missing signatories', () => {
  it('asks the guardian too where the case records one', () => {
    expect(missingSignatories(true, ['PATIENT'])).toEqual(['GUARDIAN']);
    expect(missingSignatories(true, ['GUARDIAN'])).toEqual(['PATIENT']);
    expect(missingSignatories(true, ['PATIENT', 'GUARDIAN'])).toEqual([]);
    expect(missingSignatories(true, ['PATIENT_AND_GUARDIAN'])).toEqual([]);
    expect(missingSignatories(true, [])).toEqual(['PATIENT', 'GUARDIAN']);
  });

  it('asks the person only where there is no guardian, or none is recorded', () => {
    expect(missingSignatories(false, ['PATIENT'])).toEqual([]);
    expect(missingSignatories(null, ['PATIENT'])).toEqual([]);
    expect(missingSignatories(null, ['GUARDIAN'])).toEqual(['PATIENT']);
  });

  it("names them in the reader's language, Chinese by default", () => {
    expect(signatoryNames('zh-CN', ['PATIENT', 'GUARDIAN'])).toBe('患者本人、监护人');
    expect(signatoryNames('en', ['PATIENT', 'GUARDIAN'])).toBe('patient, guardian');
  });
});
