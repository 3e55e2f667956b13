// Follow-up visits of the registry: paged newest first for many patients in one statement, the latest visit, visits per year.
import type { Db } from '#platform/database/db.js';
import { type Source, source } from '#platform/database/read-together.js';
import type { FollowUpCondition, FollowUpMode, Insight, MedicationAdherence } from '../generated/resolvers-types.js';
import type { DbFollowUpRow } from './tables.js';

/** A visit as the registry's reads select it: the columns the graph shows. */
type FollowUpRow = Omit<DbFollowUpRow, 'social_function' | 'symptoms_resolved' | 'recorded_at'>;

export interface FollowUpRecord {
  id: number;
  pid: string;
  date: string;
  mode: FollowUpMode;
  riskLevel: number;
  condition: FollowUpCondition;
  insight: Insight;
  medicationAdherence: MedicationAdherence;
  adverseReactions: boolean;
  hospitalizedSinceLastVisit: boolean;
  nextDueOn: string;
}

const COLUMNS = [
  'id',
  'pid',
  'visit_date',
  'mode',
  'risk_grade',
  'condition',
  'insight',
  'medication_adherence',
  'adverse_reactions',
  'hospitalized_since_last',
  'next_due_on',
];

export const toFollowUpRecord = (row: FollowUpRow): FollowUpRecord => ({
  id: Number(row.id),
  pid: row.pid,
  date: row.visit_date,
  mode: row.mode,
  riskLevel: row.risk_grade,
  condition: row.condition,
  insight: row.insight,
  medicationAdherence: row.medication_adherence,
  adverseReactions: row.adverse_reactions,
  hospitalizedSinceLastVisit: row.hospitalized_since_last,
  nextDueOn: row.next_due_on,
});

export interface FollowUpPage {
  /** At most `limit` visits after the cursor; `limit + 1` were asked for, see `hasMore`. */
  rows: FollowUpRecord[];
  hasMore: boolean;
}

/**
 * The first `limit` visits (newest first) of each pid, after an optional (date, id) cursor,
 * in one statement: a window function numbers each patient's visits.
 */
export async function followUpPagesByPids(db: Db, pids: readonly string[], limit: number, after: { date: string; id: number } | null): Promise<FollowUpPage[]> {
  const rows: FollowUpRow[] = await followUpPageQuery(db, pids, limit, after);
  return followUpPages(pids, rows.map(toFollowUpRecord), limit);
}

/** The statement of followUpPagesByPids: up to `limit + 1` visits per pid, by pid, newest first. */
function followUpPageQuery(db: Db, pids: readonly string[], limit: number, after: { date: string; id: number } | null) {
  const inner = db<FollowUpRow>('follow_up')
    .select(COLUMNS)
    .select(db.raw('row_number() over (partition by pid order by visit_date desc, id desc) as rank'))
    .whereRaw('pid = any(?)', [pids as string[]]);
  if (after) inner.whereRaw('(visit_date, id) < (?::date, ?)', [after.date, after.id]);
  return db
    .select(COLUMNS)
    .from(inner.as('ranked'))
    .where('rank', '<=', limit + 1)
    .orderBy([{ column: 'pid' }, { column: 'rank' }]);
}

/** The first pages' visits, as a source of a combined read; followUpPages groups them. */
export const followUpPageSource = (db: Db, pids: readonly string[], limit: number): Source<FollowUpRecord> =>
  source<FollowUpRow, FollowUpRecord>(followUpPageQuery(db, pids, limit, null), toFollowUpRecord);

/** Visits (by pid, newest first, up to `limit + 1` each) as one page per pid. */
export function followUpPages(pids: readonly string[], visits: readonly FollowUpRecord[], limit: number): FollowUpPage[] {
  const byPid = new Map<string, FollowUpRecord[]>();
  for (const visit of visits) {
    const list = byPid.get(visit.pid) ?? [];
    list.push(visit);
    byPid.set(visit.pid, list);
  }
  return pids.map((pid) => {
    const list = byPid.get(pid) ?? [];
    return { rows: list.slice(0, limit), hasMore: list.length > limit };
  });
}

/** The latest visit of each pid that has one, in one statement. */
export async function latestFollowUpsByPids(db: Db, pids: readonly string[]): Promise<FollowUpRecord[]> {
  const rows: FollowUpRow[] = await db('follow_up')
    .distinctOn('pid')
    .select(COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([{ column: 'pid' }, { column: 'visit_date', order: 'desc' }, { column: 'id', order: 'desc' }]);
  return rows.map(toFollowUpRecord);
}

/** Visits per pid in one calendar year, in one statement. */
export async function followUpCountsInYear(db: Db, pids: readonly string[], year: number): Promise<Map<string, number>> {
  const rows: { pid: string; visits: number | string }[] = await db('follow_up')
    .select('pid')
    .count('* as visits')
    .whereRaw('pid = any(?)', [pids as string[]])
    .whereBetween('visit_date', [`${year}-01-01`, `${year}-12-31`])
    .groupBy('pid');
  return new Map(rows.map((r) => [r.pid, Number(r.visits)]));
}
