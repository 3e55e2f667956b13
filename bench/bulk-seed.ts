// The bench's seed writer: the demo-data generator's rows (scripts/seed), one INSERT … SELECT FROM unnest(arrays) per table and chunk.
//
// The project's writer (scripts/seed/write.ts) sends multi-row VALUES of up to 30,000 bound
// parameters through knex; building and binding those costs more CPU than generating the rows
// (20,000 people: 15 s against 2.7 s on 2 cores). Here every column travels as one array
// parameter, which halves the node side's work, so 1,000,000 people seed in minutes. The rows
// are the generator's own, written in the same order, so ids and contents are the same.
import type pg from 'pg';
import { createSeedContext, generatePerson } from '../scripts/seed/index.js';
import { appendSeedRows, emptySeedRows, SEEDED_TABLES, type SeedRows } from '../scripts/seed/tables.js';
import type { AgencyName } from '#platform/config/agencies.js';

export interface BulkSeedOptions {
  people: number;
  seed: number;
  linkageKey: Buffer;
  onProgress?: (done: number, total: number) => void;
}

/** People generated and written per transaction: large enough to amortise a statement, small enough to keep memory flat. */
const CHUNK_PEOPLE = 2000;

interface ColumnType {
  /** The element type (udt without the leading underscore of an array type). */
  elementType: string;
  isArray: boolean;
}

type TableTypes = Map<string, Map<string, ColumnType>>;

async function columnTypes(pool: pg.Pool): Promise<TableTypes> {
  const { rows } = await pool.query<{ table_name: string; column_name: string; udt_name: string; data_type: string }>(
    `select table_name, column_name, udt_name, data_type from information_schema.columns where table_schema = current_schema()`,
  );
  const tables: TableTypes = new Map();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? new Map<string, ColumnType>();
    columns.set(row.column_name, { elementType: row.udt_name.replace(/^_/, ''), isArray: row.data_type === 'ARRAY' });
    tables.set(row.table_name, columns);
  }
  return tables;
}

