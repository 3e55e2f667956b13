// The registry's indicator cells (DOMAIN.md §5) for many regions of one period, from the maintained statistics.
import type { Db } from '#platform/database/db.js';
import type { SharedStatement } from '#platform/statistics/indicators.js';
import { monthsOf, type Period } from '#platform/statistics/period.js';
import { commonPrefix, regionPrefixOf } from '#platform/statistics/region-code.js';
import { EMPTY, indicatorCells, type RegistryCountyRow, type RegistryIndicatorCells } from './indicators-reference.js';
import { REGISTRY_STATISTICS } from './statistics.js';

export type { RegistryIndicatorCells } from './indicators-reference.js';

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
  const months = monthsOf(period);
  const bindings = { prefix: `${commonPrefix(known)}%`, key: period.key, first: months[0]!, last: months.at(-1)! };
  const { rows } = (await shared(['registry-statistics', bindings], async () =>
    db.raw(
      `select county_code,
              coalesce(sum(active_from) filter (where period <= :last), 0) - coalesce(sum(active_until) filter (where period <= :first), 0) as active_patients,
              coalesce(sum(relapsed) filter (where period = :key), 0) as relapsed_patients,
              coalesce(sum(managed) filter (where period = :key), 0) as managed_patients,
              coalesce(sum(regular) filter (where period = :key), 0) as regular_patients
         from ${REGISTRY_STATISTICS.countyTable}
        where county_code like :prefix and (period <= :last or period = :key)
        group by county_code`,
      bindings,
    ),
  )) as { rows: RegistryCountyRow[] };
  return indicatorCells(codes, rows);
}
