// The platform's maintained statistics (DOMAIN.md §5): per person, county and period, the flows of the referral workflow
// (reviewed, dispatched, accepted, each with its deadline or waiting time); refreshed by every transition, which stamps them.
import type { Db } from '#platform/database/db.js';
import { chinaDayOf, type MaintainedStatistics, periodsOfDay, refreshStatistics } from '#platform/statistics/maintained.js';
import { DEADLINE_WORKING_DAYS, MIN_SERVICE_MONTHS } from './indicators-reference.js';

/**
 * A flow of a referral: its day in China, and whether it met its deadline of working days from `since`; a day the
 * calendar lacks leaves the flow out, as in the reference. Each day is looked up by its key (the limit keeps the planner from hashing the whole calendar for one person).
 */
const flow = (stamp: string, since: string, measure: string) => `
  select r.pid, r.county_code, ${chinaDayOf(`r.${stamp}`)} as day, '${measure}' as measure,
         (done.ordinal - began.ordinal) <= ${DEADLINE_WORKING_DAYS} as on_time, 0::bigint as waiting_us
    from referral r
    join lateral (select c.ordinal from working_day_calendar c where c.day = ${chinaDayOf(`r.${since}`)} limit 1) began on true
    join lateral (select c.ordinal from working_day_calendar c where c.day = ${chinaDayOf(`r.${stamp}`)} limit 1) done on true
   where r.pid = any(cast(:units as text[])) and r.${stamp} is not null`;

/** A day as a key of its year, and the days of its year. */
const yearStart = (year: string) => `make_date(${year}, 1, 1)`;
const yearEnd = (year: string) => `make_date(${year}, 12, 31)`;

/** The periods of a day's year that end on or after it (month, quarter, year): those whose year to date includes the day. */
const periodsToDateOf = (day: string): string => `(
    select to_char(make_date(extract(year from ${day})::int, month.n, 1), 'YYYY-MM') from generate_series(extract(month from ${day})::int, 12) month(n)
    union all select to_char(${day}, 'YYYY') || '-Q' || quarter.n from generate_series(extract(quarter from ${day})::int, 4) quarter(n)
    union all select to_char(${day}, 'YYYY'))`;

/**
 * Recipients served to standard in a year (DOMAIN.md §5): a registered, not rejected referral, open at some time in
 * the year, with a signed agreement, an assessment in the year and services in 3 distinct months of it. Each condition
 * only grows as the year goes on, so a referral counts from the first day all hold, in every period of the year to date.
 */
const standardizedSql = `
  select q.pid, q.county_code, p.period
    from (select r.pid, r.county_code, y.year, agreement.signed, assessment.assessed, service.third,
                 greatest(${chinaDayOf('r.registered_at')}, agreement.signed, assessment.assessed, service.third) as day
            from referral r
           cross join lateral (select distinct extract(year from v.service_date)::int as year from service_record v where v.referral_id = r.id) y
           cross join lateral (select min(a.signed_on) as signed from service_agreement a where a.referral_id = r.id) agreement
           cross join lateral (
             select min(x.assessed_on) as assessed from referral_assessment x
              where x.referral_id = r.id and x.assessed_on between ${yearStart('y.year')} and ${yearEnd('y.year')}) assessment
           cross join lateral (
             select (array_agg(m.began order by m.began))[${MIN_SERVICE_MONTHS}] as third
               from (select min(v.service_date) as began from service_record v
                      where v.referral_id = r.id and v.service_date between ${yearStart('y.year')} and ${yearEnd('y.year')}
                      group by date_trunc('month', v.service_date)) m) service
           where r.pid = any(cast(:units as text[])) and r.registered_at is not null and r.status <> 'REJECTED'
             and (r.closed_at is null or ${chinaDayOf('r.closed_at')} >= ${yearStart('y.year')})) q
   cross join lateral ${periodsToDateOf('q.day')} as p(period)
   where q.signed is not null and q.assessed is not null and q.third is not null and extract(year from q.day) = q.year`;

