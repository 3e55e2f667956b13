// Risk assessments and relapses of the registry, newest first, for many patients in one statement each.
import type { Db } from '#platform/database/db.js';
import { type Source, source } from '#platform/database/read-together.js';
import type { EmergencyHandling, RelapseHandler } from '../generated/resolvers-types.js';
import type { DbRelapseRow, DbRiskAssessmentRow } from './tables.js';

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

export interface RelapseRecord {
  pid: string;
  occurredOn: string;
  riskLevel: number;
  handledBy: RelapseHandler;
  handling: EmergencyHandling;
  admitted: boolean;
}

type RelapseRow = Omit<DbRelapseRow, 'id' | 'recorded_at'>;
export const toRelapseRecord = (r: RelapseRow): RelapseRecord => ({
  pid: r.pid,
  occurredOn: r.occurred_on,
  riskLevel: r.risk_grade,
  handledBy: r.handled_by,
  handling: r.handling,
  admitted: r.admitted,
});
const relapsesQuery = (db: Db, pids: readonly string[]) =>
  db('relapse')
    .select('pid', 'occurred_on', 'risk_grade', 'handled_by', 'handling', 'admitted')
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([
      { column: 'occurred_on', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);

export async function relapsesByPids(db: Db, pids: readonly string[]): Promise<RelapseRecord[]> {
  const rows: RelapseRow[] = await relapsesQuery(db, pids);
  return rows.map(toRelapseRecord);
}

/** relapsesByPids as a source of a combined read. */
export const relapsesSource = (db: Db, pids: readonly string[]): Source<RelapseRecord> => source(relapsesQuery(db, pids), toRelapseRecord);
