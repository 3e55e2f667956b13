// The registry's maintained statistics (DOMAIN.md §5): facts per patient and period, sums per county and period, built from the rows there are.
import type { Knex } from 'knex';
import { createStatisticsTables, dropStatisticsTables, rebuildStatistics } from '#platform/statistics/maintained.js';
import { REGISTRY_STATISTICS } from '../src/data/statistics.js';

/** The tables as this migration creates them; the statistics' definition must match them (a new measure is a new migration). */
const TABLES = {
  factTable: 'registry_stat_fact',
  countyTable: 'registry_stat_county',
  measures: ['active_from', 'active_until', 'active_from_year', 'active_until_year', 'relapsed', 'managed', 'regular'],
};

export async function up(db: Knex): Promise<void> {
  await createStatisticsTables(db, TABLES);
  await rebuildStatistics(db, REGISTRY_STATISTICS);
}

export async function down(db: Knex): Promise<void> {
  await dropStatisticsTables(db, TABLES);
}
