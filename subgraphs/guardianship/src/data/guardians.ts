// Guardians of wards. No names or citizen IDs: the committee's payment system holds who the guardian is.
import type { Db } from '#platform/database/db.js';

export type Relationship = 'PARENT' | 'SPOUSE' | 'CHILD' | 'SIBLING' | 'OTHER_RELATIVE' | 'VILLAGE_COMMITTEE' | 'OTHER';

export interface GuardianRecord {
  id: string;
  pid: string;
  relationship: Relationship;
  since: string;
  endedOn: string | null;
}

interface GuardianRow {
  id: number | string;
  pid: string;
  relationship: Relationship;
  since: string;
  ended_on: string | null;
}

const COLUMNS = ['id', 'pid', 'relationship', 'since', 'ended_on'];
const toRecord = (row: GuardianRow): GuardianRecord => ({
  id: String(row.id),
  pid: row.pid,
  relationship: row.relationship,
  since: row.since,
  endedOn: row.ended_on,
});

/** The guardians of these wards, earliest first. */
export async function guardiansByPids(db: Db, pids: readonly string[]): Promise<GuardianRecord[]> {
  const rows: GuardianRow[] = await db('guardian')
    .select(COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([{ column: 'since' }, { column: 'id' }]);
  return rows.map(toRecord);
}

export async function guardianById(db: Db, id: number): Promise<GuardianRecord | null> {
  const row: GuardianRow | undefined = await db('guardian').select(COLUMNS).where({ id }).first();
  return row ? toRecord(row) : null;
}

export async function insertGuardian(db: Db, guardian: Omit<GuardianRecord, 'id' | 'endedOn'>): Promise<GuardianRecord> {
  const [row] = (await db('guardian')
    .insert({ pid: guardian.pid, relationship: guardian.relationship, since: guardian.since })
    .returning(COLUMNS)) as GuardianRow[];
  return toRecord(row!);
}

export async function updateGuardianEnd(db: Db, id: number, endedOn: string): Promise<GuardianRecord> {
  const [row] = (await db('guardian').where({ id }).update({ ended_on: endedOn }).returning(COLUMNS)) as GuardianRow[];
  return toRecord(row!);
}
