// The reference for the platform's indicator cells (DOMAIN.md §5): computed from scratch over the person-level rows, for many
// regions of one period, one SQL statement per level of division asked. The maintained statistics must equal it; the bench's floor runs it.
import { commonPrefix, regionPrefixOf } from '#platform/statistics/region-code.js';
import type { Db } from '#platform/database/db.js';
import type { IndicatorStatement } from '#platform/statistics/indicators.js';
import type { Period } from '#platform/statistics/period.js';
import { DEFAULT_ASSESSMENT_INTERVAL_MONTHS } from '../domain/assessment-schedule.js';

/**
 * Counts behind the welfare indicators; rates are built from them so that suppression follows the counts.
 * Those behind the yearly targets (coverage, standardized service) and the staff's training run
 * from the year's start to the period's end; the waiting count is taken at the period's end; the
 * rest are flows within the period (DOMAIN.md §5).
 */
export interface WelfareIndicatorCells {
  /** Counties with an institution that recorded a service in the year to the period's end. */
  countiesCovered: number;
  /** People with a registered, not rejected referral in the region that was open at some time in the year to the period's end. */
  registeredRecipients: number;
  /** Of these, with a signed agreement, an assessment in the year to the period's end and services in at least 3 months of it. */
  standardizedRecipients: number;
  /** People whose referral was waiting (REGISTERED or WAITLISTED) for more than 90 days at the period's end, or now. */
  waitingOver90Days: number;
  /** Referrals accepted in the period, and their mean days from registration. */
  acceptedReferrals: number;
  meanWaitingDays: number | null;
  /** Referrals reviewed in the period, and those reviewed within 5 working days of submission. */
  reviewedReferrals: number;
  reviewedOnTime: number;
  /** Referrals dispatched in the period, and those dispatched within 5 working days of registration. */
  dispatchedReferrals: number;
  dispatchedOnTime: number;
  /** Direct-service staff of the region's institutions, and those with at least 20 training hours in the year. */
  directServiceStaff: number;
  trainedStaff: number;
  /** Periodic assessments due in the period (recorded in it, or due in it and still missing), and those done by their due day. */
  assessmentsDue: number;
  assessmentsOnTime: number;
}

export const EMPTY: WelfareIndicatorCells = {
  countiesCovered: 0,
  registeredRecipients: 0,
  standardizedRecipients: 0,
  waitingOver90Days: 0,
  acceptedReferrals: 0,
  meanWaitingDays: null,
  reviewedReferrals: 0,
  reviewedOnTime: 0,
  dispatchedReferrals: 0,
  dispatchedOnTime: 0,
  directServiceStaff: 0,
  trainedStaff: 0,
  assessmentsDue: 0,
  assessmentsOnTime: 0,
};

/**
 * Where a statement finds the period's flows (reviewed, dispatched, accepted) and the recipients
 * served to standard: counted from the referrals (the reference), or read from the maintained sums
 * per county and period.
 */
export type FlowSource = { from: 'referrals' } | { from: 'countySums'; table: string };
/** The levels of division (prefix lengths) the maintained sums count people once at: the country, provinces, cities and counties. */
const PREFIX_LENGTHS = [0, 2, 4, 6];
const FROM_REFERRALS: FlowSource = { from: 'referrals' };
/** Maintained waits are kept in microseconds. */
const MICROSECONDS_PER_DAY = 86_400_000_000;

/** DOMAIN.md §4: review and dispatch are each due within 5 working days. */
export const DEADLINE_WORKING_DAYS = 5;
export const MIN_SERVICE_MONTHS = 3;
const WAITING_DAYS = 90;
const TRAINING_HOURS = 20;

/** A timestamp's day in China Standard Time (UTC+8 all year), whatever the session's time zone. */
const chinaDay = (column: string) => `((${column} at time zone 'UTC') + interval '8 hours')::date`;

/**
 * Everything for regions whose county prefixes have one length: rows are grouped by the
 * first `length` digits of their county code, so each row lands in exactly one region and
 * people are counted once per region.
 */
