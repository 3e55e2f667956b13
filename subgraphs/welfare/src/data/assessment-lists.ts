// Cases in service whose periodic assessment is past due, by due day: the county's overdue list (issue 16, item 6).
import type { Db } from '#platform/database/db.js';
import { REFERRAL_COLUMNS, type ReferralRecord, toReferralRecord } from './referrals.js';
import { type ReferralScope, withinScope } from './referral-scope.js';
import type { DbReferralRow } from './tables.js';

const chinaDay = (column: string) => `((${column} at time zone 'UTC') + interval '8 hours')::date`;

/**
 * The due day in SQL, as periodicAssessmentDueOn computes it: the interval after the latest
 * periodic assessment or re-assessment, or after service last started (ASSESSED → IN_SERVICE).
 * Adding months to a date clamps to the month's end, as addMonths does.
 */
const DUE_ON = `(greatest(
    (select max(${chinaDay('t.at')}) from referral_transition t where t.referral_id = referral.id and t.from_status = 'ASSESSED' and t.to_status = 'IN_SERVICE'),
    (select max(a.assessed_on) from referral_assessment a where a.referral_id = referral.id and a.kind in ('PERIODIC', 'REASSESSMENT'))
  ) + make_interval(months => ?))::date`;

export type OverdueAssessment = ReferralRecord & { dueOn: string };

/** Cases in service of a region whose periodic assessment was due before `today`, oldest due day first, after an optional (dueOn, id). */
export async function overdueAssessments(
  db: Db,
  scope: ReferralScope,
  filter: { countyPrefix: string; today: string; intervalMonths: number; after: { dueOn: string; id: string } | null; limit: number },
): Promise<OverdueAssessment[]> {
  const cases = withinScope(
    db('referral')
      .select(...REFERRAL_COLUMNS.map((column) => `referral.${column}`), db.raw(`to_char(${DUE_ON}, 'YYYY-MM-DD') as due_on`, [filter.intervalMonths]))
      .where('referral.status', 'IN_SERVICE')
      .where('referral.county_code', 'like', `${filter.countyPrefix}%`),
    scope,
  );
  const query = db.select('*').from(cases.as('due')).where('due_on', '<', filter.today);
  if (filter.after) query.whereRaw('(due_on, id) > (?, ?)', [filter.after.dueOn, filter.after.id]);
  const rows = (await query.orderBy([{ column: 'due_on' }, { column: 'id' }]).limit(filter.limit)) as (DbReferralRow & { due_on: string })[];
  return rows.map((row) => ({ ...toReferralRecord(row), dueOn: row.due_on }));
}
