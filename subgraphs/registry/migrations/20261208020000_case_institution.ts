// Which rehabilitation institutions hold a case of a person, as the platform tells it through its
// outbox: the fact the registry needs to open a record to the staff of the case's institution
// (DOMAIN.md §6). Until the platform has told it, no institution's staff read the record.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('case_institution', (t) => {
    t.string('pid', 32).notNullable();
    t.string('institution_id', 36).notNullable();
    t.timestamp('told_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.primary(['pid', 'institution_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('case_institution');
}
