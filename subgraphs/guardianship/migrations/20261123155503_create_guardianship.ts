// The guardianship subgraph's own database: its entries, the append-only audit log and the idempotency receipts.
import type { Knex } from 'knex';
import { createAuditTable, dropAuditTable } from '../../shared/src/audit.js';
import { createIdempotencyTable } from '../../shared/src/idempotency.js';

export async function up(db: Knex): Promise<void> {
  await createAuditTable(db);
  await createIdempotencyTable(db);
  await db.schema.createTable('guardianship_entry', (t) => {
    t.bigIncrements('id');
    // The graph's pseudonymous key; never the citizen ID.
    t.string('pid', 32).notNullable();
    t.string('county_code', 6).notNullable();
    t.string('kind', 64).notNullable();
    t.date('recorded_on').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.index(['pid', 'recorded_on'], 'guardianship_entry_pid_recorded_on');
    t.index(['county_code'], 'guardianship_entry_county_code');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('guardianship_entry');
  await db.schema.dropTable('mutation_receipt');
  await dropAuditTable(db);
}
