// Unit tests of the platform's deadlines: working days in China Standard Time, overdue rules, the 90-day re-review.
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '#platform/calendar/working-days.js';
import {
  chinaDateOf,
  dispatchDueOn,
  dispatchOverdue,
  lastOverdueStart,
  needsReReview,
  overdueIfStartedBefore,
  registrationDueOn,
  registrationOverdue,
} from './deadlines.js';

const at = (iso: string) => new Date(iso);
const submitted = (submittedAt: string, rest: Partial<Parameters<typeof registrationOverdue>[0]> = {}) => ({
  status: 'SUBMITTED' as const,
  submittedAt: at(submittedAt),
  reviewedAt: null,
  registeredAt: null,
  closedAt: null,
  ...rest,
});

describe('chinaDateOf', () => {
  it('reads the day in China Standard Time, not UTC', () => {
    expect(chinaDateOf(at('2025-01-24T17:00:00Z'))).toBe('2025-01-25');
    expect(chinaDateOf(at('2025-01-24T15:59:59Z'))).toBe('2025-01-24');
  });
});

describe('registration deadline', () => {
  it('falls 5 working days after submission, skipping the Spring Festival and counting its make-up Sunday', () => {
    // Friday 24 January 2025; Sunday 26 is worked; 28 January - 4 February are off.
    expect(registrationDueOn(at('2025-01-24T10:00:00+08:00'))).toBe('2025-02-07');
    expect(registrationDueOn(at('2025-01-24T10:00:00+08:00'))).toBe(addWorkingDays('2025-01-24', 5));
  });
  it('counts from the China day of a late-evening submission', () => {
    // 01:00 on Saturday in Beijing is still Friday in UTC.
    expect(registrationDueOn(at('2025-01-24T17:00:00Z'))).toBe(addWorkingDays('2025-01-25', 5));
  });
  it('is overdue while unreviewed after the due day, not on it', () => {
    expect(registrationOverdue(submitted('2025-01-24T10:00:00+08:00'), '2025-02-07')).toBe(false);
    expect(registrationOverdue(submitted('2025-01-24T10:00:00+08:00'), '2025-02-08')).toBe(true);
  });
  it('stays overdue when the review came after the due day, and is met when it came on time', () => {
    const late = submitted('2025-01-24T10:00:00+08:00', { status: 'REGISTERED', reviewedAt: at('2025-02-10T09:00:00+08:00') });
    const onTime = submitted('2025-01-24T10:00:00+08:00', { status: 'REJECTED', reviewedAt: at('2025-02-07T17:00:00+08:00') });
    expect(registrationOverdue(late, '2025-06-01')).toBe(true);
    expect(registrationOverdue(onTime, '2025-06-01')).toBe(false);
  });
  it('stops at a closing before any review', () => {
    const withdrawn = submitted('2025-01-24T10:00:00+08:00', { status: 'CLOSED', closedAt: at('2025-01-27T10:00:00+08:00') });
    expect(registrationOverdue(withdrawn, '2025-06-01')).toBe(false);
  });
});

describe('dispatch deadline', () => {
  const registered = { status: 'REGISTERED' as const, registeredAt: at('2025-09-26T10:00:00+08:00'), dispatchedAt: null, closedAt: null };
  it('falls 5 working days after registration over the National Day holiday', () => {
    // Friday 26 September 2025; Sunday 28 is worked; 1-8 October are off.
    expect(dispatchDueOn(registered.registeredAt)).toBe('2025-10-10');
    expect(dispatchDueOn(null)).toBeNull();
  });
  it('is overdue while the case waits after the due day, and measured at dispatch afterwards', () => {
    expect(dispatchOverdue(registered, '2025-10-10')).toBe(false);
    expect(dispatchOverdue({ ...registered, status: 'WAITLISTED' }, '2025-10-11')).toBe(true);
    expect(dispatchOverdue({ ...registered, status: 'ACCEPTED', dispatchedAt: at('2025-10-09T09:00:00+08:00') }, '2025-12-01')).toBe(false);
    expect(dispatchOverdue({ ...registered, status: 'ACCEPTED', dispatchedAt: at('2025-10-13T09:00:00+08:00') }, '2025-12-01')).toBe(true);
  });
  it('is never overdue before registration', () => {
    expect(dispatchOverdue({ status: 'SUBMITTED', registeredAt: null, dispatchedAt: null, closedAt: null }, '2030-01-01')).toBe(false);
  });
});

describe('needsReReview', () => {
  const waiting = { status: 'WAITLISTED' as const, registeredAt: at('2025-01-02T10:00:00+08:00') };
  it('asks for a re-review after more than 90 days of waiting', () => {
    expect(needsReReview(waiting, null, '2025-04-02')).toBe(false);
    expect(needsReReview(waiting, null, '2025-04-03')).toBe(true);
  });
  it('is satisfied by a re-review within the last 90 days, and needed again after it expires', () => {
    const reReviewed = at('2025-04-10T10:00:00+08:00');
    expect(needsReReview(waiting, reReviewed, '2025-07-09')).toBe(false);
    expect(needsReReview(waiting, reReviewed, '2025-07-10')).toBe(true);
  });
  it('concerns only cases waiting for dispatch', () => {
    expect(needsReReview({ ...waiting, status: 'IN_SERVICE' }, null, '2026-01-01')).toBe(false);
    expect(needsReReview({ status: 'SUBMITTED', registeredAt: null }, null, '2026-01-01')).toBe(false);
  });
});

describe('lastOverdueStart', () => {
  it('is the latest start whose due day is before today, and every later start is not yet overdue', () => {
    for (const today of ['2025-02-10', '2025-10-09', '2025-10-13', '2026-02-24', '2025-06-04']) {
      const last = lastOverdueStart(today, 5);
      expect(addWorkingDays(last, 5) < today).toBe(true);
      const next = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(addWorkingDays(next, 5) < today).toBe(false);
    }
  });
  it('gives the instant before which a start is overdue, at China midnight', () => {
    const cutoff = overdueIfStartedBefore('2025-02-10', 5);
    expect(chinaDateOf(new Date(cutoff.getTime() - 1))).toBe(lastOverdueStart('2025-02-10', 5));
    expect(cutoff.toISOString().endsWith('T16:00:00.000Z')).toBe(true);
  });
});
