// Risk assessments and relapses of the registry, newest first, for many patients in one statement each.
import type { Db } from '#platform/database/db.js';
import { type Source, source } from '#platform/database/read-together.js';
import type { EmergencyHandling, RelapseHandler } from '../generated/resolvers-types.js';
import type { DbRiskAssessmentRow } from './tables.js';

export interface RiskAssessmentRecord {
  pid: string;
  assessedOn: string;
  riskLevel: number;
  source: string;
}

export async function riskAssessmentsByPids(db: Db, pids: readonly string[]): Promise<RiskAssessmentRecord[]> {
  const rows: Pick<DbRiskAssessmentRow, 'pid' | 'assessed_on' | 'grade' | 'source'>[] = await db('risk_assessment')
    .select('pid', 'assessed_on', 'grade', 'source')
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([
      { column: 'assessed_on', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);
  return rows.map((r) => ({ pid: r.pid, assessedOn: r.assessed_on, riskLevel: r.grade, source: r.source }));
}

/** Where a relapse comes from: recorded in the registry, or the platform's green-channel referral back to a hospital. */
export type RelapseSource = 'REGISTRY' | 'GREEN_CHANNEL';

export interface RelapseRecord {
  pid: string;
  occurredOn: string;
  /** Null for a green-channel relapse: the receiving hospital grades it. */
  riskLevel: number | null;
  handledBy: RelapseHandler;
  /** Null for a green-channel relapse. */
  handling: EmergencyHandling | null;
  admitted: boolean;
  source: RelapseSource;
  receivingHospitalCode: string | null;
}

/** A green-channel relapse counts as admitted when the registry has an admission of the person this many days after the referral at most. */
export const GREEN_CHANNEL_ADMISSION_DAYS = 30;

export interface RelapseRow {
  pid: string;
  occurred_on: string;
  risk_grade: number | null;
  handled_by: RelapseHandler;
  handling: EmergencyHandling | null;
  admitted: boolean;
  source: RelapseSource;
  hospital_code: string | null;
}
export const toRelapseRecord = (r: RelapseRow): RelapseRecord => ({
  pid: r.pid,
  occurredOn: r.occurred_on,
  riskLevel: r.risk_grade,
  handledBy: r.handled_by,
  handling: r.handling,
  admitted: r.admitted,
  source: r.source,
  receivingHospitalCode: r.hospital_code,
});
/** The registry's own relapses and the platform's green-channel ones, newest first (by day, then by when the registry learnt of them). */
const relapsesQuery = (db: Db, pids: readonly string[]) => {
  const recorded = db('relapse')
    .select('pid', 'occurred_on', 'risk_grade', 'handled_by', 'handling', 'admitted', db.raw(`'REGISTRY' as source`), db.raw('null::text as hospital_code'))
    .select('recorded_at as known_at')
    .whereRaw('pid = any(?)', [pids as string[]]);
  const greenChannel = db('green_channel_relapse as g')
    .select('g.pid', 'g.referred_on', db.raw('null::int'), db.raw(`'HOSPITAL'`), db.raw('null::text'))
    .select(
      db.raw('exists (select 1 from hospitalization h where h.pid = g.pid and h.admitted_on between g.referred_on and g.referred_on + ?::int)', [
        GREEN_CHANNEL_ADMISSION_DAYS,
      ]),
    )
    .select(db.raw(`'GREEN_CHANNEL'`), 'g.hospital_code', 'g.received_at')
    .whereRaw('g.pid = any(?)', [pids as string[]]);
  return db
    .select('pid', 'occurred_on', 'risk_grade', 'handled_by', 'handling', 'admitted', 'source', 'hospital_code')
    .from(recorded.unionAll(greenChannel).as('r'))
    .orderBy([
      { column: 'occurred_on', order: 'desc' },
      { column: 'known_at', order: 'desc' },
    ]);
};

export async function relapsesByPids(db: Db, pids: readonly string[]): Promise<RelapseRecord[]> {
  const rows: RelapseRow[] = await relapsesQuery(db, pids);
  return rows.map(toRelapseRecord);
}

/** relapsesByPids as a source of a combined read. */
export const relapsesSource = (db: Db, pids: readonly string[]): Source<RelapseRecord> => source(relapsesQuery(db, pids), toRelapseRecord);
