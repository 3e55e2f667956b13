// The discharge of a person the platform sent back to hospital by the green channel: told to the platform through the outbox, once per green-channel relapse.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('discharge_notice', (t) => {
    t.uuid('id').primary();
    t.string('pid', 32).notNullable().references('pid').inTable('patient').onDelete('CASCADE');
    t.bigInteger('hospitalization_id').notNullable().references('id').inTable('hospitalization').onDelete('CASCADE');
    t.date('discharged_on').notNullable();
    // The relapse the discharge answers; unique: the first discharge after a referral is the one the platform hears of.
    t.uuid('green_channel_id').notNullable().unique().references('green_channel_id').inTable('green_channel_relapse').onDelete('CASCADE');
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.timestamp('delivered_at', { useTz: true }).nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('discharge_notice');
}
