// Writing seed rows: multi-row inserts in one transaction per chunk and database, reset and presence checks.
import type { Knex } from 'knex';
import { type EmploymentRows, type RegistryRows, SEEDED_TABLES, type SeedRows, type WelfareRows } from './tables.js';

export interface SeedDatabases {
  registry: Knex;
  welfare: Knex;
  employment: Knex;
}

/**
 * PostgreSQL allows 65,535 bind parameters per statement; staying well under it keeps
 * statements small enough for PGlite too, while still inserting thousands of rows at once.
 */
const MAX_PARAMETERS_PER_STATEMENT = 30_000;

async function insertRows(trx: Knex.Transaction, table: string, rows: readonly object[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / Object.keys(first).length));
  for (let start = 0; start < rows.length; start += perStatement) {
    await trx.insert(rows.slice(start, start + perStatement)).into(table);
  }
}

/** Inserts the tables of one database in parent-first order, in one transaction. */
async function insertTables<T extends Record<keyof T, object[]>>(db: Knex, order: readonly (keyof T & string)[], rows: T): Promise<void> {
  if (order.every((table) => rows[table].length === 0)) return;
  await db.transaction(async (trx) => {
    for (const table of order) await insertRows(trx, table, rows[table]);
  });
}

/** Writes a chunk to the three databases side by side; each database's part is atomic. */
export async function writeSeedRows(dbs: SeedDatabases, rows: SeedRows): Promise<void> {
  await Promise.all([
    insertTables<RegistryRows>(dbs.registry, SEEDED_TABLES.registry, rows.registry),
    insertTables<WelfareRows>(dbs.welfare, SEEDED_TABLES.welfare, rows.welfare),
    insertTables<EmploymentRows>(dbs.employment, SEEDED_TABLES.employment, rows.employment),
  ]);
}

/** True when the registry (the master index of people) already has patients. */
export async function hasDemoData(registry: Knex): Promise<boolean> {
  const row = await registry('patient').first('pid');
  return row !== undefined;
}

/** The databases in which any seeded table has a row. */
export async function databasesWithDemoData(dbs: SeedDatabases): Promise<(keyof SeedDatabases)[]> {
  const found: (keyof SeedDatabases)[] = [];
  for (const name of Object.keys(SEEDED_TABLES) as (keyof SeedDatabases)[]) {
    for (const table of SEEDED_TABLES[name]) {
      if ((await dbs[name](table).first(dbs[name].raw('1 as present'))) !== undefined) {
        found.push(name);
        break;
      }
    }
  }
  return found;
}

/**
 * Empties every seeded table of the three databases and restarts their id sequences, so
 * that a re-seed gives the same ids. The division list (from a migration) is kept.
 */
export async function resetDemoData(dbs: SeedDatabases): Promise<void> {
  for (const name of Object.keys(SEEDED_TABLES) as (keyof SeedDatabases)[]) {
    const tables = SEEDED_TABLES[name].map((table) => `"${table}"`).join(', ');
    await dbs[name].raw(`truncate table ${tables} restart identity cascade`);
  }
}
