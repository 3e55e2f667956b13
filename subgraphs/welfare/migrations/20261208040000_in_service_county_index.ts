// The indicators' missed periodic assessments read only the cases in service, by county prefix: a partial index holds
// just them (the current period's waiting count reads REGISTERED and WAITLISTED cases by referral_status_county_idx).
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.raw(`create index referral_in_service_county_idx on referral (county_code text_pattern_ops) where status = 'IN_SERVICE'`);
}

export async function down(db: Knex): Promise<void> {
  await db.raw('drop index if exists referral_in_service_county_idx');
}
