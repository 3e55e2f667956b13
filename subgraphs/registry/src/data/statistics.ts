// The registry's maintained statistics (DOMAIN.md §5): per patient, county and period, refreshed by every write that moves them
// (a registration, a follow-up, an admission, a relapse, a green-channel referral, a change of management status).
import type { Db } from '#platform/database/db.js';
import { type MaintainedStatistics, refreshStatistics } from '#platform/statistics/maintained.js';

/** The months, quarters and year of each year `y` of a set: key, first and last day. */
const PERIODS_OF_YEAR = `(
  select to_char(make_date(y.y, m, 1), 'YYYY-MM') as period, make_date(y.y, m, 1) as first_day,
         (make_date(y.y, m, 1) + interval '1 month' - interval '1 day')::date as last_day
    from generate_series(1, 12) as m
  union all
  select y.y || '-Q' || q, make_date(y.y, q * 3 - 2, 1), (make_date(y.y, q * 3 - 2, 1) + interval '3 months' - interval '1 day')::date
    from generate_series(1, 4) as q
  union all
  select y.y::text, make_date(y.y, 1, 1), make_date(y.y, 12, 31)
)`;

/**
 * Under management, as the reference counts it: registered by a period's end, and ACTIVE or with a
 * status since its start. That holds until further notice, so it is kept as its first month
 * (`active_from`) and the first month no longer under management (`active_until`), each also
 * under its year's key (`active_from_year`, `active_until_year`; years before 2000, the first a
 * period may name, under 1999): the patients of a period are those started by its last month less
 * those ended by its first, read from the earlier years' rows and its own year's months only.
 * The other measures are facts of the periods of the years the patient has events in.
 */
export const REGISTRY_STATISTICS: MaintainedStatistics = {
  factTable: 'registry_stat_fact',
  countyTable: 'registry_stat_county',
  measures: ['active_from', 'active_until', 'active_from_year', 'active_until_year', 'relapsed', 'managed', 'regular'],
  factsSql: `with p as (
      select pid, county_code, registered_on, management_status, status_since,
             date_trunc('month', registered_on)::date as first_month,
             case when management_status = 'ACTIVE' then null
                  else greatest(date_trunc('month', status_since)::date + 1 * interval '1 month', date_trunc('month', registered_on)::date)::date end as end_month
        from patient where pid = any(cast(:units as text[]))
    ), years as (
      select distinct p.pid, ys.y from p cross join lateral (
        select extract(year from f.visit_date)::int as y from follow_up f where f.pid = p.pid
        union select extract(year from r.occurred_on)::int from relapse r where r.pid = p.pid
        union select extract(year from g.referred_on)::int from green_channel_relapse g where g.pid = p.pid
        union select extract(year from h.admitted_on)::int from hospitalization h where h.pid = p.pid and h.admitted_on > p.registered_on
      ) ys
      where cast(:years as int[]) is null or ys.y = any(cast(:years as int[]))
    ), periods as (
      select p.pid, p.county_code, p.registered_on, k.period, k.first_day, k.last_day, make_date(y.y, 1, 1) as year_first
        from years y join p on p.pid = y.pid cross join lateral ${PERIODS_OF_YEAR} k
       where p.registered_on <= k.last_day and (p.management_status = 'ACTIVE' or p.status_since >= k.first_day)
    ), figures as (
      select pr.pid as unit, pr.county_code, pr.period, 0 as active_from, 0 as active_until, 0 as active_from_year, 0 as active_until_year,
             (exists (select 1 from relapse r where r.pid = pr.pid and r.occurred_on between pr.first_day and pr.last_day)
              or exists (select 1 from green_channel_relapse g where g.pid = pr.pid and g.referred_on between pr.first_day and pr.last_day)
              or exists (select 1 from hospitalization h where h.pid = pr.pid and h.admitted_on between pr.first_day and pr.last_day
                                                          and h.admitted_on > pr.registered_on))::int as relapsed,
             coalesce((v.visits >= 4)::int, 0) as managed,
             coalesce((v.last_regular = v.last_visit)::int, 0) as regular
        from periods pr
        cross join lateral (
          -- The year's visits to the period's end; the last is the greatest (day, id), as the reference has it.
          select count(*) as visits,
                 max(array[(f.visit_date - date '2000-01-01')::bigint, f.id]) as last_visit,
                 max(array[(f.visit_date - date '2000-01-01')::bigint, f.id]) filter (where f.medication_adherence = 'REGULAR') as last_regular
            from follow_up f where f.pid = pr.pid and f.visit_date between pr.year_first and pr.last_day
        ) v
    )
    select pid as unit, county_code, to_char(first_month, 'YYYY-MM') as period, 1 as active_from, 0 as active_until, 0 as active_from_year, 0 as active_until_year,
           0 as relapsed, 0 as managed, 0 as regular from p
    union all select pid, county_code, to_char(greatest(first_month, date '1999-01-01'), 'YYYY'), 0, 0, 1, 0, 0, 0, 0 from p
    union all select pid, county_code, to_char(end_month, 'YYYY-MM'), 0, 1, 0, 0, 0, 0, 0 from p where end_month is not null
    union all select pid, county_code, to_char(greatest(end_month, date '1999-01-01'), 'YYYY'), 0, 0, 0, 1, 0, 0, 0 from p where end_month is not null
    union all
    select * from figures where relapsed + managed + regular > 0`,
  unitsSql: 'select pid as unit from patient',
};

/**
 * Brings the statistics of these patients up to date, in the caller's transaction: all of them for
 * a registration or a change of status, the year of its day only for an event (a follow-up, an
 * admission, a relapse), which moves nothing else.
 */
export const refreshRegistryStatistics = (db: Db, pids: readonly (string | null | undefined)[], eventDay?: string): Promise<void> =>
  refreshStatistics(db, REGISTRY_STATISTICS, pids, eventDay ? { years: [Number(eventDay.slice(0, 4))] } : {});
