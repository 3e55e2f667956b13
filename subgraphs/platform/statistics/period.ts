// Reporting periods of the indicators (DOMAIN.md §5): a month, a quarter or a calendar year, in China time (UTC+8).

export type Granularity = 'YEAR' | 'QUARTER' | 'MONTH';

/**
 * One period, named by its key: `2026` (a year), `2026-Q3` (a quarter) or `2026-07` (a month).
 * The key travels with the RehabIndicators entity, so every agency answers for the same period.
 */
export interface Period {
  key: string;
  granularity: Granularity;
  year: number;
  /** First and last calendar day in China, inclusive (YYYY-MM-DD). */
  firstDay: string;
  lastDay: string;
  /** The period's first instant and the next period's first instant, as timestamps with the China offset. */
  start: string;
  end: string;
  /** The first instant of the period's year: rates against the yearly targets run from here to `end` (year to date). */
  yearStart: string;
  /** 1-based months of the year the period spans. */
  firstMonth: number;
  lastMonth: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const KEY = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(year: number, firstMonth: number, lastMonth: number, granularity: Granularity, key: string): Period {
  const nextYear = lastMonth === 12 ? year + 1 : year;
  const nextMonth = lastMonth === 12 ? 1 : lastMonth + 1;
  return {
    key,
    granularity,
    year,
    firstDay: `${year}-${pad(firstMonth)}-01`,
    lastDay: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
    start: `${year}-${pad(firstMonth)}-01T00:00:00+08:00`,
    end: `${nextYear}-${pad(nextMonth)}-01T00:00:00+08:00`,
    yearStart: `${year}-01-01T00:00:00+08:00`,
    firstMonth,
    lastMonth,
  };
}

export const yearPeriod = (year: number): Period => build(year, 1, 12, 'YEAR', String(year));
export const quarterPeriod = (year: number, quarter: number): Period => build(year, quarter * 3 - 2, quarter * 3, 'QUARTER', `${year}-Q${quarter}`);
export const monthPeriod = (year: number, month: number): Period => build(year, month, month, 'MONTH', `${year}-${pad(month)}`);

/** The period a key names, or null when it names none. */
export function parsePeriod(key: string): Period | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return quarterPeriod(year, Number(match[2]));
  if (match[3]) return monthPeriod(year, Number(match[3]));
  return yearPeriod(year);
}

/** The period a key names; a RangeError for a key that names none (keys reaching the data layer were checked at the root). */
export function periodOf(key: string): Period {
  const period = parsePeriod(key);
  if (!period) throw new RangeError('not a period key');
  return period;
}

/** The period that follows one of the same granularity. */
export function nextPeriod(period: Period): Period {
  if (period.granularity === 'YEAR') return yearPeriod(period.year + 1);
  if (period.granularity === 'QUARTER')
    return period.lastMonth === 12 ? quarterPeriod(period.year + 1, 1) : quarterPeriod(period.year, period.lastMonth / 3 + 1);
  return period.lastMonth === 12 ? monthPeriod(period.year + 1, 1) : monthPeriod(period.year, period.lastMonth + 1);
}

/** The periods from `from` to `to` inclusive, both of one granularity; empty when `to` comes first. */
export function periodsBetween(from: Period, to: Period): Period[] {
  if (from.granularity !== to.granularity) throw new RangeError('periods of different granularity');
  const periods: Period[] = [];
  for (let p = from; p.firstDay <= to.firstDay; p = nextPeriod(p)) periods.push(p);
  return periods;
}

/** The month (YYYY-MM) of each month of the period. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (let m = period.firstMonth; m <= period.lastMonth; m++) months.push(`${period.year}-${pad(m)}`);
  return months;
}

/** The period of `granularity` that holds the China day `day` (YYYY-MM-DD). */
export function periodContaining(day: string, granularity: Granularity): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (granularity === 'YEAR') return yearPeriod(year);
  return granularity === 'QUARTER' ? quarterPeriod(year, Math.ceil(month / 3)) : monthPeriod(year, month);
}
