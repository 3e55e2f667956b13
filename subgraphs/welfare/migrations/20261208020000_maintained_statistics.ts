// The platform's maintained statistics (DOMAIN.md §5): the flows of the referral workflow and the recipients served to
// standard, per person, county and period,
// and their sums per county and period, built from the rows there are.
import type { Knex } from 'knex';
import { createStatisticsTables, dropStatisticsTables, rebuildStatistics } from '#platform/statistics/maintained.js';
import { WELFARE_STATISTICS } from '../src/data/statistics.js';

/** The tables as this migration creates them; the statistics' definition must match them (a new measure is a new migration). */
const TABLES = {
  factTable: 'welfare_stat_fact',
  countyTable: 'welfare_stat_county',
  measures: [
    'reviewed',
    'reviewed_on_time',
    'dispatched',
    'dispatched_on_time',
    'accepted',
    'waiting_us',
    'standardized',
    'standardized_dup0',
    'standardized_dup2',
    'standardized_dup4',
  ],
};

export async function up(db: Knex): Promise<void> {
  await createStatisticsTables(db, TABLES);
  // Waiting in microseconds: a person's year of waits does not fit an integer.
  await db.raw(`alter table welfare_stat_fact alter column waiting_us type bigint`);
  await rebuildStatistics(db, WELFARE_STATISTICS);
}

export async function down(db: Knex): Promise<void> {
  await dropStatisticsTables(db, TABLES);
}