function statementFor(length: number, source: FlowSource, current: boolean): string {
  if (source.from === 'countySums' && !PREFIX_LENGTHS.includes(length)) throw new RangeError('not a level of division');
  const region = (column: string) => `substr(${column}, 1, ${length})`;
  const flows = source.from === 'referrals';
  const flow = (text: string) => (flows ? text : '');
  const sums = (text: string) => (flows ? '' : text);
  // Beside the sums, the cases waiting now and those in service are read from the referrals of their status alone
  // (by status and county); a past period's waiting count still replays the transitions.
  const inRegion = (alias: string) => `${alias}.county_code like :common and ${region(`${alias}.county_code`)} = any(:prefixes)`;
  const waitingNow = !flows && current;
  return `
    with scoped as (
      select r.*, ${region('r.county_code')} as region from referral r
       where r.county_code like :common and ${region('r.county_code')} = any(:prefixes)
    ), registered as (
      select * from scoped
       where registered_at < :periodEnd and status <> 'REJECTED' and (closed_at is null or closed_at >= :yearStart)
${flow(`    ), standardized as (
      select g.region, g.pid from registered g
       where exists (select 1 from service_agreement a where a.referral_id = g.id and a.signed_on <= :lastDay)
         and exists (select 1 from referral_assessment x where x.referral_id = g.id and x.assessed_on between :firstDay and :lastDay)
         and (select count(distinct date_trunc('month', v.service_date)) from service_record v
               where v.referral_id = g.id and v.service_date between :firstDay and :lastDay) >= ${MIN_SERVICE_MONTHS}
`)}    ), waiting as (${
    waitingNow
      ? `
      select ${region('r.county_code')} as region, r.pid from referral r
       where r.status in ('REGISTERED', 'WAITLISTED') and ${inRegion('r')}
         and r.registered_at < cast(:asOf as timestamptz) - interval '${WAITING_DAYS} days'`
      : `
      select s.region, s.pid from scoped s
        join lateral (
          select t.to_status from referral_transition t where t.referral_id = s.id and t.at < :asOf order by t.at desc, t.id desc limit 1
        ) latest on true
       where latest.to_status in ('REGISTERED', 'WAITLISTED') and s.registered_at < cast(:asOf as timestamptz) - interval '${WAITING_DAYS} days'`
  }
${flow(`    ), reviewed as (
      select s.region, (done.ordinal - began.ordinal) <= ${DEADLINE_WORKING_DAYS} as on_time from scoped s
        join working_day_calendar began on began.day = ${chinaDay('s.submitted_at')}
        join working_day_calendar done on done.day = ${chinaDay('s.reviewed_at')}
       where s.reviewed_at >= :periodStart and s.reviewed_at < :periodEnd
    ), dispatched as (
      select s.region, (done.ordinal - began.ordinal) <= ${DEADLINE_WORKING_DAYS} as on_time from scoped s
        join working_day_calendar began on began.day = ${chinaDay('s.registered_at')}
        join working_day_calendar done on done.day = ${chinaDay('s.dispatched_at')}
       where s.dispatched_at >= :periodStart and s.dispatched_at < :periodEnd
`)}    ), covered as (
      -- An institution's first service of the year is enough: the date index answers that per institution.
      select distinct i.county_code from institution i
       where i.county_code like :common and ${region('i.county_code')} = any(:prefixes)
         and exists (select 1 from service_record v where v.institution_id = i.id and v.service_date between :firstDay and :lastDay)
    ), staff as (
      select ${region('i.county_code')} as region, coalesce(tr.hours, 0) >= ${TRAINING_HOURS} as trained
        from institution_staff st join institution i on i.id = st.institution_id
        left join staff_training tr on tr.staff_id = st.id and tr.year = :year
       where st.direct_service and i.county_code like :common and ${region('i.county_code')} = any(:prefixes)
    ), assessed as (
      -- Each periodic assessment of the year, on time when done by the interval after the previous one or the start of service.
      select s.region, coalesce(x.assessed_on <= (greatest(
               (select max(${chinaDay('t.at')}) from referral_transition t
                 where t.referral_id = s.id and t.from_status = 'ASSESSED' and t.to_status = 'IN_SERVICE' and ${chinaDay('t.at')} <= x.assessed_on),
               (select max(y.assessed_on) from referral_assessment y
                 where y.referral_id = s.id and y.kind in ('PERIODIC', 'REASSESSMENT') and (y.assessed_on, y.id) < (x.assessed_on, x.id))
             ) + make_interval(months => :intervalMonths))::date, true) as on_time
        from scoped s join referral_assessment x on x.referral_id = s.id and x.kind = 'PERIODIC'
       where x.assessed_on between :periodFirstDay and :lastDay
    ), missed as (
      -- Cases in service now whose assessment fell due in the period, before today, and was not done: late.
      select ${flows ? 's.region from scoped s' : `${region('s.county_code')} as region from referral s`}
       where s.status = 'IN_SERVICE'${flows ? '' : ` and ${inRegion('s')}`}
         and (greatest(
               (select max(${chinaDay('t.at')}) from referral_transition t where t.referral_id = s.id and t.from_status = 'ASSESSED' and t.to_status = 'IN_SERVICE'),
               (select max(y.assessed_on) from referral_assessment y where y.referral_id = s.id and y.kind in ('PERIODIC', 'REASSESSMENT'))
             ) + make_interval(months => :intervalMonths))::date between :periodFirstDay and least(cast(:lastDay as date), ${chinaDay('cast(:asOf as timestamptz)')} - 1)
${flow(`    ), accepted as (
      select region, count(*) as accepted, avg(extract(epoch from (accepted_at - registered_at)) / 86400.0) as mean_waiting_days from scoped
       where accepted_at >= :periodStart and accepted_at < :periodEnd and registered_at is not null group by region
`)}${sums(`    ), flows as (
      select ${region('county_code')} as region, sum(reviewed) as reviewed, sum(reviewed_on_time) as reviewed_on_time,
             sum(dispatched) as dispatched, sum(dispatched_on_time) as dispatched_on_time, sum(accepted) as accepted, sum(waiting_us) as waiting_us,
             sum(standardized)${length < 6 ? ` - sum(standardized_dup${length})` : ''} as standardized
        from ${source.from === 'countySums' ? source.table : ''} where period = :periodKey and county_code like :common group by 1
`)}    )
    -- Every set is grouped by region once and joined: a subquery per region would rescan the set for each.
    select p.region,
           coalesce(c.n, 0) as counties_covered,
           coalesce(g.n, 0) as registered_recipients,
           ${flows ? 'coalesce(sd.n, 0)' : 'coalesce(fl.standardized, 0)'} as standardized_recipients,
           coalesce(w.n, 0) as waiting_over_90,
${flow(`           coalesce(a.accepted, 0) as accepted,
           a.mean_waiting_days,
           coalesce(v.n, 0) as reviewed,
           coalesce(v.on_time, 0) as reviewed_on_time,
           coalesce(d.n, 0) as dispatched,
           coalesce(d.on_time, 0) as dispatched_on_time,
`)}${sums(`           coalesce(fl.accepted, 0) as accepted,
           fl.waiting_us / nullif(fl.accepted, 0) / ${MICROSECONDS_PER_DAY}.0 as mean_waiting_days,
           coalesce(fl.reviewed, 0) as reviewed,
           coalesce(fl.reviewed_on_time, 0) as reviewed_on_time,
           coalesce(fl.dispatched, 0) as dispatched,
           coalesce(fl.dispatched_on_time, 0) as dispatched_on_time,
`)}           coalesce(f.n, 0) as direct_service_staff,
           coalesce(f.trained, 0) as trained_staff,
           coalesce(x.n, 0) + coalesce(m.n, 0) as assessments_due,
           coalesce(x.on_time, 0) as assessments_on_time
      from unnest(cast(:prefixes as text[])) as p(region)
      left join (select ${region('county_code')} as region, count(*) as n from covered group by 1) c on c.region = p.region
      left join (select region, count(distinct pid) as n from registered group by region) g on g.region = p.region
${flow(`      left join (select region, count(distinct pid) as n from standardized group by region) sd on sd.region = p.region
`)}      left join (select region, count(distinct pid) as n from waiting group by region) w on w.region = p.region
${flow(`      left join accepted a on a.region = p.region
      left join (select region, count(*) as n, count(*) filter (where on_time) as on_time from reviewed group by region) v on v.region = p.region
      left join (select region, count(*) as n, count(*) filter (where on_time) as on_time from dispatched group by region) d on d.region = p.region
`)}${sums(`      left join flows fl on fl.region = p.region
`)}      left join (select region, count(*) as n, count(*) filter (where trained) as trained from staff group by region) f on f.region = p.region
      left join (select region, count(*) as n, count(*) filter (where on_time) as on_time from assessed group by region) x on x.region = p.region
      left join (select region, count(*) as n from missed group by region) m on m.region = p.region`;
}

