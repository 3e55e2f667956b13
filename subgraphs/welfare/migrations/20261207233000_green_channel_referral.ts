// A case sent back to a psychiatric hospital on relapse (the green channel) names the hospital; the registry is told through the outbox, and tells of the discharge.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('green_channel_referral', (t) => {
    // Also the registry's key of the relapse it records: a redelivery finds it there.
    t.uuid('id').primary();
    t.string('referral_id', 36).notNullable().references('id').inTable('referral').onDelete('CASCADE');
    t.string('pid', 64).notNullable();
    // The receiving hospital's unified social credit code (GB 32100).
    t.string('hospital_code', 18).notNullable();
    // The day of the referral, China time.
    t.date('referred_on').notNullable();
    t.timestamp('referred_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    // Set when the registry confirmed it.
    t.timestamp('delivered_at', { useTz: true }).nullable();
    // The case's latest green-channel referral is read by its id: one index serves the case's list.
    t.index(['referral_id', 'referred_at'], 'green_channel_referral_case_idx');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('green_channel_referral');
}
