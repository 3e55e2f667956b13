// Each change of a person's management status, kept as its own row: the outbox message that tells the platform names it, so a redelivery names the same change.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('management_status_change', (t) => {
    t.uuid('id').primary();
    t.string('pid', 64).notNullable();
    t.string('status', 24).notNullable();
    t.date('since').notNullable();
    // MOVED_OUT: the county the person moved to, when known.
    t.string('moved_to_county_code', 6).nullable();
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.string('recorded_by', 128).notNullable();
    // Set when the platform confirmed it; null for a change that was not sent (no consent) or is still on its way.
    t.timestamp('delivered_at', { useTz: true }).nullable();
    // A person's changes are read by pid (the relay re-checks the person's consent at delivery).
    t.index(['pid'], 'management_status_change_pid_idx');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('management_status_change');
}
