// The county where a certificate was issued: region scope applies to certificates as to everything else.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('disability_certificate', (t) => {
    t.string('county_code', 6).nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('disability_certificate', (t) => {
    t.dropColumn('county_code');
  });
}
