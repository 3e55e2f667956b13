// Hospitalisations with their discharge rehabilitation assessment.
import type { Db } from '../../../shared/src/db.js';

export interface DbHospitalizationRow {
  id: number;
  pid: string;
  admitted_on: string;
  discharged_on: string | null;
  recommends_community_rehab: boolean | null;
}

export interface HospitalizationRecord {
  id: number;
  pid: string;
  admittedOn: string;
  dischargedOn: string | null;
  recommendsCommunityRehab: boolean | null;
}

/** All hospitalisations of these pids, newest first. */
export async function hospitalizationsByPids(db: Db, pids: readonly string[]): Promise<HospitalizationRecord[]> {
  const rows = await db<DbHospitalizationRow>('hospitalization')
    .select('id', 'pid', 'admitted_on', 'discharged_on', 'recommends_community_rehab')
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([{ column: 'admitted_on', order: 'desc' }, { column: 'id', order: 'desc' }]);
  return rows.map((row) => ({
    id: Number(row.id),
    pid: row.pid,
    admittedOn: row.admitted_on,
    dischargedOn: row.discharged_on,
    recommendsCommunityRehab: row.recommends_community_rehab,
  }));
}
