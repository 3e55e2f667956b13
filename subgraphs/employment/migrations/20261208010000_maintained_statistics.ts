// The federation's maintained statistics (DOMAIN.md §5): facts per person and period, sums per county and period, built from the rows there are.
import type { Knex } from 'knex';
import { createStatisticsTables, dropStatisticsTables, rebuildStatistics } from '#platform/statistics/maintained.js';
import { EMPLOYMENT_STATISTICS } from '../src/data/statistics.js';

export async function up(db: Knex): Promise<void> {
  await createStatisticsTables(db, EMPLOYMENT_STATISTICS);
  await rebuildStatistics(db, EMPLOYMENT_STATISTICS);
}

export async function down(db: Knex): Promise<void> {
  await dropStatisticsTables(db, EMPLOYMENT_STATISTICS);
}
