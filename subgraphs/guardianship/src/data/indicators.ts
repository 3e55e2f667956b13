// The guardianship indicator cells (DOMAIN.md §5, "also useful") for many regions of one period, in one statement.
import { commonPrefix, regionPrefixOf, sumCountiesByRegion } from '#platform/statistics/region-code.js';
import type { Db } from '#platform/database/db.js';
import type { Period } from '#platform/statistics/period.js';

/** Counts of wards (each one person); the rate is their ratio, so suppression can follow the counts. */
export interface GuardianshipIndicatorCells {
  /** HIGH_RISK wards eligible by the period's end. */
  eligibleHighRisk: number;
  /** Of these, wards with a responsibility agreement in force at some time in the period. */
  agreementsSigned: number;
}

/** The committees' counts, each of which complementary suppression protects (the rate follows theirs). */
export const GUARDIANSHIP_COUNTS = ['eligibleHighRisk', 'agreementsSigned'] as const;

const EMPTY: GuardianshipIndicatorCells = { eligibleHighRisk: 0, agreementsSigned: 0 };

/**
 * Counts per county over the counties all the regions share a prefix with (a region and its
 * children: one index range), then sums the counties into each region in memory. Exact,
 * because a ward has one county.
 */
export async function indicatorsFor(db: Db, codes: readonly string[], period: Period): Promise<GuardianshipIndicatorCells[]> {
  const prefixes = codes.map(regionPrefixOf);
  const known = prefixes.filter((p): p is string => p !== null);
  if (known.length === 0) return codes.map(() => ({ ...EMPTY }));
  const { rows } = (await db.raw(
    `select w.county_code,
            count(*) as eligible,
            count(*) filter (where exists (
              select 1 from responsibility_agreement a
               where a.pid = w.pid
                 and a.signed_on <= ?::date
                 and (a.terminated_on is null or a.terminated_on >= ?::date)
            )) as signed
       from ward w
      where w.eligibility = 'HIGH_RISK'
        and w.eligible_since <= ?::date
        and w.county_code like ?
      group by w.county_code`,
    [period.lastDay, period.firstDay, period.lastDay, `${commonPrefix(known)}%`],
  )) as { rows: { county_code: string; eligible: number | string; signed: number | string }[] };
  return sumCountiesByRegion(prefixes, rows, ['eligible', 'signed']).map((sums) => ({ eligibleHighRisk: sums.eligible, agreementsSigned: sums.signed }));
}
