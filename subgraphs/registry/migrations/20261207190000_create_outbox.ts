// The registry's outbox: consented uploads and withdrawals of revoked ones, delivered to the platform by its relay.
import type { Knex } from 'knex';
import { createOutboxTable, dropOutboxTable } from '#platform/outbox/outbox.js';

export async function up(db: Knex): Promise<void> {
  await createOutboxTable(db);
  // The platform no longer polls pending uploads; the outbox's own index serves the relay.
  await db.raw('drop index if exists referral_upload_pending_idx');
}

export async function down(db: Knex): Promise<void> {
  await db.raw(`create index referral_upload_pending_idx on referral_upload (uploaded_at, id) where status = 'PENDING'`);
  await dropOutboxTable(db);
}
