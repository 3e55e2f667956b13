// Follow-up visits of the registry, paged newest first for many patients in one statement.
import type { Db } from '../../../shared/src/db.js';
import type { FollowUpCondition, MedicationAdherence } from '../generated/resolvers-types.js';

export interface DbFollowUpRow {
  id: number;
  pid: string;
  visit_date: string;
  risk_grade: number;
  condition: FollowUpCondition;
  medication_adherence: MedicationAdherence;
}

export interface FollowUpRecord {
  id: number;
  pid: string;
  date: string;
  riskLevel: number;
  condition: FollowUpCondition;
  medicationAdherence: MedicationAdherence;
}

export interface FollowUpPage {
  /** At most `limit` visits after the cursor; `limit + 1` were asked for, see `hasMore`. */
  rows: FollowUpRecord[];
  hasMore: boolean;
}

/**
 * The first `limit` visits (newest first) of each pid, after an optional (date, id) cursor,
 * in one statement: a window function numbers each patient's visits.
 */
export async function followUpPagesByPids(
  db: Db,
  pids: readonly string[],
  limit: number,
  after: { date: string; id: number } | null,
): Promise<FollowUpPage[]> {
  const inner = db<DbFollowUpRow>('follow_up')
    .select('id', 'pid', 'visit_date', 'risk_grade', 'condition', 'medication_adherence')
    .select(db.raw('row_number() over (partition by pid order by visit_date desc, id desc) as rank'))
    .whereRaw('pid = any(?)', [pids as string[]]);
  if (after) inner.whereRaw('(visit_date, id) < (?::date, ?)', [after.date, after.id]);
  const rows: (DbFollowUpRow & { rank: number })[] = await db
    .from(inner.as('ranked'))
    .where('rank', '<=', limit + 1)
    .orderBy([{ column: 'pid' }, { column: 'rank' }]);
  const byPid = new Map<string, FollowUpRecord[]>();
  for (const row of rows) {
    const list = byPid.get(row.pid) ?? [];
    list.push({ id: Number(row.id), pid: row.pid, date: row.visit_date, riskLevel: row.risk_grade, condition: row.condition, medicationAdherence: row.medication_adherence });
    byPid.set(row.pid, list);
  }
  return pids.map((pid) => {
    const list = byPid.get(pid) ?? [];
    return { rows: list.slice(0, limit), hasMore: list.length > limit };
  });
}
