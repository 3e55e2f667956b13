// A case referred out to OTHER_REHAB_SERVICE names the institution that takes the person on; it closes when that institution acknowledges.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('referral', (t) => {
    t.string('receiving_institution_id', 36).nullable().references('id').inTable('institution');
  });
  // The receiving institution's staff read the cases referred to them (referral-scope.ts): few rows, so a partial index.
  await db.raw('create index referral_receiving_institution_idx on referral (receiving_institution_id) where receiving_institution_id is not null');
}

export async function down(db: Knex): Promise<void> {
  await db.raw('drop index if exists referral_receiving_institution_idx');
  await db.schema.alterTable('referral', (t) => {
    t.dropColumn('receiving_institution_id');
  });
}
