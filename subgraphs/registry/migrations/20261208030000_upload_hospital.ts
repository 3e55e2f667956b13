// The hospital that uploaded a referral (the clinician's `inst`): the platform opens the case it imports to that hospital's clinicians (the closed loop, DOMAIN.md §6).
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('referral_upload', (t) => t.string('hospital_code', 64).nullable());
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('referral_upload', (t) => t.dropColumn('hospital_code'));
}
