// The platform's outbox (employment hand-offs, delivered to the federation by its relay), and the registry's withdrawn uploads.
import type { Knex } from 'knex';
import { createOutboxTable, dropOutboxTable } from '#platform/outbox/outbox.js';

export async function up(db: Knex): Promise<void> {
  await createOutboxTable(db);
  // An upload whose consent was revoked: a delivery of it that arrives after the withdrawal imports nothing.
  await db.schema.createTable('referral_upload_withdrawal', (t) => {
    t.uuid('upload_id').primary();
    t.timestamp('withdrawn_at', { useTz: true }).notNullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('referral_upload_withdrawal');
  await dropOutboxTable(db);
}