/** A statement's rows: per region prefix, the counts behind its cells. */
export type WelfareRegionRow = Record<string, string | number | null> & { region: string };

const count = (value: string | number | null | undefined): number => Number(value ?? 0);

/** Mean days of waiting to a millionth of a day (under a tenth of a second): the same whichever way the mean was summed. */
export const meanWaitingDaysOf = (days: number): number => Math.round(days * 1e6) / 1e6;

export function toCells(row: WelfareRegionRow | undefined): WelfareIndicatorCells {
  if (!row) return { ...EMPTY };
  return {
    countiesCovered: count(row.counties_covered),
    registeredRecipients: count(row.registered_recipients),
    standardizedRecipients: count(row.standardized_recipients),
    waitingOver90Days: count(row.waiting_over_90),
    acceptedReferrals: count(row.accepted),
    meanWaitingDays: row.mean_waiting_days === null || row.mean_waiting_days === undefined ? null : meanWaitingDaysOf(Number(row.mean_waiting_days)),
    reviewedReferrals: count(row.reviewed),
    reviewedOnTime: count(row.reviewed_on_time),
    dispatchedReferrals: count(row.dispatched),
    dispatchedOnTime: count(row.dispatched_on_time),
    directServiceStaff: count(row.direct_service_staff),
    trainedStaff: count(row.trained_staff),
    assessmentsDue: count(row.assessments_due),
    assessmentsOnTime: count(row.assessments_on_time),
  };
}

