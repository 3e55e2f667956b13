// Referrals imported from the registry's consented uploads: the upload id makes the import idempotent.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('referral', (t) => {
    // The registry's upload behind a MEDICAL_INSTITUTION referral; unique, so an upload imports once.
    t.uuid('source_upload_id').nullable().unique({ indexName: 'referral_source_upload_idx' });
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('referral', (t) => t.dropColumn('source_upload_id'));
}
