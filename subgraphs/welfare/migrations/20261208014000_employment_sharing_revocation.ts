// The revocation of a case's EMPLOYMENT_SHARING consent, which the platform tells the disability federation (its access rules need it).
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('employment_sharing_revocation', (t) => {
    t.uuid('id').primary();
    t.string('referral_id', 36).notNullable().references('id').inTable('referral').onDelete('CASCADE');
    t.string('pid', 64).notNullable();
    t.timestamp('revoked_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    // Set when the federation confirmed it.
    t.timestamp('delivered_at', { useTz: true }).nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('employment_sharing_revocation');
}
