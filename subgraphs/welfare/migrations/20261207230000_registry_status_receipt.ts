// The registry's status notices the platform received: one row per change, so a redelivered notice finds its receipt and changes nothing.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('registry_status_receipt', (t) => {
    // The registry's id of the change.
    t.string('change_id', 64).primary();
    t.string('pid', 64).notNullable();
    t.string('status', 24).notNullable();
    t.date('since').notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.string('moved_to_county_code', 6).nullable();
    t.integer('cases_closed').notNullable().defaultTo(0);
    t.integer('cases_moved').notNullable().defaultTo(0);
    // Referral.registryStatus reads each person's latest notice: by pid, newest since first.
    t.index(['pid', 'since', 'received_at'], 'registry_status_receipt_pid_idx');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('registry_status_receipt');
}
