// Patients of a county whose next follow-up is overdue: the latest visit's due date, or the registration day before any visit.
import type { Db } from '#platform/database/db.js';
import type { FollowUpCondition } from '../generated/resolvers-types.js';

export interface OverdueRow {
  pid: string;
  dueOn: string;
  lastCondition: FollowUpCondition | null;
  /** Days from the due day to the day asked about; set by the resolver. */
  daysOverdue?: number;
}

/** Active patients of one county due before `asOf`, most overdue first, keyset-paginated on (due day, pid). */
export async function overdueFollowUps(
  db: Db,
  countyCode: string,
  asOf: string,
  after: { dueOn: string; pid: string } | null,
  limit: number,
): Promise<OverdueRow[]> {
  const { rows } = (await db.raw(
    `select pid, due_on, last_condition from (
       select p.pid, coalesce(f.next_due_on, p.registered_on) as due_on, f.condition as last_condition
         from patient p
         left join lateral (
           select next_due_on, condition from follow_up where pid = p.pid order by visit_date desc, id desc limit 1
         ) f on true
        where p.county_code = ? and p.management_status = 'ACTIVE'
     ) due
     where due_on < ?::date ${after ? 'and (due_on, pid) > (?::date, ?)' : ''}
     order by due_on, pid
     limit ?`,
    [countyCode, asOf, ...(after ? [after.dueOn, after.pid] : []), limit],
  )) as { rows: { pid: string; due_on: string; last_condition: FollowUpCondition | null }[] };
  return rows.map((r) => ({ pid: r.pid, dueOn: r.due_on, lastCondition: r.last_condition }));
}
