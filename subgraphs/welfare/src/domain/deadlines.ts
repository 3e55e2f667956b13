// The platform's deadlines (DOMAIN.md §4): review within 5 working days of submission, dispatch within 5 of registration, re-review after 90 days of waiting.
import { formatDateTime } from '#platform/graphql/scalars.js';
import { addCalendarDays, addWorkingDays, workingDeadline } from '#platform/calendar/working-days.js';
import type { ReferralStatus } from './referral-workflow.js';

/** A social worker reviews a submission within 5 working days (DOMAIN.md §4). */
export const REVIEW_WORKING_DAYS = 5;
/** The county dispatches a registered case within 5 working days. */
export const DISPATCH_WORKING_DAYS = 5;
/** A case waiting longer than this is re-reviewed before dispatch, and a re-review holds this long (DOMAIN.md §4). */
export const RE_REVIEW_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day of an instant in China Standard Time (+08:00), YYYY-MM-DD. */
export const chinaDateOf = (at: Date): string => formatDateTime(at).slice(0, 10);

/** Whole calendar days from one day to a later one (negative when `to` is earlier). */
function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** What the registration deadline reads of a referral. */
export interface RegistrationClock {
  status: ReferralStatus;
  submittedAt: Date;
  reviewedAt: Date | null;
  registeredAt: Date | null;
  closedAt: Date | null;
  /** A re-review sent the case back for review: the review deadline runs again from here. */
  reviewRequestedAt?: Date | null;
}

/** What the dispatch deadline reads of a referral. */
export interface DispatchClock {
  status: ReferralStatus;
  registeredAt: Date | null;
  dispatchedAt: Date | null;
  closedAt: Date | null;
}

/** Due 5 working days after submission, or after the re-review that sent the case back for review. */
export function registrationDueOn(submittedAt: Date): string {
  return addWorkingDays(chinaDateOf(submittedAt), REVIEW_WORKING_DAYS);
}

/**
 * The clock runs while the referral waits for review and stops at the review (or at an
 * earlier closing, e.g. a withdrawn upload). Rows from before reviewed_at was kept stop at
 * their registration; without either, a reviewed case is not counted late.
 */
export function registrationOverdue(referral: RegistrationClock, today: string): boolean {
  if (referral.status === 'SUBMITTED') return today > registrationDueOn(referral.reviewRequestedAt ?? referral.submittedAt);
  const due = registrationDueOn(referral.submittedAt);
  const stopped = referral.reviewedAt ?? referral.registeredAt ?? referral.closedAt;
  return stopped !== null && chinaDateOf(stopped) > due;
}

export function dispatchDueOn(registeredAt: Date | null): string | null {
  return registeredAt ? addWorkingDays(chinaDateOf(registeredAt), DISPATCH_WORKING_DAYS) : null;
}

/** Statuses in which a registered case waits for dispatch. */
export const AWAITING_DISPATCH: ReadonlySet<ReferralStatus> = new Set(['REGISTERED', 'WAITLISTED']);

/** The clock runs from registration while the case waits (a declined dispatch restarts the wait) and stops at dispatch or closing. */
export function dispatchOverdue(referral: DispatchClock, today: string): boolean {
  const due = dispatchDueOn(referral.registeredAt);
  if (due === null) return false;
  if (AWAITING_DISPATCH.has(referral.status)) return today > due;
  const stopped = referral.dispatchedAt ?? referral.closedAt;
  return stopped !== null && chinaDateOf(stopped) > due;
}

/** A deadline as the API shows it: the due day, whether it was missed, and whether the holiday data covers it. */
export interface Deadline {
  dueOn: string;
  overdue: boolean;
  calendarCovered: boolean;
}

/** The review deadline: from submission, or from the re-review that sent the case back while it waits for review again. */
export function registrationDeadline(referral: RegistrationClock, today: string): Deadline {
  const start = referral.status === 'SUBMITTED' ? (referral.reviewRequestedAt ?? referral.submittedAt) : referral.submittedAt;
  return { ...workingDeadline(chinaDateOf(start), REVIEW_WORKING_DAYS), overdue: registrationOverdue(referral, today) };
}

/** The dispatch deadline, from registration; null before it. */
export function dispatchDeadline(referral: DispatchClock, today: string): Deadline | null {
  if (!referral.registeredAt) return null;
  return { ...workingDeadline(chinaDateOf(referral.registeredAt), DISPATCH_WORKING_DAYS), overdue: dispatchOverdue(referral, today) };
}

/**
 * A case registered more than 90 days ago and still waiting needs a social worker's
 * re-review of willingness and circumstances, unless one was recorded in the last 90 days.
 */
export function needsReReview(referral: { status: ReferralStatus; registeredAt: Date | null }, latestReReviewAt: Date | null, today: string): boolean {
  if (!AWAITING_DISPATCH.has(referral.status) || referral.registeredAt === null) return false;
  if (calendarDaysBetween(chinaDateOf(referral.registeredAt), today) <= RE_REVIEW_DAYS) return false;
  return latestReReviewAt === null || calendarDaysBetween(chinaDateOf(latestReReviewAt), today) > RE_REVIEW_DAYS;
}

/**
 * The last day a deadline of `workingDays` can have started on and be past due today (its
 * due day before today). The due day never falls as the start moves later, so every start
 * on or before this day is overdue and none after it: lists filter on one bound.
 */
export function lastOverdueStart(today: string, workingDays: number): string {
  // A few working days never span 60 calendar days, even over the Spring Festival.
  for (let back = 1; back <= 60; back++) {
    const start = shiftDays(today, -back);
    if (addWorkingDays(start, workingDays) < today) return start;
  }
  throw new RangeError('no start day within 60 days is past due: the working-day calendar is broken');
}

/** The instant a China Standard Time day starts. */
export const startOfChinaDay = (date: string): Date => new Date(`${date}T00:00:00+08:00`);

/** Deadlines that started before this instant are past due today. */
export function overdueIfStartedBefore(today: string, workingDays: number): Date {
  return startOfChinaDay(addCalendarDays(lastOverdueStart(today, workingDays), 1));
}

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
