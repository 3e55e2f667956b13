// The reference for the registry's indicator cells (DOMAIN.md §5): computed from scratch over the person-level rows, for
// many regions of one period in one statement. The maintained statistics must equal it; the bench's floor runs it.
import { commonPrefix, regionPrefixOf, sumCountiesByRegion } from '#platform/statistics/region-code.js';
import type { Db } from '#platform/database/db.js';
import type { IndicatorStatement, SharedStatement } from '#platform/statistics/indicators.js';
import type { Period } from '#platform/statistics/period.js';

/** Counts of people; the rates are ratios of these, so suppression can follow the counts. */
export interface RegistryIndicatorCells {
  /** Patients under management at some time in the period: registered by its end, and active or still active at its start. */
  activePatients: number;
  /** Of these, with a relapse record, a green-channel referral or a readmission (an admission after registration) in the period. */
  relapsedPatients: number;
  /** Of these, with at least 4 follow-ups in the year to the period's end (the national management standard is yearly). */
  managedPatients: number;
  /** Of these, whose last follow-up of the year to the period's end found regular medication. */
  regularMedicationPatients: number;
}

export const EMPTY: RegistryIndicatorCells = { activePatients: 0, relapsedPatients: 0, managedPatients: 0, regularMedicationPatients: 0 };

/** The statement's rows: per county, the counts of its patients. */
export interface RegistryCountyRow {
  county_code: string;
  active_patients: number | string;
  relapsed_patients: number | string;
  managed_patients: number | string;
  regular_patients: number | string;
}

/**
 * The registry's indicators from scratch, as one statement: counts per county over the counties
 * that all the regions share a prefix with (a region and its children: the parent's prefix, one
 * index range). Null when none of the codes is a region. `referenceIndicatorsFor` runs it, as does the bench's floor.
 */
export function indicatorStatement(codes: readonly string[], period: Period): IndicatorStatement | null {
  const known = codes.map(regionPrefixOf).filter((p): p is string => p !== null);
  if (known.length === 0) return null;
  // Set-based rather than per patient: the year's follow-ups, relapses and admissions of the
  // patients under management are joined once (the planner picks hash or index joins by size).
  return {
    sql: `with active as (
     select pid, county_code, registered_on from patient
      where county_code like :prefix and registered_on <= :lastDay and (management_status = 'ACTIVE' or status_since >= :firstDay)
   ), visits as (
     -- The last visit of the year is the greatest (day, id); its finding is compared with the last REGULAR one.
     select f.pid, count(*) as visits,
            max(array[(f.visit_date - date '2000-01-01')::bigint, f.id]) as last_visit,
            max(array[(f.visit_date - date '2000-01-01')::bigint, f.id]) filter (where f.medication_adherence = 'REGULAR') as last_regular
       from follow_up f join active a on a.pid = f.pid
      where f.visit_date between :yearFirstDay and :lastDay
      group by f.pid
   ), relapsed as (
     select r.pid from relapse r join active a on a.pid = r.pid where r.occurred_on between :firstDay and :lastDay
     union
     -- Green-channel referrals back to a hospital, as the platform told them (DOMAIN.md §5).
     select g.pid from green_channel_relapse g join active a on a.pid = g.pid where g.referred_on between :firstDay and :lastDay
     union
     select h.pid from hospitalization h join active a on a.pid = h.pid
      where h.admitted_on between :firstDay and :lastDay and h.admitted_on > a.registered_on
   )
   -- relapsed is a union, so each pid is in it once and a join counts it once; a filter with
   -- 'a.pid in (select pid from relapsed)' ran as a subplan rescanning the set for every patient
   -- once the set outgrew work_mem (many minutes at 1,000,000 people).
   select a.county_code,
          count(*) as active_patients,
          count(r.pid) as relapsed_patients,
          count(*) filter (where v.visits >= 4) as managed_patients,
          count(*) filter (where v.last_regular = v.last_visit) as regular_patients
     from active a left join visits v on v.pid = a.pid left join relapsed r on r.pid = a.pid
    group by a.county_code`,
    bindings: { prefix: `${commonPrefix(known)}%`, firstDay: period.firstDay, lastDay: period.lastDay, yearFirstDay: `${period.year}-01-01` },
  };
}

/** Sums the statement's counties into each region, in the order of `codes`. Exact, because a patient lives in exactly one county. */
export function indicatorCells(codes: readonly string[], rows: readonly RegistryCountyRow[]): RegistryIndicatorCells[] {
  return sumCountiesByRegion(codes.map(regionPrefixOf), rows, ['active_patients', 'relapsed_patients', 'managed_patients', 'regular_patients']).map((sums) => ({
    activePatients: sums.active_patients,
    relapsedPatients: sums.relapsed_patients,
    managedPatients: sums.managed_patients,
    regularMedicationPatients: sums.regular_patients,
  }));
}

/** The cells of each region of one period, from scratch; `shared` hands back the statement's rows when this client request already ran it (its region's call, then its children's). */
export async function referenceIndicatorsFor(
  db: Db,
  codes: readonly string[],
  period: Period,
  shared: SharedStatement = (_parameters, run) => run(),
): Promise<RegistryIndicatorCells[]> {
  const statement = indicatorStatement(codes, period);
  if (!statement) return codes.map(() => ({ ...EMPTY }));
  const { rows } = (await shared(['registry-indicators', statement.bindings], async () => db.raw(statement.sql, statement.bindings))) as {
    rows: RegistryCountyRow[];
  };
  return indicatorCells(codes, rows);
}
