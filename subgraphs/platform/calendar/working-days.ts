// Chinese working-day calendar: weekends, official public holidays and make-up working days (调休上班).

/** Days off and make-up working days one year's State Council notice announces. */
interface HolidayArrangement {
  /** Inclusive ranges of days off, [first, last]. */
  daysOff: ReadonlyArray<readonly [string, string]>;
  /** Saturdays and Sundays that are worked in exchange. */
  makeUpWorkingDays: readonly string[];
}

/**
 * The State Council General Office's yearly notices on public-holiday arrangements
 * (国务院办公厅关于<year>年部分节假日安排的通知, gov.cn): 国办发明电〔2022〕16号 for 2023,
 * 〔2023〕7号 for 2024, 〔2024〕12号 for 2025 and the notice of November 2025 for 2026.
 * The notice for the next year appears each November or December: extend this table every
 * December, or years past the last one count only weekends as days off.
 */
const HOLIDAY_ARRANGEMENTS: Readonly<Record<number, HolidayArrangement>> = {
  2023: {
    daysOff: [
      ['2022-12-31', '2023-01-02'], // New Year
      ['2023-01-21', '2023-01-27'], // Spring Festival
      ['2023-04-05', '2023-04-05'], // Qingming
      ['2023-04-29', '2023-05-03'], // Labour Day
      ['2023-06-22', '2023-06-24'], // Dragon Boat
      ['2023-09-29', '2023-10-06'], // Mid-Autumn and National Day
    ],
    makeUpWorkingDays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  },
  2024: {
    daysOff: [
      ['2023-12-30', '2024-01-01'], // New Year
      ['2024-02-10', '2024-02-17'], // Spring Festival
      ['2024-04-04', '2024-04-06'], // Qingming
      ['2024-05-01', '2024-05-05'], // Labour Day
      ['2024-06-08', '2024-06-10'], // Dragon Boat
      ['2024-09-15', '2024-09-17'], // Mid-Autumn
      ['2024-10-01', '2024-10-07'], // National Day
    ],
    makeUpWorkingDays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  2025: {
    daysOff: [
      ['2025-01-01', '2025-01-01'], // New Year
      ['2025-01-28', '2025-02-04'], // Spring Festival
      ['2025-04-04', '2025-04-06'], // Qingming
      ['2025-05-01', '2025-05-05'], // Labour Day
      ['2025-05-31', '2025-06-02'], // Dragon Boat
      ['2025-10-01', '2025-10-08'], // National Day and Mid-Autumn
    ],
    makeUpWorkingDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    daysOff: [
      ['2026-01-01', '2026-01-03'], // New Year
      ['2026-02-15', '2026-02-23'], // Spring Festival
      ['2026-04-04', '2026-04-06'], // Qingming
      ['2026-05-01', '2026-05-05'], // Labour Day
      ['2026-06-19', '2026-06-21'], // Dragon Boat
      ['2026-09-25', '2026-09-27'], // Mid-Autumn
      ['2026-10-01', '2026-10-07'], // National Day
    ],
    // Jan 4 repays the New Year's Friday, Jan 2 (one statutory day, three days off).
    makeUpWorkingDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Returns the date unchanged if it is a real calendar date written YYYY-MM-DD, else throws a RangeError. */
export function assertIsoDate(date: string): string {
  if (typeof date === 'string' && ISO_DATE.test(date)) {
    const parsed = new Date(`${date}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date)) return date;
  }
  throw new RangeError('a date must be a real calendar date written YYYY-MM-DD');
}

/** Days since 1970-01-01 (UTC), so arithmetic never meets a time zone or daylight saving. */
function toDayNumber(date: string): number {
  return Date.parse(`${assertIsoDate(date)}T00:00:00Z`) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function isWeekend(day: number): boolean {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function expandRange([first, last]: readonly [string, string]): string[] {
  const dates: string[] = [];
  for (let day = toDayNumber(first); day <= toDayNumber(last); day++) dates.push(fromDayNumber(day));
  return dates;
}

const arrangements = Object.values(HOLIDAY_ARRANGEMENTS);
const DAYS_OFF: ReadonlySet<string> = new Set(arrangements.flatMap((a) => a.daysOff.flatMap(expandRange)));
const MAKE_UP_WORKING_DAYS: ReadonlySet<string> = new Set(arrangements.flatMap((a) => a.makeUpWorkingDays));

function isWorkingDayNumber(day: number): boolean {
  const date = fromDayNumber(day);
  if (MAKE_UP_WORKING_DAYS.has(date)) return true;
  if (DAYS_OFF.has(date)) return false;
  return !isWeekend(day);
}

function assertDayCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('a number of days must be a whole number, 0 or more');
}

/** Monday to Friday except public holidays, plus the make-up working weekend days. */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(toDayNumber(date));
}

/** The date n calendar days after `date` (n >= 0). */
export function addCalendarDays(date: string, n: number): string {
  assertDayCount(n);
  return fromDayNumber(toDayNumber(date) + n);
}

/** The date n working days after `date`; n = 0 gives `date` itself, even on a day off. */
export function addWorkingDays(date: string, n: number): string {
  assertDayCount(n);
  let day = toDayNumber(date);
  for (let counted = 0; counted < n; ) {
    day++;
    if (isWorkingDayNumber(day)) counted++;
  }
  return fromDayNumber(day);
}

/** How many working days d there are with from < d <= to; 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string): number {
  const last = toDayNumber(to);
  let count = 0;
  for (let day = toDayNumber(from) + 1; day <= last; day++) {
    if (isWorkingDayNumber(day)) count++;
  }
  return count;
}
