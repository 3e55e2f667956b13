// Floor of a region's indicators with its children: the three agencies' set-based statements (as in each subgraph's data/indicators.ts), run side by side, the tree built here.
import { commonPrefix } from '#platform/statistics/region-code.js';
import type { Caller } from '#platform/identity/identity.js';
import { countyDivisions, divisionPrefix, findDivision, allDivisions } from '#platform/statistics/division.js';
import { peopleCount, rateOf } from '#platform/statistics/indicators.js';
import { PLACEMENT_WINDOW_DAYS } from '../../subgraphs/employment/src/domain/employment-rate.js';
import type { FloorPools } from './pools.js';

/** As the welfare subgraph's RehabIndicators: the action plan's targets for 2023-2025 (DOMAIN.md §5). */
const COVERAGE_TARGETS: Record<number, number> = { 2023: 0.5, 2024: 0.65, 2025: 0.8 };
const STANDARDIZED_SERVICE_TARGETS: Record<number, number> = { 2023: 0.3, 2024: 0.45, 2025: 0.6 };
const DEADLINE_WORKING_DAYS = 5;
const MIN_SERVICE_MONTHS = 3;
const WAITING_DAYS = 90;
const TRAINING_HOURS = 20;

// Per county, over the counties of the region (one index range); summed into regions below.
const REGISTRY_SQL = `
  with active as (
    select pid, county_code, registered_on from patient
     where county_code like $1 and registered_on <= $3 and (management_status = 'ACTIVE' or status_since >= $2)
  ), visits as (
    select f.pid, count(*) as visits,
           max(array[(f.visit_date - date '2000-01-01')::bigint, f.id]) as last_visit,
           max(array[(f.visit_date - date '2000-01-01')::bigint, f.id]) filter (where f.medication_adherence = 'REGULAR') as last_regular
      from follow_up f join active a on a.pid = f.pid
     where f.visit_date between $2 and $3
     group by f.pid
  ), relapsed as (
    select r.pid from relapse r join active a on a.pid = r.pid where r.occurred_on between $2 and $3
    union
    select h.pid from hospitalization h join active a on a.pid = h.pid
     where h.admitted_on between $2 and $3 and h.admitted_on > a.registered_on
  )
  select a.county_code,
         count(*) as active_patients,
         count(r.pid) as relapsed_patients,
         count(*) filter (where v.visits >= 4) as managed_patients,
         count(*) filter (where v.last_regular = v.last_visit) as regular_patients
    from active a left join visits v on v.pid = a.pid left join relapsed r on r.pid = a.pid
   group by a.county_code`;

const EMPLOYMENT_SQL = `
  select r.county_code,
         count(*) as acknowledged,
         count(*) filter (where exists (
           select 1 from placement p
            where p.pid = r.pid
              and p.started_on between (r.answered_at at time zone 'Asia/Shanghai')::date
                                   and (r.answered_at at time zone 'Asia/Shanghai')::date + $1::int
         )) as placed
    from employment_referral r
   where r.status = 'ACKNOWLEDGED'
     and r.outcome in ('EMPLOYMENT', 'SHELTERED_EMPLOYMENT')
     and r.answered_at >= $2::timestamptz and r.answered_at < $3::timestamptz
     and r.county_code like $4
   group by r.county_code`;

const chinaDay = (column: string) => `((${column} at time zone 'UTC') + interval '8 hours')::date`;

