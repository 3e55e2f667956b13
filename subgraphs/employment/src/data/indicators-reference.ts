// The reference for the federation's indicator cells (DOMAIN.md §5, employment rate): computed from scratch over the
// person-level rows, for many regions of one period in one statement. The maintained statistics must equal it; the bench's floor runs it.
import { commonPrefix, regionPrefixOf, sumCountiesByRegion } from '#platform/statistics/region-code.js';
import type { Db } from '#platform/database/db.js';
import type { IndicatorStatement, SharedStatement } from '#platform/statistics/indicators.js';
import type { Period } from '#platform/statistics/period.js';
import { PLACEMENT_WINDOW_DAYS } from '../domain/employment-rate.js';

/** Counts of referrals (each of one person); the rate is their ratio, so suppression can follow the counts. */
export interface EmploymentIndicatorCells {
  /** Referrals to EMPLOYMENT or SHELTERED_EMPLOYMENT acknowledged in the period (China time). */
  acknowledged: number;
  /** Of these, followed by a placement of the person starting on the day of the acknowledgement or within 180 days after. */
  placed: number;
}

export const EMPTY: EmploymentIndicatorCells = { acknowledged: 0, placed: 0 };

/** The statement's rows: per county, the acknowledged referrals and those placed. */
export interface EmploymentCountyRow {
  county_code: string;
  acknowledged: number | string;
  placed: number | string;
}

/**
 * The federation's indicators from scratch, as one statement: counts per county over the counties
 * all the regions share a prefix with (a region and its children: one index range). Null when
 * none of the codes is a region. `referenceIndicatorsFor` runs it, as does the bench's floor.
 */
export function indicatorStatement(codes: readonly string[], period: Period): IndicatorStatement | null {
  const known = codes.map(regionPrefixOf).filter((p): p is string => p !== null);
  if (known.length === 0) return null;
  return {
    sql: `select r.county_code,
          count(*) as acknowledged,
          count(*) filter (where exists (
            select 1 from placement p
             where p.pid = r.pid
               and p.started_on between (r.answered_at at time zone 'Asia/Shanghai')::date
                                    and (r.answered_at at time zone 'Asia/Shanghai')::date + ?::int
          )) as placed
     from employment_referral r
    where r.status = 'ACKNOWLEDGED'
      and r.outcome in ('EMPLOYMENT', 'SHELTERED_EMPLOYMENT')
      and r.answered_at >= ?::timestamptz and r.answered_at < ?::timestamptz
      and r.county_code like ?
    group by r.county_code`,
    bindings: [PLACEMENT_WINDOW_DAYS, period.start, period.end, `${commonPrefix(known)}%`],
  };
}

/** Sums the statement's counties into each region, in the order of `codes`. Exact, because a referral has one county. */
export function indicatorCells(codes: readonly string[], rows: readonly EmploymentCountyRow[]): EmploymentIndicatorCells[] {
  return sumCountiesByRegion(codes.map(regionPrefixOf), rows, ['acknowledged', 'placed']);
}

/** The cells of each region of one period, from scratch; `shared` hands back the statement's rows when this client request already ran it (its region's call, then its children's). */
export async function referenceIndicatorsFor(
  db: Db,
  codes: readonly string[],
  period: Period,
  shared: SharedStatement = (_parameters, run) => run(),
): Promise<EmploymentIndicatorCells[]> {
  const statement = indicatorStatement(codes, period);
  if (!statement) return codes.map(() => ({ ...EMPTY }));
  const { rows } = (await shared(['employment-indicators', statement.bindings], async () => db.raw(statement.sql, statement.bindings))) as {
    rows: EmploymentCountyRow[];
  };
  return indicatorCells(codes, rows);
}
