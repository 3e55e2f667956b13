// The platform's green-channel referrals back to a psychiatric hospital, received once each: relapses the relapse rate counts (DOMAIN.md §5).
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('green_channel_relapse', (t) => {
    // The platform's id of the referral: a redelivery finds it and records nothing.
    t.uuid('green_channel_id').primary();
    t.string('pid', 32).notNullable().references('pid').inTable('patient').onDelete('CASCADE');
    t.date('referred_on').notNullable();
    // The receiving hospital's unified social credit code (GB 32100).
    t.string('hospital_code', 18).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    // The indicators read the year's relapses by day, then join the year's active patients by pid (as relapse_date_idx).
    t.index(['referred_on', 'pid'], 'green_channel_relapse_date_idx');
    t.index(['pid', 'referred_on'], 'green_channel_relapse_pid_idx');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('green_channel_relapse');
}