/** A one-dimensional PostgreSQL array literal of text elements. */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : `"${String(value).replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

/** A cell as one element of its column's array parameter. */
function cellOf(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  if (type.isArray) return arrayLiteral(value as unknown[]);
  if (typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

/**
 * One statement for all rows of a table. Array columns travel as text literals and are cast
 * per row (unnest would flatten a two-dimensional array); `with ordinality` keeps the rows'
 * order, so bigserial ids follow it as they do with the project's writer.
 */
async function insertTable(client: pg.PoolClient, types: TableTypes, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const known = types.get(table);
  if (!known) throw new Error(`the bench seed found no table ${table}`);
  const typed = columns.map((name) => {
    const type = known.get(name);
    if (!type) throw new Error(`the bench seed found no column ${table}.${name}`);
    return { name, type };
  });
  const parameters = typed.map(({ name, type }) => rows.map((row) => cellOf(row[name], type)));
  const arrays = typed.map(({ type }, i) => `$${i + 1}::${type.isArray ? 'text' : type.elementType}[]`).join(', ');
  const values = typed.map(({ type }, i) => (type.isArray ? `u.c${i}::${type.elementType}[]` : `u.c${i}`)).join(', ');
  const aliases = typed.map((_, i) => `c${i}`).join(', ');
  await client.query(
    `insert into "${table}" (${typed.map(({ name }) => `"${name}"`).join(', ')})
     select ${values} from unnest(${arrays}) with ordinality as u(${aliases}, n) order by u.n`,
    parameters,
  );
}

async function writeDatabase(
  pool: pg.Pool,
  types: TableTypes,
  tables: readonly string[],
  rows: Record<string, readonly Record<string, unknown>[]>,
): Promise<void> {
  if (tables.every((table) => (rows[table]?.length ?? 0) === 0)) return;
  const client = await pool.connect();
  try {
    await client.query('begin');
    for (const table of tables) await insertTable(client, types, table, rows[table] ?? []);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

type AnyRows = Record<string, readonly Record<string, unknown>[]>;

async function writeChunk(pools: Record<AgencyName, pg.Pool>, types: Record<AgencyName, TableTypes>, rows: SeedRows): Promise<void> {
  await Promise.all(
    (Object.keys(SEEDED_TABLES) as AgencyName[]).map((agency) =>
      writeDatabase(pools[agency], types[agency], SEEDED_TABLES[agency], rows[agency] as unknown as AnyRows),
    ),
  );
}

interface SecondaryIndex {
  name: string;
  definition: string;
}

/**
 * The indexes that back no constraint (primary keys and unique constraints stay, so the load
 * is still checked), with the statement that recreates each exactly as the migration made it.
 */
async function secondaryIndexes(pool: pg.Pool): Promise<SecondaryIndex[]> {
  const { rows } = await pool.query<SecondaryIndex>(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and not i.indisprimary and not i.indisunique
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
  );
  return rows;
}

/**
 * Runs the load without the secondary indexes and builds them once at the end: a btree kept
 * up to date under random pids costs more with every million rows (the seed slowed from 55 s
 * to over 120 s per 100,000 people), a build from sorted input does not.
 */
async function withoutSecondaryIndexes<T>(pools: Record<AgencyName, pg.Pool>, load: () => Promise<T>): Promise<T> {
  const agencies = Object.keys(SEEDED_TABLES) as AgencyName[];
  const saved = await Promise.all(agencies.map((agency) => secondaryIndexes(pools[agency])));
  for (const [i, agency] of agencies.entries()) for (const index of saved[i]!) await pools[agency].query(`drop index "${index.name}"`);
  const result = await load();
  await Promise.all(
    agencies.map(async (agency, i) => {
      const client = await pools[agency].connect();
      try {
        await client.query(`set maintenance_work_mem = '256MB'`);
        for (const index of saved[i]!) await client.query(index.definition);
      } finally {
        client.release();
      }
    }),
  );
  return result;
}

/**
 * Writes the institutions, registers and courses, then people chunk by chunk; the next chunk
 * is generated while the previous one is written. The secondary indexes are built after the
 * load. Returns the number of rows written.
 */
export async function bulkSeed(pools: Record<AgencyName, pg.Pool>, options: BulkSeedOptions): Promise<number> {
  return withoutSecondaryIndexes(pools, () => writeAll(pools, options));
}

async function writeAll(pools: Record<AgencyName, pg.Pool>, options: BulkSeedOptions): Promise<number> {
  const types = { registry: await columnTypes(pools.registry), welfare: await columnTypes(pools.welfare), employment: await columnTypes(pools.employment) };
  const setup = createSeedContext(options);
  const fixed = emptySeedRows();
  fixed.welfare.institution = setup.institutions;
  Object.assign(fixed.welfare, setup.registers);
  fixed.employment.training_course = setup.courses;
  await writeChunk(pools, types, fixed);
  let rowsWritten = countRows(fixed);
  let pending: Promise<void> = Promise.resolve();
  for (let start = 0; start < options.people; start += CHUNK_PEOPLE) {
    const end = Math.min(options.people, start + CHUNK_PEOPLE);
    const rows = emptySeedRows();
    for (let index = start; index < end; index++) appendSeedRows(rows, generatePerson(options.seed, index, setup.context));
    await pending;
    options.onProgress?.(start, options.people);
    rowsWritten += countRows(rows);
    pending = writeChunk(pools, types, rows);
  }
  await pending;
  options.onProgress?.(options.people, options.people);
  return rowsWritten;
}

function countRows(rows: SeedRows): number {
  let total = 0;
  for (const agency of Object.keys(SEEDED_TABLES) as AgencyName[]) {
    for (const list of Object.values(rows[agency] as unknown as AnyRows)) total += list.length;
  }
  return total;
}
