import { describe, expect, it } from 'vitest';
import { uploadConsentMissing } from './upload-consent.js';

describe('uploadConsentMissing', () => {
  it.each([
    [[], false, 'PATIENT'],
    [['PATIENT'], false, null],
    [['GUARDIAN'], false, 'PATIENT'],
    [[], true, 'PATIENT'],
    [['GUARDIAN'], true, 'PATIENT'],
    [['PATIENT'], true, 'GUARDIAN'],
    [['PATIENT', 'GUARDIAN'], true, null],
    [['PATIENT_AND_GUARDIAN'], true, null],
    [['PATIENT_AND_GUARDIAN'], false, null],
  ] as const)('live consents by %j, guardian %s → missing %s', (grantors, hasGuardian, missing) => {
    expect(uploadConsentMissing(grantors, hasGuardian)).toBe(missing);
  });
});
