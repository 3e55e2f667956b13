// The steps of a case imported from a hospital's upload (accepted, closed) that the platform tells the registry, so the hospital sees them on its upload.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('upload_case_event', (t) => {
    t.uuid('id').primary();
    t.string('referral_id', 36).notNullable().references('id').inTable('referral').onDelete('CASCADE');
    t.string('pid', 64).notNullable();
    t.uuid('upload_id').notNullable();
    t.string('status', 16).notNullable();
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    // Set when the registry confirmed it.
    t.timestamp('delivered_at', { useTz: true }).nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('upload_case_event');
}
