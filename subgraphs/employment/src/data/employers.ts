// Employers the federation places people with: registered by officers, listed by region.
import { randomUUID } from 'node:crypto';
import type { Db } from '#platform/database/db.js';
import type { EmployerKind } from '../generated/resolvers-types.js';
import type { DbEmployerRow } from './tables.js';

export interface EmployerRecord {
  id: string;
  name: string;
  countyCode: string;
  kind: EmployerKind;
}

const COLUMNS = ['id', 'name', 'county_code', 'kind'];
const toRecord = (r: Pick<DbEmployerRow, 'id' | 'name' | 'county_code' | 'kind'>): EmployerRecord => ({
  id: r.id,
  name: r.name,
  countyCode: r.county_code,
  kind: r.kind,
});

export async function employersByIds(db: Db, ids: readonly string[]): Promise<EmployerRecord[]> {
  const rows: DbEmployerRow[] = await db('employer')
    .select(COLUMNS)
    .whereRaw('id = any(?)', [ids as string[]]);
  return rows.map(toRecord);
}

export async function employerById(db: Db, id: string): Promise<EmployerRecord | null> {
  const row: DbEmployerRow | undefined = await db('employer').select(COLUMNS).where({ id }).first();
  return row ? toRecord(row) : null;
}

/** A page of a region's employers in id order (index employer_county_prefix_idx). */
export async function listEmployers(db: Db, page: { countyPrefix: string; afterId: string | null; limit: number }): Promise<EmployerRecord[]> {
  const query = db('employer').select(COLUMNS).where('county_code', 'like', `${page.countyPrefix}%`).orderBy('id').limit(page.limit);
  if (page.afterId !== null) query.where('id', '>', page.afterId);
  return ((await query) as DbEmployerRow[]).map(toRecord);
}

export async function insertEmployer(db: Db, employer: Omit<EmployerRecord, 'id'>): Promise<EmployerRecord> {
  const [row] = (await db('employer')
    .insert({ id: randomUUID(), name: employer.name, county_code: employer.countyCode, kind: employer.kind })
    .returning(COLUMNS)) as DbEmployerRow[];
  return toRecord(row!);
}
