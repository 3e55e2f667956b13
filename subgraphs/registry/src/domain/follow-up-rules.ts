// Follow-up classification, next due dates and the yearly minimum for registered patients (DOMAIN.md §2 "registry").
import { addCalendarDays, assertIsoDate } from '#platform/calendar/working-days.js';

export type FollowUpCondition = 'STABLE' | 'BASICALLY_STABLE' | 'UNSTABLE';

/** Calendar days from a follow-up to the next one, by the condition found at the visit. */
export interface FollowUpIntervals {
  stableDays: number;
  basicallyStableDays: number;
  unstableDays: number;
}

/** Stable: next visit in 3 months; basically stable: re-check in 2 weeks; unstable: re-check within 2 weeks. */
export const DEFAULT_FOLLOW_UP_INTERVALS: Readonly<FollowUpIntervals> = Object.freeze({ stableDays: 90, basicallyStableDays: 14, unstableDays: 14 });

/** At least four follow-ups a year. */
export const MIN_FOLLOW_UPS_PER_YEAR = 4;

export interface FollowUpFindings {
  /** 0 none … 5 violence with weapons, arson or explosion. */
  riskGrade: number;
  /** Psychotic symptoms gone and insight regained. */
  symptomsResolved: boolean;
  adverseReactions: boolean;
}

/** Grade 3-5 is unstable and grade 1-2 basically stable; grade 0 is stable only with symptoms gone and no adverse reactions. */
export function classifyFollowUp({ riskGrade, symptomsResolved, adverseReactions }: FollowUpFindings): FollowUpCondition {
  if (!Number.isInteger(riskGrade) || riskGrade < 0 || riskGrade > 5) {
    throw new RangeError('risk grade must be a whole number from 0 to 5');
  }
  if (riskGrade >= 3) return 'UNSTABLE';
  if (riskGrade >= 1) return 'BASICALLY_STABLE';
  return symptomsResolved && !adverseReactions ? 'STABLE' : 'BASICALLY_STABLE';
}

function intervalDays(condition: FollowUpCondition, intervals: FollowUpIntervals): number {
  switch (condition) {
    case 'STABLE':
      return intervals.stableDays;
    case 'BASICALLY_STABLE':
      return intervals.basicallyStableDays;
    case 'UNSTABLE':
      return intervals.unstableDays;
  }
}

/** The date the next follow-up is due, counted in calendar days from the visit. */
export function nextFollowUpDue(visitDate: string, condition: FollowUpCondition, intervals: FollowUpIntervals = DEFAULT_FOLLOW_UP_INTERVALS): string {
  return addCalendarDays(visitDate, intervalDays(condition, intervals));
}

/** Overdue from the day after the due date. */
export function isFollowUpOverdue(nextDueOn: string, today: string): boolean {
  return assertIsoDate(today) > assertIsoDate(nextDueOn);
}

/** Whether the visits dated in the calendar year reach the yearly minimum. */
export function meetsYearlyFollowUps(visitDates: readonly string[], year: number): boolean {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError('year must be a four-digit whole number');
  const prefix = `${year}-`;
  const visitsInYear = visitDates.filter((date) => assertIsoDate(date).startsWith(prefix)).length;
  return visitsInYear >= MIN_FOLLOW_UPS_PER_YEAR;
}