/**
 * The platform's indicators from scratch: one statement per length of the regions' county
 * prefixes (a level of division). `now` bounds the current period's waiting count; `flows` says
 * where the period's flows (reviewed, dispatched, accepted) and the recipients served to standard come from.
 * `referenceIndicatorsFor` runs them, as do `indicatorsFor` and the bench's floor.
 */
export function indicatorStatements(
  codes: readonly string[],
  period: Period,
  options: { intervalMonths: number; now?: Date; flows?: FlowSource } = { intervalMonths: DEFAULT_ASSESSMENT_INTERVAL_MONTHS },
): IndicatorStatement[] {
  const now = options.now ?? new Date();
  const byLength = new Map<number, string[]>();
  for (const prefix of codes.map(regionPrefixOf)) if (prefix !== null) byLength.set(prefix.length, [...(byLength.get(prefix.length) ?? []), prefix]);
  const asOf = new Date(Math.min(now.getTime(), Date.parse(period.end))).toISOString();
  return [...byLength].map(([length, group]) => {
    const unique = [...new Set(group)];
    return {
      sql: statementFor(length, options.flows ?? FROM_REFERRALS, now.getTime() < Date.parse(period.end)),
      bindings: {
        common: `${commonPrefix(unique)}%`,
        prefixes: unique,
        yearStart: period.yearStart,
        periodStart: period.start,
        periodEnd: period.end,
        periodKey: period.key,
        asOf,
        firstDay: `${period.year}-01-01`,
        periodFirstDay: period.firstDay,
        lastDay: period.lastDay,
        year: period.year,
        intervalMonths: options.intervalMonths,
      },
    };
  });
}

/** The cells of each region, in the order of `codes`, from the rows of all its statements. */
export function indicatorCells(codes: readonly string[], rows: readonly WelfareRegionRow[]): WelfareIndicatorCells[] {
  const byRegion = new Map(rows.map((row) => [row.region, row]));
  return codes.map(regionPrefixOf).map((prefix) => (prefix === null ? { ...EMPTY } : toCells(byRegion.get(prefix))));
}

/**
 * The cells of each region of one period; `now` bounds the current period's waiting count. From
 * scratch unless `flows` names the table of sums per county and period that holds the period's flows.
 */
export async function referenceIndicatorsFor(
  db: Db,
  codes: readonly string[],
  period: Period,
  options: { intervalMonths: number; now?: Date; flows?: FlowSource },
): Promise<WelfareIndicatorCells[]> {
  const rows: WelfareRegionRow[] = [];
  for (const statement of indicatorStatements(codes, period, options)) {
    const { rows: found } = (await db.raw(statement.sql, statement.bindings)) as { rows: WelfareRegionRow[] };
    rows.push(...found);
  }
  return indicatorCells(codes, rows);
}
