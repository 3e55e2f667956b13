// The statistics each agency maintains (DOMAIN.md §5), by agency: what `npm run stats:rebuild` and the seed rebuild.
import type { Knex } from 'knex';
import { type MaintainedStatistics, rebuildStatistics } from '#platform/statistics/maintained.js';
import { EMPLOYMENT_STATISTICS } from '../subgraphs/employment/src/data/statistics.js';
import { REGISTRY_STATISTICS } from '../subgraphs/registry/src/data/statistics.js';
import { WELFARE_STATISTICS } from '../subgraphs/welfare/src/data/statistics.js';

export const AGENCY_STATISTICS = {
  registry: [REGISTRY_STATISTICS],
  employment: [EMPLOYMENT_STATISTICS],
  welfare: [WELFARE_STATISTICS],
} as const satisfies Record<string, readonly MaintainedStatistics[]>;

export type StatisticsAgency = keyof typeof AGENCY_STATISTICS;

/** Rebuilds every statistic of the agencies given, from their source tables. */
export async function rebuildAgencyStatistics(
  dbs: Partial<Record<StatisticsAgency, Knex>>,
  progress?: (table: string, done: number, total: number) => void,
): Promise<void> {
  for (const [agency, list] of Object.entries(AGENCY_STATISTICS) as [StatisticsAgency, readonly MaintainedStatistics[]][]) {
    const db = dbs[agency];
    if (!db) continue;
    for (const stats of list) await rebuildStatistics(db, stats, { progress: progress && ((done, total) => progress(stats.countyTable, done, total)) });
  }
}
