// The hospital whose upload a MEDICAL_INSTITUTION referral came from, as the registry sent it: its clinicians read the case (the closed loop, DOMAIN.md §6).
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('referral', (t) => t.string('source_hospital_code', 64).nullable());
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('referral', (t) => t.dropColumn('source_hospital_code'));
}
