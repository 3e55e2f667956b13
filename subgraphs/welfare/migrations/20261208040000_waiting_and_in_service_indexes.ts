// The indicators' waiting count of the current period and their missed periodic assessments read only the referrals of
// those statuses, by county prefix: partial indexes hold just them.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.raw(
    `create index referral_waiting_county_idx on referral (county_code text_pattern_ops, registered_at) where status in ('REGISTERED', 'WAITLISTED')`,
  );
  await db.raw(`create index referral_in_service_county_idx on referral (county_code text_pattern_ops) where status = 'IN_SERVICE'`);
}

export async function down(db: Knex): Promise<void> {
  await db.raw('drop index if exists referral_in_service_county_idx');
  await db.raw('drop index if exists referral_waiting_county_idx');
}
