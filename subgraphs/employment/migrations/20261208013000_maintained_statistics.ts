// The federation's maintained statistics (DOMAIN.md §5): facts per person and period, sums per county and period, built from the rows there are.
import type { Knex } from 'knex';
import { createStatisticsTables, dropStatisticsTables, rebuildStatistics } from '#platform/statistics/maintained.js';
import { EMPLOYMENT_STATISTICS } from '../src/data/statistics.js';

/** The tables as this migration creates them; the statistics' definition must match them (a new measure is a new migration). */
const TABLES = { factTable: 'employment_stat_fact', countyTable: 'employment_stat_county', measures: ['acknowledged', 'placed'] };

export async function up(db: Knex): Promise<void> {
  await createStatisticsTables(db, TABLES);
  await rebuildStatistics(db, EMPLOYMENT_STATISTICS);
}

export async function down(db: Knex): Promise<void> {
  await dropStatisticsTables(db, TABLES);
}