/** Regions whose county prefixes have one length: each row lands in exactly one region. $1 common prefix, $2 prefixes, $3 year start, $4 year end, $5 as-of, $6 first day, $7 last day, $8 year. */
function welfareSql(length: number): string {
  const region = (column: string) => `substr(${column}, 1, ${length})`;
  return `
    with scoped as (
      select r.*, ${region('r.county_code')} as region from referral r
       where r.county_code like $1 and ${region('r.county_code')} = any($2)
    ), registered as (
      select * from scoped where registered_at < $4 and status <> 'REJECTED' and (closed_at is null or closed_at >= $3)
    ), standardized as (
      select g.region, g.pid from registered g
       where exists (select 1 from service_agreement a where a.referral_id = g.id and a.signed_on <= $7)
         and exists (select 1 from referral_assessment x where x.referral_id = g.id and x.assessed_on between $6 and $7)
         and (select count(distinct date_trunc('month', v.service_date)) from service_record v
               where v.referral_id = g.id and v.service_date between $6 and $7) >= ${MIN_SERVICE_MONTHS}
    ), waiting as (
      select s.region, s.pid from scoped s
        join lateral (
          select t.to_status from referral_transition t where t.referral_id = s.id and t.at < $5 order by t.at desc, t.id desc limit 1
        ) latest on true
       where latest.to_status in ('REGISTERED', 'WAITLISTED') and s.registered_at < cast($5 as timestamptz) - interval '${WAITING_DAYS} days'
    ), reviewed as (
      select s.region, (done.ordinal - began.ordinal) <= ${DEADLINE_WORKING_DAYS} as on_time from scoped s
        join working_day_calendar began on began.day = ${chinaDay('s.submitted_at')}
        join working_day_calendar done on done.day = ${chinaDay('s.reviewed_at')}
       where s.reviewed_at >= $3 and s.reviewed_at < $4
    ), dispatched as (
      select s.region, (done.ordinal - began.ordinal) <= ${DEADLINE_WORKING_DAYS} as on_time from scoped s
        join working_day_calendar began on began.day = ${chinaDay('s.registered_at')}
        join working_day_calendar done on done.day = ${chinaDay('s.dispatched_at')}
       where s.dispatched_at >= $3 and s.dispatched_at < $4
    ), covered as (
      -- An institution's first service of the year is enough: the date index answers that per institution.
      select distinct i.county_code from institution i
       where i.county_code like $1 and ${region('i.county_code')} = any($2)
         and exists (select 1 from service_record v where v.institution_id = i.id and v.service_date between $6 and $7)
    ), staff as (
      select ${region('i.county_code')} as region, coalesce(tr.hours, 0) >= ${TRAINING_HOURS} as trained
        from institution_staff st join institution i on i.id = st.institution_id
        left join staff_training tr on tr.staff_id = st.id and tr.year = $8
       where st.direct_service and i.county_code like $1 and ${region('i.county_code')} = any($2)
    ), accepted as (
      select region, count(*) as accepted, avg(extract(epoch from (accepted_at - registered_at)) / 86400.0) as mean_waiting_days from scoped
       where accepted_at >= $3 and accepted_at < $4 and registered_at is not null group by region
    )
    -- Every set is grouped by region once and joined: a subquery per region would rescan the set for each.
    select p.region,
           coalesce(c.n, 0) as counties_covered,
           coalesce(g.n, 0) as registered_recipients,
           coalesce(sd.n, 0) as standardized_recipients,
           coalesce(w.n, 0) as waiting_over_90,
           coalesce(a.accepted, 0) as accepted,
           a.mean_waiting_days,
           coalesce(v.n, 0) as reviewed,
           coalesce(v.on_time, 0) as reviewed_on_time,
           coalesce(d.n, 0) as dispatched,
           coalesce(d.on_time, 0) as dispatched_on_time,
           coalesce(f.n, 0) as direct_service_staff,
           coalesce(f.trained, 0) as trained_staff
      from unnest(cast($2 as text[])) as p(region)
      left join (select ${region('county_code')} as region, count(*) as n from covered group by 1) c on c.region = p.region
      left join (select region, count(distinct pid) as n from registered group by region) g on g.region = p.region
      left join (select region, count(distinct pid) as n from standardized group by region) sd on sd.region = p.region
      left join (select region, count(distinct pid) as n from waiting group by region) w on w.region = p.region
      left join accepted a on a.region = p.region
      left join (select region, count(*) as n, count(*) filter (where on_time) as on_time from reviewed group by region) v on v.region = p.region
      left join (select region, count(*) as n, count(*) filter (where on_time) as on_time from dispatched group by region) d on d.region = p.region
      left join (select region, count(*) as n, count(*) filter (where trained) as trained from staff group by region) f on f.region = p.region`;
}

interface WelfareRow {
  region: string;
  counties_covered: number;
  registered_recipients: number;
  standardized_recipients: number;
  waiting_over_90: number;
  accepted: number;
  mean_waiting_days: number | null;
  reviewed: number;
  reviewed_on_time: number;
  dispatched: number;
  dispatched_on_time: number;
  direct_service_staff: number;
  trained_staff: number;
}

interface CountyCells {
  county_code: string;
  [cell: string]: string | number;
}

export interface IndicatorFigures {
  regionCode: string;
  year: number;
  countiesTotal: number;
  coverageTarget: number | null;
  standardizedServiceTarget: number | null;
  countiesCovered: number;
  coverageRate: number;
  registeredRecipients: number | null;
  standardizedRecipients: number | null;
  standardizedServiceRate: number | null;
  meanWaitingDays: number | null;
  waitingOver90Days: number | null;
  registrationOnTimeRate: number | null;
  dispatchOnTimeRate: number | null;
  staffTrainingComplianceRate: number | null;
  employmentRate: number | null;
  employmentReferralsAcknowledged: number | null;
  employmentReferralsPlaced: number | null;
  relapseRate: number | null;
  managementRate: number | null;
  regularMedicationRate: number | null;
  registryActivePatients: number | null;
  registryRelapsedPatients: number | null;
}

export interface IndicatorsAnswer {
  rehabIndicators: IndicatorFigures & { children: IndicatorFigures[] };
}

/** Sums the named per-county cells over the counties of one region. */
function sumOver(rows: readonly CountyCells[], prefix: string, cells: readonly string[]): Record<string, number> {
  const sums = Object.fromEntries(cells.map((cell) => [cell, 0]));
  for (const row of rows) {
    if (!row.county_code.startsWith(prefix)) continue;
    for (const cell of cells) sums[cell]! += Number(row[cell]);
  }
  return sums;
}

