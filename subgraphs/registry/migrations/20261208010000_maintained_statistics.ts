// The registry's maintained statistics (DOMAIN.md §5): facts per patient and period, sums per county and period, built from the rows there are.
import type { Knex } from 'knex';
import { createStatisticsTables, dropStatisticsTables, rebuildStatistics } from '#platform/statistics/maintained.js';
import { REGISTRY_STATISTICS } from '../src/data/statistics.js';

export async function up(db: Knex): Promise<void> {
  await createStatisticsTables(db, REGISTRY_STATISTICS);
  await rebuildStatistics(db, REGISTRY_STATISTICS);
}

export async function down(db: Knex): Promise<void> {
  await dropStatisticsTables(db, REGISTRY_STATISTICS);
}
