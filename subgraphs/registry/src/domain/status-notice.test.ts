import { describe, expect, it } from 'vitest';
import { movedToCountyProblem, statusNoticeAllowed } from './status-notice.js';

describe('statusNoticeAllowed', () => {
  it('tells the platform of a death when patient and guardian consented', () => {
    expect(statusNoticeAllowed('DECEASED', ['PATIENT_AND_GUARDIAN'], true)).toBe(true);
    expect(statusNoticeAllowed('DECEASED', ['PATIENT'], false)).toBe(true);
  });

  it('tells nothing without the consent, or without the guardian where there is one', () => {
    expect(statusNoticeAllowed('DECEASED', [], false)).toBe(false);
    expect(statusNoticeAllowed('DECEASED', ['PATIENT'], true)).toBe(false);
  });

  it('tells of lost to follow-up and of active again, with the consent only', () => {
    expect(statusNoticeAllowed('LOST_TO_FOLLOW_UP', ['PATIENT'], false)).toBe(true);
    expect(statusNoticeAllowed('ACTIVE', ['PATIENT'], false)).toBe(true);
    expect(statusNoticeAllowed('LOST_TO_FOLLOW_UP', [], false)).toBe(false);
  });
});

describe('movedToCountyProblem', () => {
  it("takes a new county with MOVED_OUT only, and never the person's own", () => {
    expect(movedToCountyProblem('MOVED_OUT', '440306', '440305')).toBeNull();
    expect(movedToCountyProblem('MOVED_OUT', null, '440305')).toBeNull();
    expect(movedToCountyProblem('MOVED_OUT', '440305', '440305')).toEqual({ key: 'registry.movedToOwnCounty' });
    expect(movedToCountyProblem('DECEASED', '440306', '440305')).toEqual({ key: 'registry.movedToCountyStatus' });
  });
});