async function welfareRows(pools: FloorPools, prefixes: readonly string[], year: number): Promise<Map<string, WelfareRow>> {
  const byLength = new Map<number, string[]>();
  for (const prefix of prefixes) byLength.set(prefix.length, [...new Set([...(byLength.get(prefix.length) ?? []), prefix])]);
  const yearStart = `${year}-01-01T00:00:00+08:00`;
  const yearEnd = `${year + 1}-01-01T00:00:00+08:00`;
  const asOf = new Date(Math.min(Date.now(), Date.parse(yearEnd))).toISOString();
  const results = await Promise.all(
    [...byLength].map(([length, group]) =>
      pools.welfare.query<WelfareRow>(welfareSql(length), [`${commonPrefix(group)}%`, group, yearStart, yearEnd, asOf, `${year}-01-01`, `${year}-12-31`, year]),
    ),
  );
  return new Map(results.flatMap((result) => result.rows.map((row) => [row.region, row] as const)));
}

export async function indicatorsFloor(pools: FloorPools, caller: Caller, regionCode: string, year: number): Promise<IndicatorsAnswer> {
  if (!findDivision(regionCode)) throw new Error('the floor takes a division code');
  // The welfare subgraph lists the children from its division table (GB/T 2260, loaded from the same package), in code order.
  const children = allDivisions()
    .filter((division) => division.parentCode === regionCode && division.code !== regionCode)
    .map((division) => division.code)
    .sort();
  const codes = [regionCode, ...children];
  const prefixes = codes.map(divisionPrefix);
  const like = `${commonPrefix(prefixes)}%`;
  const [registry, welfare, employment] = await Promise.all([
    pools.registry.query<CountyCells>(REGISTRY_SQL, [like, `${year}-01-01`, `${year}-12-31`]),
    welfareRows(pools, prefixes, year),
    pools.employment.query<CountyCells>(EMPLOYMENT_SQL, [PLACEMENT_WINDOW_DAYS, `${year}-01-01T00:00:00+08:00`, `${year + 1}-01-01T00:00:00+08:00`, like]),
  ]);
  const figuresOf = (code: string, prefix: string): IndicatorFigures => {
    const r = sumOver(registry.rows, prefix, ['active_patients', 'relapsed_patients', 'managed_patients', 'regular_patients']);
    const e = sumOver(employment.rows, prefix, ['acknowledged', 'placed']);
    const w = welfare.get(prefix);
    const count = (value: number | undefined) => Number(value ?? 0);
    const countiesTotal = countyDivisions().filter((county) => county.code.startsWith(prefix)).length;
    const covered = count(w?.counties_covered);
    const registered = count(w?.registered_recipients);
    const standardized = count(w?.standardized_recipients);
    const accepted = count(w?.accepted);
    const direct = count(w?.direct_service_staff);
    const mean = w?.mean_waiting_days === null || w?.mean_waiting_days === undefined ? null : Number(w.mean_waiting_days);
    return {
      regionCode: code,
      year,
      countiesTotal,
      coverageTarget: COVERAGE_TARGETS[year] ?? null,
      standardizedServiceTarget: STANDARDIZED_SERVICE_TARGETS[year] ?? null,
      countiesCovered: covered,
      coverageRate: countiesTotal === 0 ? 0 : covered / countiesTotal,
      registeredRecipients: peopleCount(caller, registered),
      standardizedRecipients: peopleCount(caller, standardized),
      standardizedServiceRate: rateOf(caller, standardized, registered),
      meanWaitingDays: mean === null ? null : (peopleCount(caller, accepted), mean),
      waitingOver90Days: peopleCount(caller, count(w?.waiting_over_90)),
      registrationOnTimeRate: rateOf(caller, count(w?.reviewed_on_time), count(w?.reviewed)),
      dispatchOnTimeRate: rateOf(caller, count(w?.dispatched_on_time), count(w?.dispatched)),
      staffTrainingComplianceRate: direct === 0 ? null : count(w?.trained_staff) / direct,
      employmentRate: rateOf(caller, e.placed!, e.acknowledged!),
      employmentReferralsAcknowledged: peopleCount(caller, e.acknowledged!),
      employmentReferralsPlaced: peopleCount(caller, e.placed!),
      relapseRate: rateOf(caller, r.relapsed_patients!, r.active_patients!),
      managementRate: rateOf(caller, r.managed_patients!, r.active_patients!),
      regularMedicationRate: rateOf(caller, r.regular_patients!, r.active_patients!),
      registryActivePatients: peopleCount(caller, r.active_patients!),
      registryRelapsedPatients: peopleCount(caller, r.relapsed_patients!),
    };
  };
  return {
    rehabIndicators: {
      ...figuresOf(regionCode, prefixes[0]!),
      children: children.map((code, index) => figuresOf(code, prefixes[index + 1]!)),
    },
  };
}
