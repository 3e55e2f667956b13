import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_INTERVALS, classifyFollowUp, isFollowUpOverdue, meetsYearlyFollowUps, nextFollowUpDue } from './follow-up-rules.js';

const settled = { symptomsResolved: true, adverseReactions: false };

describe('classifyFollowUp', () => {
  it('calls grade 0 with symptoms gone and no adverse reactions stable', () => {
    expect(classifyFollowUp({ riskGrade: 0, ...settled })).toBe('STABLE');
  });
  it('calls grade 0 basically stable while symptoms remain or adverse reactions occur', () => {
    expect(classifyFollowUp({ riskGrade: 0, symptomsResolved: false, adverseReactions: false })).toBe('BASICALLY_STABLE');
    expect(classifyFollowUp({ riskGrade: 0, symptomsResolved: true, adverseReactions: true })).toBe('BASICALLY_STABLE');
  });
  it('calls grade 1-2 basically stable even with symptoms gone', () => {
    expect(classifyFollowUp({ riskGrade: 1, ...settled })).toBe('BASICALLY_STABLE');
    expect(classifyFollowUp({ riskGrade: 2, ...settled })).toBe('BASICALLY_STABLE');
  });
  it('calls grade 3-5 unstable', () => {
    for (const riskGrade of [3, 4, 5]) expect(classifyFollowUp({ riskGrade, ...settled })).toBe('UNSTABLE');
  });
  it('refuses a grade outside the whole numbers 0-5', () => {
    for (const riskGrade of [-1, 6, 2.5, Number.NaN]) {
      expect(() => classifyFollowUp({ riskGrade, ...settled })).toThrow(RangeError);
    }
  });
});

describe('nextFollowUpDue', () => {
  it('sets the next visit 90 days after a stable one', () => {
    expect(nextFollowUpDue('2025-01-15', 'STABLE')).toBe('2025-04-15');
  });
  it('re-checks in 14 days when basically stable or unstable', () => {
    expect(nextFollowUpDue('2025-02-20', 'BASICALLY_STABLE')).toBe('2025-03-06');
    expect(nextFollowUpDue('2024-12-25', 'UNSTABLE')).toBe('2025-01-08');
  });
  it('uses configured intervals', () => {
    expect(nextFollowUpDue('2025-01-15', 'STABLE', { ...DEFAULT_FOLLOW_UP_INTERVALS, stableDays: 60 })).toBe('2025-03-16');
  });
  it('refuses an invalid visit date', () => {
    expect(() => nextFollowUpDue('15/01/2025', 'STABLE')).toThrow(RangeError);
  });
});

describe('isFollowUpOverdue', () => {
  it('is not overdue on the due date', () => {
    expect(isFollowUpOverdue('2025-04-15', '2025-04-15')).toBe(false);
  });
  it('is overdue from the day after', () => {
    expect(isFollowUpOverdue('2025-04-15', '2025-04-16')).toBe(true);
  });
  it('refuses an invalid date', () => {
    expect(() => isFollowUpOverdue('2025-04-31', '2025-05-01')).toThrow(RangeError);
  });
});

describe('meetsYearlyFollowUps', () => {
  const visits = ['2024-12-20', '2025-01-10', '2025-04-08', '2025-07-02', '2025-10-15', '2026-01-05'];
  it('counts only the visits of the calendar year', () => {
    expect(meetsYearlyFollowUps(visits, 2025)).toBe(true);
    expect(meetsYearlyFollowUps(visits, 2024)).toBe(false);
  });
  it('needs four visits, not three', () => {
    expect(meetsYearlyFollowUps(['2025-01-10', '2025-04-08', '2025-07-02'], 2025)).toBe(false);
  });
  it('refuses an invalid visit date or year', () => {
    expect(() => meetsYearlyFollowUps(['2025-1-10'], 2025)).toThrow(RangeError);
    expect(() => meetsYearlyFollowUps([], 2025.5)).toThrow(RangeError);
  });
});