/**
 * Levels of division below the country (prefix lengths) at which a person counted in two counties is one person:
 * `standardized_dup<length>` marks the person's rows after the first among counties sharing that prefix.
 */
export const DISTINCT_PREFIX_LENGTHS = [0, 2, 4] as const;
const duplicate = (length: number) =>
  `(standardized = 1 and count(*) filter (where standardized = 1)
      over (partition by unit, period, left(county_code, ${length}) order by county_code rows between unbounded preceding and current row) > 1)::int
    as standardized_dup${length}`;

export const WELFARE_STATISTICS: MaintainedStatistics = {
  factTable: 'welfare_stat_fact',
  countyTable: 'welfare_stat_county',
  measures: [
    'reviewed',
    'reviewed_on_time',
    'dispatched',
    'dispatched_on_time',
    'accepted',
    'waiting_us',
    'standardized',
    ...DISTINCT_PREFIX_LENGTHS.map((length) => `standardized_dup${length}`),
  ],
  // A referral's flows count in the periods of each stamp's China day, in its county now (a transfer moves its flows with it,
  // as the reference counts them). The deadlines count working days in working_day_calendar, as the reference does:
  // a refill of the calendar rebuilds the statistics. Waiting is kept in microseconds, so its mean is exact. A person
  // served to standard counts once per county, with the marks that make them one person at each level above.
  factsSql: `select unit, county_code, period, reviewed, reviewed_on_time, dispatched, dispatched_on_time, accepted, waiting_us, standardized,
          ${DISTINCT_PREFIX_LENGTHS.map(duplicate).join(', ')}
     from (select f.pid as unit, f.county_code, f.period,
                  count(*) filter (where f.measure = 'reviewed')::int as reviewed,
                  count(*) filter (where f.measure = 'reviewed' and f.on_time)::int as reviewed_on_time,
                  count(*) filter (where f.measure = 'dispatched')::int as dispatched,
                  count(*) filter (where f.measure = 'dispatched' and f.on_time)::int as dispatched_on_time,
                  count(*) filter (where f.measure = 'accepted')::int as accepted,
                  coalesce(sum(f.waiting_us), 0)::bigint as waiting_us,
                  (count(*) filter (where f.measure = 'standardized') > 0)::int as standardized
             from (select s.pid, s.county_code, p.period, s.measure, s.on_time, s.waiting_us
                     from (${flow('reviewed_at', 'submitted_at', 'reviewed')}
                           union all ${flow('dispatched_at', 'registered_at', 'dispatched')}
                           union all
                           select r.pid, r.county_code, ${chinaDayOf('r.accepted_at')}, 'accepted', null,
                                  (extract(epoch from (r.accepted_at - r.registered_at)) * 1000000)::bigint
                             from referral r
                            where r.pid = any(cast(:units as text[])) and r.accepted_at is not null and r.registered_at is not null) s
                    cross join lateral ${periodsOfDay('s.day')} as p(period)
                   union all
                   select d.pid, d.county_code, d.period, 'standardized', null, 0 from (${standardizedSql}) d) f
            group by f.pid, f.county_code, f.period) g`,
  unitsSql: `select pid as unit from referral`,
};

/** Brings the statistics of these people up to date, in the caller's transaction. */
export const refreshWelfareStatistics = (db: Db, pids: readonly (string | null | undefined)[]): Promise<void> =>
  refreshStatistics(db, WELFARE_STATISTICS, pids);

/** Brings the statistics of a referral's person up to date (after a record of the case: an agreement, an assessment, a service). */
export async function refreshWelfareStatisticsOfReferral(db: Db, referralId: string): Promise<void> {
  const row = (await db('referral').where({ id: referralId }).first('pid')) as { pid: string } | undefined;
  await refreshWelfareStatistics(db, [row?.pid]);
}
