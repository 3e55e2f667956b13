// The registry's notices of a discharge after a green-channel referral, received once each and recorded on the referral they answer.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('registry_discharge_receipt', (t) => {
    // The registry's id of the notice.
    t.uuid('discharge_id').primary();
    t.string('pid', 64).notNullable();
    t.date('discharged_on').notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.integer('cases_marked').notNullable().defaultTo(0);
  });
  await db.schema.alterTable('green_channel_referral', (t) => {
    // Set by the registry's discharge notice: the institution may resume the case (Referral.relapseDischargedOn).
    t.date('discharged_on').nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('green_channel_referral', (t) => {
    t.dropColumn('discharged_on');
  });
  await db.schema.dropTableIfExists('registry_discharge_receipt');
}
