// The federation's indicator cells (DOMAIN.md §5, employment rate) for many regions of one year, in one statement.
import type { Db } from '../../../shared/src/db.js';
import type { SharedStatement } from '../../../shared/src/indicators.js';
import { divisionPrefix, findDivision } from '../../../shared/src/division.js';
import { NATIONWIDE } from '../../../shared/src/auth/identity.js';
import { PLACEMENT_WINDOW_DAYS } from '../domain/employment-rate.js';

/** Counts of referrals (each of one person); the rate is their ratio, so suppression can follow the counts. */
export interface EmploymentIndicatorCells {
  /** Referrals to EMPLOYMENT or SHELTERED_EMPLOYMENT acknowledged in the year (China time). */
  acknowledged: number;
  /** Of these, followed by a placement of the person starting on the day of the acknowledgement or within 180 days after. */
  placed: number;
}

const EMPTY: EmploymentIndicatorCells = { acknowledged: 0, placed: 0 };

/** The prefix of a region's counties; null for a code outside the division list (nothing there). */
function prefixOf(code: string): string | null {
  if (code === NATIONWIDE) return '';
  return findDivision(code) ? divisionPrefix(code) : null;
}

function commonPrefix(prefixes: readonly string[]): string {
  let common = prefixes[0] ?? '';
  for (const prefix of prefixes) while (!prefix.startsWith(common)) common = common.slice(0, -1);
  return common;
}

/**
 * Counts per county over the counties all the regions share a prefix with (a region and its
 * children: one index range), then sums the counties into each region in memory. Exact,
 * because a referral has one county.
 */
/** `shared` hands back the statement's rows when this client request already ran it (its region's call, then its children's). */
export async function indicatorsFor(db: Db, codes: readonly string[], year: number, shared: SharedStatement = (_parameters, run) => run()): Promise<EmploymentIndicatorCells[]> {
  const prefixes = codes.map(prefixOf);
  const known = prefixes.filter((p): p is string => p !== null);
  if (known.length === 0) return codes.map(() => ({ ...EMPTY }));
  const parameters = [PLACEMENT_WINDOW_DAYS, `${year}-01-01T00:00:00+08:00`, `${year + 1}-01-01T00:00:00+08:00`, `${commonPrefix(known)}%`];
  const { rows } = (await shared(['employment-indicators', parameters], async () => db.raw(
    `select r.county_code,
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
    parameters,
  ))) as { rows: { county_code: string; acknowledged: number | string; placed: number | string }[] };
  return prefixes.map((prefix) => {
    const cells = { ...EMPTY };
    if (prefix === null) return cells;
    for (const row of rows) {
      if (!row.county_code.startsWith(prefix)) continue;
      cells.acknowledged += Number(row.acknowledged);
      cells.placed += Number(row.placed);
    }
    return cells;
  });
}
