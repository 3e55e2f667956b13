// Which institution holds a person's case, as the platform tells the registry (its access rules need it): one row per change.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('case_holding_event', (t) => {
    t.uuid('id').primary();
    t.string('referral_id', 36).notNullable().references('id').inTable('referral').onDelete('CASCADE');
    t.string('pid', 64).notNullable();
    t.string('institution_id', 36).notNullable();
    // True: the institution took the case on (accepted it); false: it no longer holds it (closed, transferred, referred out).
    t.boolean('holds').notNullable();
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    // Set when the registry confirmed it.
    t.timestamp('delivered_at', { useTz: true }).nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('case_holding_event');
}
