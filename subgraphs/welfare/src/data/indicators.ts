// The platform's indicator cells (DOMAIN.md §5) for many regions of one period: the period's flows (reviewed, dispatched,
// accepted) and the recipients served to standard from the maintained statistics (rows per county, never per person),
// in the statement of the rest. The current period's waiting count and the missed periodic assessments read only the
// referrals of those statuses (by status and county); a past period's waiting count replays the transitions, as the reference does.
import type { Db } from '#platform/database/db.js';
import type { Period } from '#platform/statistics/period.js';
import { referenceIndicatorsFor, type WelfareIndicatorCells } from './indicators-reference.js';
import { WELFARE_STATISTICS } from './statistics.js';

export type { WelfareIndicatorCells } from './indicators-reference.js';

/** The platform's counts of people, each of which complementary suppression protects (rates and the mean follow theirs; staff are not protected). */
export const WELFARE_COUNTS = [
  'registeredRecipients',
  'standardizedRecipients',
  'waitingOver90Days',
  'acceptedReferrals',
  'reviewedReferrals',
  'reviewedOnTime',
  'dispatchedReferrals',
  'dispatchedOnTime',
  'assessmentsDue',
  'assessmentsOnTime',
] as const;

/** The cells of each region of one period; `now` bounds the current period's waiting count. */
export function indicatorsFor(
  db: Db,
  codes: readonly string[],
  period: Period,
  options: { intervalMonths: number; now?: Date },
): Promise<WelfareIndicatorCells[]> {
  return referenceIndicatorsFor(db, codes, period, { ...options, flows: { from: 'countySums', table: WELFARE_STATISTICS.countyTable } });
}
