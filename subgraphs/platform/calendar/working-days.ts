// Chinese working-day calendar: weekends, official public holidays and make-up working days (调休上班), from the holiday data (holidays.json).

import { type HolidayCalendar, loadHolidayCalendar } from './holiday-data.js';

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

/** The installed calendar: the repo's data until start-up installs the operator's (installHolidayCalendar). */
let years: HolidayCalendar = new Map();
let daysOff: ReadonlySet<string> = new Set();
let makeUpWorkingDays: ReadonlySet<string> = new Set();

/** Installs the holiday data every working-day rule reads; start-up calls it once with the validated files. */
export function installHolidayCalendar(calendar: HolidayCalendar): void {
  years = calendar;
  daysOff = new Set([...calendar.values()].flatMap((year) => year.daysOff.flatMap((range) => expandRange([range.first, range.last]))));
  makeUpWorkingDays = new Set([...calendar.values()].flatMap((year) => year.makeUpWorkingDays));
}

installHolidayCalendar(loadHolidayCalendar());

/** True when the data holds the year's notice; days of a year it does not hold count weekends only. */
export const calendarCoversYear = (year: number): boolean => years.has(year);

/** The years the installed data covers, ascending. */
export const coveredYears = (): number[] => [...years.keys()].sort((a, b) => a - b);

function isWorkingDayNumber(day: number): boolean {
  const date = fromDayNumber(day);
  if (makeUpWorkingDays.has(date)) return true;
  if (daysOff.has(date)) return false;
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

/** A deadline n working days after `date`, and whether the holiday data covers every year it spans (else it counts weekdays only: a guess, flagged). */
export function workingDeadline(date: string, n: number): { dueOn: string; calendarCovered: boolean } {
  const dueOn = addWorkingDays(date, n);
  let calendarCovered = true;
  for (let year = Number(addCalendarDays(date, n > 0 ? 1 : 0).slice(0, 4)); year <= Number(dueOn.slice(0, 4)); year++) {
    if (!calendarCoversYear(year)) calendarCovered = false;
  }
  return { dueOn, calendarCovered };
}

/**
 * What /ready warns of on `today` (China): the current year missing from the data, or, from
 * 1 December, next year's (its notice appears each November or December).
 */
export function calendarWarnings(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const warnings: string[] = [];
  if (!calendarCoversYear(year)) warnings.push(`working-day calendar: no holiday data for ${year}; deadlines count weekdays only`);
  if (today.slice(5, 7) === '12' && !calendarCoversYear(year + 1)) {
    warnings.push(
      `working-day calendar: no holiday data for ${year + 1} yet; add it from the State Council notice (WORKING_DAY_CALENDAR_FILE) before 1 January`,
    );
  }
  return warnings;
}
