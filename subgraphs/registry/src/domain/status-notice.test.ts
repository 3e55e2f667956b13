import { describe, expect, it } from 'vitest';
import { statusNoticeAllowed } from './status-notice.js';

describe('statusNoticeAllowed', () => {
  it('tells the platform of a death when patient and guardian consented', () => {
    expect(statusNoticeAllowed('DECEASED', ['PATIENT_AND_GUARDIAN'], true)).toBe(true);
    expect(statusNoticeAllowed('DECEASED', ['PATIENT'], false)).toBe(true);
  });

  it('tells nothing without the consent, or without the guardian where there is one', () => {
    expect(statusNoticeAllowed('DECEASED', [], false)).toBe(false);
    expect(statusNoticeAllowed('DECEASED', ['PATIENT'], true)).toBe(false);
  });

  it('tells nothing of a status the platform does not act on', () => {
    expect(statusNoticeAllowed('ACTIVE', ['PATIENT_AND_GUARDIAN'], true)).toBe(false);
  });
});
