// Wards: the people whose guardians may receive the incentive, read within the caller's region, locked for writes about them.
import type { Db } from '#platform/database/db.js';

export type Eligibility = 'HIGH_RISK' | 'LOW_INCOME';

export interface WardRecord {
  pid: string;
  countyCode: string;
  eligibility: Eligibility;
  eligibleSince: string;
}

interface WardRow {
  pid: string;
  county_code: string;
  eligibility: Eligibility;
  eligible_since: string;
}

const COLUMNS = ['pid', 'county_code', 'eligibility', 'eligible_since'];
const toRecord = (row: WardRow): WardRecord => ({ pid: row.pid, countyCode: row.county_code, eligibility: row.eligibility, eligibleSince: row.eligible_since });

/** The wards among these people in the caller's region (county prefix; '' is the whole country). */
export async function wardsByPids(db: Db, countyPrefix: string, pids: readonly string[]): Promise<WardRecord[]> {
  const rows: WardRow[] = await db('ward')
    .select(COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .where('county_code', 'like', `${countyPrefix}%`);
  return rows.map(toRecord);
}

/** Locks the ward's row for this transaction, so that writes about one ward check and insert one after another. */
export async function wardForUpdate(db: Db, pid: string): Promise<WardRecord | null> {
  const row: WardRow | undefined = await db('ward').select(COLUMNS).where({ pid }).forUpdate().first();
  return row ? toRecord(row) : null;
}

/** Inserts the ward unless it is enrolled already; null when it was. */
export async function insertWard(db: Db, ward: WardRecord, enrolledAt: string): Promise<WardRecord | null> {
  const rows = (await db('ward')
    .insert({ pid: ward.pid, county_code: ward.countyCode, eligibility: ward.eligibility, eligible_since: ward.eligibleSince, enrolled_at: enrolledAt })
    .onConflict('pid')
    .ignore()
    .returning(COLUMNS)) as WardRow[];
  return rows[0] ? toRecord(rows[0]) : null;
}
