// The platform's maintained statistics (DOMAIN.md §5): per person, county and period, the flows of the referral workflow
// (reviewed, dispatched, accepted, each with its deadline or waiting time); refreshed by every transition, which stamps them.
import type { Db } from '#platform/database/db.js';
import { chinaDayOf, type MaintainedStatistics, periodsOfDay, refreshStatistics } from '#platform/statistics/maintained.js';
import { DEADLINE_WORKING_DAYS } from './indicators-reference.js';

/** A flow of a referral: its day in China, whether it met its deadline of working days from `since` (null when not deadlined). */
const flow = (stamp: string, since: string, measure: string) => `
  select r.pid, r.county_code, ${chinaDayOf(`r.${stamp}`)} as day, '${measure}' as measure,
         (done.ordinal - began.ordinal) <= ${DEADLINE_WORKING_DAYS} as on_time, 0::bigint as waiting_us
    from referral r
    join working_day_calendar began on began.day = ${chinaDayOf(`r.${since}`)}
    join working_day_calendar done on done.day = ${chinaDayOf(`r.${stamp}`)}
   where r.pid = any(cast(:units as text[])) and r.${stamp} is not null`;

export const WELFARE_STATISTICS: MaintainedStatistics = {
  factTable: 'welfare_stat_fact',
  countyTable: 'welfare_stat_county',
  measures: ['reviewed', 'reviewed_on_time', 'dispatched', 'dispatched_on_time', 'accepted', 'waiting_us'],
  // A referral counts in the periods of each stamp's China day, in its county now (a transfer moves its flows with it,
  // as the reference counts them). The deadlines count working days in working_day_calendar, as the reference does:
  // a refill of the calendar rebuilds the statistics. Waiting is kept in microseconds, so its mean is exact.
  factsSql: `select f.pid as unit, f.county_code, p.period,
          count(*) filter (where f.measure = 'reviewed')::int as reviewed,
          count(*) filter (where f.measure = 'reviewed' and f.on_time)::int as reviewed_on_time,
          count(*) filter (where f.measure = 'dispatched')::int as dispatched,
          count(*) filter (where f.measure = 'dispatched' and f.on_time)::int as dispatched_on_time,
          count(*) filter (where f.measure = 'accepted')::int as accepted,
          coalesce(sum(f.waiting_us), 0)::bigint as waiting_us
     from (${flow('reviewed_at', 'submitted_at', 'reviewed')}
           union all ${flow('dispatched_at', 'registered_at', 'dispatched')}
           union all
           select r.pid, r.county_code, ${chinaDayOf('r.accepted_at')}, 'accepted', null,
                  (extract(epoch from (r.accepted_at - r.registered_at)) * 1000000)::bigint
             from referral r
            where r.pid = any(cast(:units as text[])) and r.accepted_at is not null and r.registered_at is not null) f
    cross join lateral ${periodsOfDay('f.day')} as p(period)
    group by f.pid, f.county_code, p.period`,
  unitsSql: `select pid as unit from referral where reviewed_at is not null or dispatched_at is not null or accepted_at is not null`,
};

/** Brings the statistics of these people up to date, in the caller's transaction. */
export const refreshWelfareStatistics = (db: Db, pids: readonly (string | null | undefined)[]): Promise<void> =>
  refreshStatistics(db, WELFARE_STATISTICS, pids);
