// What became of the case the platform imported from an upload (accepted, closed), as the platform told it: shown to the hospital on its upload.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('referral_upload', (t) => {
    t.string('platform_status', 16).nullable();
    t.timestamp('platform_status_at', { useTz: true }).nullable();
  });
  // One row per event the platform sent: a redelivery finds it and changes nothing.
  await db.schema.createTable('upload_case_status_receipt', (t) => {
    t.uuid('event_id').primary();
    t.uuid('upload_id').notNullable().references('id').inTable('referral_upload').onDelete('CASCADE');
    t.string('status', 16).notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('upload_case_status_receipt');
  await db.schema.alterTable('referral_upload', (t) => {
    t.dropColumn('platform_status_at');
    t.dropColumn('platform_status');
  });
}
