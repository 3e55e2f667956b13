// Which institution holds a person's case on the platform, as the platform told it through its outbox: one row per change it sent.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  // A redelivery finds its event and changes nothing; the latest change per case and institution is the state.
  await db.schema.createTable('case_holding', (t) => {
    t.uuid('event_id').primary();
    t.string('pid', 32).notNullable();
    t.string('referral_id', 36).notNullable();
    t.string('institution_id', 36).notNullable();
    t.boolean('holds').notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.index(['pid', 'referral_id', 'institution_id', 'at'], 'case_holding_pid_idx');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('case_holding');
}
