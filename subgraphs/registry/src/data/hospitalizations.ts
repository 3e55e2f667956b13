// Hospitalisations with their discharge rehabilitation assessment.
import type { Db } from '#platform/database/db.js';
import { type Source, source } from '#platform/database/read-together.js';
import type { DbHospitalizationRow } from './tables.js';

/** A stay as the registry's reads select it: all but the hospital's name. */
type HospitalizationRow = Omit<DbHospitalizationRow, 'hospital_name'>;

export interface DischargeAssessmentRecord {
  assessedOn: string;
  recommendsCommunityRehab: boolean;
  willingToWork: boolean;
  ableToWork: boolean;
  needsSupport: boolean;
}

export interface HospitalizationRecord {
  id: number;
  pid: string;
  admittedOn: string;
  dischargedOn: string | null;
  recommendsCommunityRehab: boolean | null;
  dischargeAssessment: DischargeAssessmentRecord | null;
}

const COLUMNS = ['id', 'pid', 'admitted_on', 'discharged_on', 'recommends_community_rehab', 'assessed_on', 'willing_to_work', 'able_to_work', 'needs_support'];

export function toHospitalizationRecord(row: HospitalizationRow): HospitalizationRecord {
  const assessed = row.assessed_on !== null && row.recommends_community_rehab !== null;
  return {
    id: Number(row.id),
    pid: row.pid,
    admittedOn: row.admitted_on,
    dischargedOn: row.discharged_on,
    recommendsCommunityRehab: row.recommends_community_rehab,
    dischargeAssessment: assessed
      ? {
          assessedOn: row.assessed_on!,
          recommendsCommunityRehab: row.recommends_community_rehab!,
          willingToWork: row.willing_to_work ?? false,
          ableToWork: row.able_to_work ?? false,
          needsSupport: row.needs_support ?? false,
        }
      : null,
  };
}

/** All hospitalisations of these pids, newest first. */
export async function hospitalizationsByPids(db: Db, pids: readonly string[]): Promise<HospitalizationRecord[]> {
  const rows: HospitalizationRow[] = await hospitalizationsQuery(db, pids);
  return rows.map(toHospitalizationRecord);
}

const hospitalizationsQuery = (db: Db, pids: readonly string[]) =>
  db('hospitalization')
    .select(COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([
      { column: 'admitted_on', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);

/** hospitalizationsByPids as a source of a combined read. */
export const hospitalizationsSource = (db: Db, pids: readonly string[]): Source<HospitalizationRecord> =>
  source(hospitalizationsQuery(db, pids), toHospitalizationRecord);

/** One hospitalisation, locked for the write that changes it. */
export async function hospitalizationForUpdate(db: Db, id: number): Promise<HospitalizationRecord | null> {
  const row: HospitalizationRow | undefined = await db('hospitalization').select(COLUMNS).where({ id }).forUpdate().first();
  return row ? toHospitalizationRecord(row) : null;
}
