// The platform's indicator cells (DOMAIN.md §5) for many regions of one year: one SQL statement per level of division asked.
import type { Db } from '../../../shared/src/db.js';
import { divisionPrefix, findDivision } from '../../../shared/src/division.js';
import { NATIONWIDE } from '../../../shared/src/auth/identity.js';

/** Counts behind the welfare indicators; rates are built from them so that suppression follows the counts. */
export interface WelfareIndicatorCells {
  /** Counties with an institution that recorded a service in the year. */
  countiesCovered: number;
  /** People with a registered, not rejected referral in the region that was open at some time in the year. */
  registeredRecipients: number;
  /** Of these, with a signed agreement, an assessment in the year and services in at least 3 months of it. */
  standardizedRecipients: number;
  /** People whose referral was waiting (REGISTERED or WAITLISTED) for more than 90 days at the year's end, or now. */
  waitingOver90Days: number;
  /** Referrals accepted in the year, and their mean days from registration. */
  acceptedReferrals: number;
  meanWaitingDays: number | null;
  /** Referrals reviewed in the year, and those reviewed within 5 working days of submission. */
  reviewedReferrals: number;
  reviewedOnTime: number;
  /** Referrals dispatched in the year, and those dispatched within 5 working days of registration. */
  dispatchedReferrals: number;
  dispatchedOnTime: number;
  /** Direct-service staff of the region's institutions, and those with at least 20 training hours in the year. */
  directServiceStaff: number;
  trainedStaff: number;
}

const EMPTY: WelfareIndicatorCells = {
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
};

/** DOMAIN.md §4: review and dispatch are each due within 5 working days. */
const DEADLINE_WORKING_DAYS = 5;
const MIN_SERVICE_MONTHS = 3;
const WAITING_DAYS = 90;
const TRAINING_HOURS = 20;

function prefixOf(code: string): string | null {
  if (code === NATIONWIDE) return '';
  return findDivision(code) ? divisionPrefix(code) : null;
}

function commonPrefix(prefixes: readonly string[]): string {
  let common = prefixes[0] ?? '';
  for (const prefix of prefixes) while (!prefix.startsWith(common)) common = common.slice(0, -1);
  return common;
}

/** A timestamp's day in China Standard Time (UTC+8 all year), whatever the session's time zone. */
const chinaDay = (column: string) => `((${column} at time zone 'UTC') + interval '8 hours')::date`;

/**
 * Everything for regions whose county prefixes have one length: rows are grouped by the
 * first `length` digits of their county code, so each row lands in exactly one region and
 * people are counted once per region.
 */
