// The registry's indicator cells (DOMAIN.md §5) for many regions of one period, from the maintained statistics.
import type { Db } from '#platform/database/db.js';
import type { SharedStatement } from '#platform/statistics/indicators.js';
import { monthsOf, type Period } from '#platform/statistics/period.js';
import { commonPrefix, regionPrefixOf } from '#platform/statistics/region-code.js';
import { EMPTY, indicatorCells, type RegistryCountyRow, type RegistryIndicatorCells } from './indicators-reference.js';
import { REGISTRY_STATISTICS } from './statistics.js';

export type { RegistryIndicatorCells } from './indicators-reference.js';

/** The registry's counts, each of which complementary suppression protects (the rates follow theirs). */
export const REGISTRY_COUNTS = ['activePatients', 'relapsedPatients', 'managedPatients', 'regularMedicationPatients'] as const;

/** Years before 2000 (the first a period may name) keep their starts and ends under 1999. */
const EARLIEST_YEAR_KEY = 1999;

/**
 * The cells of each region of one period from the county sums below the regions' common prefix
 * (rows per county and period, never per person): the patients under management are those whose
 * management started by the period's last month less those whose management ended by its first.
 */
export async function indicatorsFor(
  db: Db,
  codes: readonly string[],
  period: Period,
  shared: SharedStatement = (_parameters, run) => run(),
): Promise<RegistryIndicatorCells[]> {
  const known = codes.map(regionPrefixOf).filter((p): p is string => p !== null);
  if (known.length === 0) return codes.map(() => ({ ...EMPTY }));
  // The rows of the period, of each month of its year up to its end, and of each earlier year: one index probe each.
  const months = Array.from({ length: period.lastMonth }, (_, m) => `${period.year}-${String(m + 1).padStart(2, '0')}`);
  const earlierYears = Array.from({ length: Math.max(0, period.year - EARLIEST_YEAR_KEY) }, (_, y) => String(EARLIEST_YEAR_KEY + y));
  const keys = [...new Set([period.key, ...months, ...earlierYears])];
  const bindings = { prefix: `${commonPrefix(known)}%`, keys, key: period.key, first: monthsOf(period)[0]!, last: months.at(-1)! };
  const { rows } = (await shared(['registry-statistics', bindings.prefix, period.key], async () =>
    db.raw(
      `select county_code,
              coalesce(sum(active_from_year) filter (where period < :firstOfYear), 0) + coalesce(sum(active_from) filter (where period <= :last), 0)
                - coalesce(sum(active_until_year) filter (where period < :firstOfYear), 0) - coalesce(sum(active_until) filter (where period <= :first), 0) as active_patients,
              coalesce(sum(relapsed) filter (where period = :key), 0) as relapsed_patients,
              coalesce(sum(managed) filter (where period = :key), 0) as managed_patients,
              coalesce(sum(regular) filter (where period = :key), 0) as regular_patients
         from ${REGISTRY_STATISTICS.countyTable}
        where period = any(cast(:keys as text[])) and county_code like :prefix
        group by county_code`,
      { ...bindings, firstOfYear: String(period.year) },
    ),
  )) as { rows: RegistryCountyRow[] };
  return indicatorCells(codes, rows);
}
