// The guardianship entries about people, read within the caller's region and written in the caller's transaction.
import type { Db } from '../../../shared/src/db.js';

export interface EntryRecord {
  id: string;
  pid: string;
  kind: string;
  recordedOn: string;
  countyCode: string;
}

interface Row {
  id: string | number;
  pid: string;
  kind: string;
  recorded_on: string;
  county_code: string;
}

const COLUMNS = ['id', 'pid', 'kind', 'recorded_on', 'county_code'];
const toRecord = (row: Row): EntryRecord => ({ id: String(row.id), pid: row.pid, kind: row.kind, recordedOn: row.recorded_on, countyCode: row.county_code });

/** The entries of these people made in the caller's region (county prefix; '' is the whole country), newest first. */
export async function entriesByPids(db: Db, countyPrefix: string, pids: readonly string[]): Promise<EntryRecord[]> {
  const rows: Row[] = await db('guardianship_entry')
    .select(COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .where('county_code', 'like', `${countyPrefix}%`)
    .orderBy([{ column: 'recorded_on', order: 'desc' }, { column: 'id', order: 'desc' }]);
  return rows.map(toRecord);
}

export interface NewEntry {
  pid: string;
  kind: string;
  recordedOn: string;
  countyCode: string;
}

export async function insertEntry(db: Db, entry: NewEntry): Promise<EntryRecord> {
  const [row] = (await db('guardianship_entry')
    .insert({ pid: entry.pid, kind: entry.kind, recorded_on: entry.recordedOn, county_code: entry.countyCode })
    .returning(COLUMNS)) as Row[];
  return toRecord(row!);
}
