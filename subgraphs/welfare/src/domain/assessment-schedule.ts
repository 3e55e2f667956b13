// When a case in service is next assessed (issue 16, item 6): periodic assessments at a configurable interval, every 3 months by default.
import type { ReferralStatus } from './referral-workflow.js';

/** Months between periodic assessments unless PERIODIC_ASSESSMENT_INTERVAL_MONTHS says otherwise. */
export const DEFAULT_ASSESSMENT_INTERVAL_MONTHS = 3;

/** The same day `months` later; a day the month lacks becomes its last day (2026-11-30 + 3 months = 2027-02-28). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Assessments that restart the clock: periodic ones, and the re-assessment on resuming after a relapse. */
const CLOCK_KINDS: ReadonlySet<string> = new Set(['PERIODIC', 'REASSESSMENT']);

/**
 * The day the next periodic assessment is due for a case in service: the interval after the
 * latest periodic assessment or re-assessment, or after service (re)started, whichever is later;
 * null in any other status.
 */
export function periodicAssessmentDueOn(
  status: ReferralStatus,
  serviceStartedOn: string | null,
  assessments: readonly { kind: string; assessedOn: string }[],
  intervalMonths: number,
): string | null {
  if (status !== 'IN_SERVICE' || serviceStartedOn === null) return null;
  const dates = assessments.filter((a) => CLOCK_KINDS.has(a.kind)).map((a) => a.assessedOn);
  const latest = [serviceStartedOn, ...dates].sort().at(-1)!;
  return addMonths(latest, intervalMonths);
}
