// The federation's outbox: officers' answers, delivered to the platform by its relay.
import type { Knex } from 'knex';
import { createOutboxTable, dropOutboxTable } from '#platform/outbox/outbox.js';

export async function up(db: Knex): Promise<void> {
  await createOutboxTable(db);
  // Undelivered answers are found through the outbox's own index now; answer_delivered_at stays as the relay's record.
  await db.raw('drop index if exists employment_referral_undelivered_idx');
}

export async function down(db: Knex): Promise<void> {
  await db.raw(
    `create index employment_referral_undelivered_idx on employment_referral (answered_at, id) where answered_at is not null and answer_delivered_at is null`,
  );
  await dropOutboxTable(db);
}
