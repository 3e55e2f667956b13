// The federation's indicator cells (DOMAIN.md §5, employment rate) for many regions of one period, from the maintained statistics.
import type { Db } from '#platform/database/db.js';
import type { SharedStatement } from '#platform/statistics/indicators.js';
import { countySums } from '#platform/statistics/maintained.js';
import type { Period } from '#platform/statistics/period.js';
import { commonPrefix, regionPrefixOf } from '#platform/statistics/region-code.js';
import { EMPTY, type EmploymentCountyRow, type EmploymentIndicatorCells, indicatorCells } from './indicators-reference.js';
import { EMPLOYMENT_STATISTICS } from './statistics.js';

export type { EmploymentIndicatorCells } from './indicators-reference.js';

/** Employment's counts, each of which complementary suppression protects (the rate follows theirs). */
export const EMPLOYMENT_COUNTS = ['acknowledged', 'placed'] as const;

/** The cells of each region of one period: the county sums of the period below the regions' common prefix (rows per county, never per person). */
export async function indicatorsFor(
  db: Db,
  codes: readonly string[],
  period: Period,
  shared: SharedStatement = (_parameters, run) => run(),
): Promise<EmploymentIndicatorCells[]> {
  const known = codes.map(regionPrefixOf).filter((p): p is string => p !== null);
  if (known.length === 0) return codes.map(() => ({ ...EMPTY }));
  const prefix = commonPrefix(known);
  const rows = await shared(['employment-statistics', period.key, prefix], () =>
    countySums<'acknowledged' | 'placed'>(db, EMPLOYMENT_STATISTICS, period.key, prefix),
  );
  return indicatorCells(codes, rows as EmploymentCountyRow[]);
}
