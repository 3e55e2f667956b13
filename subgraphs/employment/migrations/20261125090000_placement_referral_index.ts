// The placements that followed a referral (EmploymentReferral.placements): the referral_id foreign key had no index of its own.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  // Partial: most placements (older records, work found without a referral) follow none.
  await db.raw(`create index placement_referral_idx on placement (referral_id) where referral_id is not null`);
}

export async function down(db: Knex): Promise<void> {
  await db.raw(`drop index if exists placement_referral_idx`);
}