function statementFor(length: number): string {
  const region = (column: string) => `substr(${column}, 1, ${length})`;
  return `
    with scoped as (
      select r.*, ${region('r.county_code')} as region from referral r
       where r.county_code like :common and ${region('r.county_code')} = any(:prefixes)
    ), registered as (
      select * from scoped
       where registered_at < :yearEnd and status <> 'REJECTED' and (closed_at is null or closed_at >= :yearStart)
    ), standardized as (
      select g.region, g.pid from registered g
       where exists (select 1 from service_agreement a where a.referral_id = g.id and a.signed_on <= :lastDay)
         and exists (select 1 from referral_assessment x where x.referral_id = g.id and x.assessed_on between :firstDay and :lastDay)
         and (select count(distinct date_trunc('month', v.service_date)) from service_record v
               where v.referral_id = g.id and v.service_date between :firstDay and :lastDay) >= ${MIN_SERVICE_MONTHS}
    ), waiting as (
      select s.region, s.pid from scoped s
        join lateral (
          select t.to_status from referral_transition t where t.referral_id = s.id and t.at < :asOf order by t.at desc, t.id desc limit 1
        ) latest on true
       where latest.to_status in ('REGISTERED', 'WAITLISTED') and s.registered_at < cast(:asOf as timestamptz) - interval '${WAITING_DAYS} days'
    ), reviewed as (
      select s.region, (done.ordinal - began.ordinal) <= ${DEADLINE_WORKING_DAYS} as on_time from scoped s
        join working_day_calendar began on began.day = ${chinaDay('s.submitted_at')}
        join working_day_calendar done on done.day = ${chinaDay('s.reviewed_at')}
       where s.reviewed_at >= :yearStart and s.reviewed_at < :yearEnd
    ), dispatched as (
      select s.region, (done.ordinal - began.ordinal) <= ${DEADLINE_WORKING_DAYS} as on_time from scoped s
        join working_day_calendar began on began.day = ${chinaDay('s.registered_at')}
        join working_day_calendar done on done.day = ${chinaDay('s.dispatched_at')}
       where s.dispatched_at >= :yearStart and s.dispatched_at < :yearEnd
    ), covered as (
      select distinct i.county_code from service_record v join institution i on i.id = v.institution_id
       where v.service_date between :firstDay and :lastDay and i.county_code like :common and ${region('i.county_code')} = any(:prefixes)
    ), staff as (
      select ${region('i.county_code')} as region, coalesce(tr.hours, 0) >= ${TRAINING_HOURS} as trained
        from institution_staff st join institution i on i.id = st.institution_id
        left join staff_training tr on tr.staff_id = st.id and tr.year = :year
       where st.direct_service and i.county_code like :common and ${region('i.county_code')} = any(:prefixes)
    )
    select p.region,
           (select count(*) from covered c where ${region('c.county_code')} = p.region) as counties_covered,
           (select count(distinct pid) from registered g where g.region = p.region) as registered_recipients,
           (select count(distinct pid) from standardized g where g.region = p.region) as standardized_recipients,
           (select count(distinct pid) from waiting w where w.region = p.region) as waiting_over_90,
           (select count(*) from scoped s where s.region = p.region and s.accepted_at >= :yearStart and s.accepted_at < :yearEnd and s.registered_at is not null) as accepted,
           (select avg(extract(epoch from (s.accepted_at - s.registered_at)) / 86400.0) from scoped s
             where s.region = p.region and s.accepted_at >= :yearStart and s.accepted_at < :yearEnd and s.registered_at is not null) as mean_waiting_days,
           (select count(*) from reviewed v where v.region = p.region) as reviewed,
           (select count(*) from reviewed v where v.region = p.region and v.on_time) as reviewed_on_time,
           (select count(*) from dispatched d where d.region = p.region) as dispatched,
           (select count(*) from dispatched d where d.region = p.region and d.on_time) as dispatched_on_time,
           (select count(*) from staff f where f.region = p.region) as direct_service_staff,
           (select count(*) from staff f where f.region = p.region and f.trained) as trained_staff
      from unnest(cast(:prefixes as text[])) as p(region)`;
}

type Row = Record<string, string | number | null> & { region: string };

const count = (value: string | number | null | undefined): number => Number(value ?? 0);

function toCells(row: Row | undefined): WelfareIndicatorCells {
  if (!row) return { ...EMPTY };
  return {
    countiesCovered: count(row.counties_covered),
    registeredRecipients: count(row.registered_recipients),
    standardizedRecipients: count(row.standardized_recipients),
    waitingOver90Days: count(row.waiting_over_90),
    acceptedReferrals: count(row.accepted),
    meanWaitingDays: row.mean_waiting_days === null || row.mean_waiting_days === undefined ? null : Number(row.mean_waiting_days),
    reviewedReferrals: count(row.reviewed),
    reviewedOnTime: count(row.reviewed_on_time),
    dispatchedReferrals: count(row.dispatched),
    dispatchedOnTime: count(row.dispatched_on_time),
    directServiceStaff: count(row.direct_service_staff),
    trainedStaff: count(row.trained_staff),
  };
}

/** The cells of each region of one year; `now` bounds the current year's waiting count. */
export async function indicatorsFor(db: Db, codes: readonly string[], year: number, now: Date = new Date()): Promise<WelfareIndicatorCells[]> {
  const prefixes = codes.map(prefixOf);
  const byLength = new Map<number, string[]>();
  for (const prefix of prefixes) if (prefix !== null) byLength.set(prefix.length, [...(byLength.get(prefix.length) ?? []), prefix]);
  const yearStart = `${year}-01-01T00:00:00+08:00`;
  const yearEnd = `${year + 1}-01-01T00:00:00+08:00`;
  const asOf = new Date(Math.min(now.getTime(), Date.parse(yearEnd))).toISOString();
  const rows = new Map<string, Row>();
  for (const [length, group] of byLength) {
    const unique = [...new Set(group)];
    const { rows: found } = (await db.raw(statementFor(length), {
      common: `${commonPrefix(unique)}%`,
      prefixes: unique,
      yearStart,
      yearEnd,
      asOf,
      firstDay: `${year}-01-01`,
      lastDay: `${year}-12-31`,
      year,
    })) as { rows: Row[] };
    for (const row of found) rows.set(row.region, row);
  }
  return prefixes.map((prefix) => (prefix === null ? { ...EMPTY } : toCells(rows.get(prefix))));
}
