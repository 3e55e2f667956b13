// The federation's maintained statistics (DOMAIN.md §5, employment rate): per person, county and period, the referrals to work
// acknowledged and those placed within 180 days; refreshed by every write that moves them (an answer, a placement).
import type { Db } from '#platform/database/db.js';
import { chinaDayOf, type MaintainedStatistics, periodsOfDay, refreshStatistics } from '#platform/statistics/maintained.js';
import { PLACEMENT_WINDOW_DAYS } from '../domain/employment-rate.js';

export const EMPLOYMENT_STATISTICS: MaintainedStatistics = {
  factTable: 'employment_stat_fact',
  countyTable: 'employment_stat_county',
  measures: ['acknowledged', 'placed'],
  // A referral counts in the periods of its answer's China day; placed when a placement of the
  // person starts on that day or within the window after it (a later placement is a write that refreshes the person).
  factsSql: `select r.pid as unit, r.county_code, p.period, count(*)::int as acknowledged, count(*) filter (where r.placed)::int as placed
      from (select r.pid, r.county_code, ${chinaDayOf('r.answered_at')} as day,
                   exists (select 1 from placement pl where pl.pid = r.pid
                            and pl.started_on between ${chinaDayOf('r.answered_at')} and ${chinaDayOf('r.answered_at')} + ${PLACEMENT_WINDOW_DAYS}) as placed
              from employment_referral r
             where r.pid = any(cast(:units as text[])) and r.status = 'ACKNOWLEDGED'
               and r.outcome in ('EMPLOYMENT', 'SHELTERED_EMPLOYMENT') and r.answered_at is not null) r
     cross join lateral ${periodsOfDay('r.day')} as p(period)
     group by r.pid, r.county_code, p.period`,
  unitsSql: `select pid as unit from employment_referral where status = 'ACKNOWLEDGED'`,
};

/** Brings the statistics of these people up to date, in the caller's transaction. */
export const refreshEmploymentStatistics = (db: Db, pids: readonly (string | null | undefined)[]): Promise<void> =>
  refreshStatistics(db, EMPLOYMENT_STATISTICS, pids);
