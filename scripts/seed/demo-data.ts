// Seeds the three agencies' databases with one consistent synthetic population, chunk by chunk.
import { rebuildAgencyStatistics } from '../statistics.js';
import { createSeedContext, type SeedContext } from './context.js';
import { generatePerson } from './person-records.js';
import { fillWaitingCounties } from './institutions.js';
import { appendSeedRows, type DbReferralRow, emptySeedRows, SEEDED_TABLES, type SeededDatabase, type SeedRows } from './tables.js';
import { type SeedDatabases, writeSeedRows } from './write.js';

export interface SeedOptions {
  people: number;
  seed: number;
  linkageKey: Buffer;
  /** ISO date of "now" in the data; defaults to DEFAULT_TODAY so that data is reproducible. */
  today?: string;
  onProgress?: (done: number, total: number) => void;
  /** People generated and written per transaction (default 1000); the rows do not depend on it. */
  chunkSize?: number;
}

/** Rows written, per table of each database, and per database. */
export interface SeedSummary {
  people: number;
  tables: { [D in SeededDatabase]: Record<(typeof SEEDED_TABLES)[D][number], number> };
  databases: Record<SeededDatabase, number>;
}

const DEFAULT_CHUNK_SIZE = 1000;

/**
 * Writes institutions and courses first, then people in chunks. The next chunk is
 * generated while the previous one is being written, so the CPU and the database work
 * side by side.
 */
export async function seedDemoData(dbs: SeedDatabases, options: SeedOptions): Promise<SeedSummary> {
  if (!Number.isInteger(options.people) || options.people < 0) throw new RangeError('people must be a non-negative integer');
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const setup = createSeedContext(options);
  const summary = emptySummary(options.people);
  const fixed = emptySeedRows();
  fixed.welfare.institution = setup.institutions;
  Object.assign(fixed.welfare, setup.registers);
  fixed.employment.training_course = setup.courses;
  await writeSeedRows(dbs, fixed);
  count(summary, fixed);
  let pending: Promise<void> = Promise.resolve();
  let written = 0;
  const cases: Pick<DbReferralRow, 'status' | 'county_code' | 'institution_id'>[] = [];
  for (let start = 0; start < options.people; start += chunkSize) {
    const end = Math.min(options.people, start + chunkSize);
    const rows = generateChunk(options.seed, start, end, setup.context);
    for (const { status, county_code, institution_id } of rows.welfare.referral) cases.push({ status, county_code, institution_id });
    await pending;
    if (written > 0) options.onProgress?.(written, options.people);
    count(summary, rows);
    pending = writeSeedRows(dbs, rows);
    written = end;
  }
  await pending;
  for (const institution of fillWaitingCounties(setup.institutions, cases)) {
    await dbs.welfare('institution').where({ id: institution.id }).update({ capacity: institution.capacity });
  }
  options.onProgress?.(written, options.people);
  // The rows went around the data layer: the maintained statistics are rebuilt from them.
  await rebuildAgencyStatistics(dbs);
  return summary;
}

function generateChunk(seed: number, start: number, end: number, context: SeedContext): SeedRows {
  const rows = emptySeedRows();
  for (let index = start; index < end; index++) appendSeedRows(rows, generatePerson(seed, index, context));
  return rows;
}

function emptySummary(people: number): SeedSummary {
  const zeros = <T extends string>(tables: readonly T[]): Record<T, number> => Object.fromEntries(tables.map((table) => [table, 0])) as Record<T, number>;
  return {
    people,
    tables: { registry: zeros(SEEDED_TABLES.registry), welfare: zeros(SEEDED_TABLES.welfare), employment: zeros(SEEDED_TABLES.employment) },
    databases: { registry: 0, welfare: 0, employment: 0 },
  };
}

function count(summary: SeedSummary, rows: SeedRows): void {
  summary.databases.registry += countTables(summary.tables.registry, rows.registry);
  summary.databases.welfare += countTables(summary.tables.welfare, rows.welfare);
  summary.databases.employment += countTables(summary.tables.employment, rows.employment);
}

/** Adds each table's row count to `counts`; returns the rows of all tables. */
function countTables<T extends Record<keyof T, readonly object[]>>(counts: Record<keyof T, number>, rows: T): number {
  let total = 0;
  for (const table of Object.keys(rows) as (keyof T)[]) {
    counts[table] += rows[table].length;
    total += rows[table].length;
  }
  return total;
}
