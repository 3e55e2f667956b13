// Calendar arithmetic for demo data: ISO dates as day numbers, instants as minutes on China Standard Time.
const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

/** Days since 1970-01-01 of an ISO date ('YYYY-MM-DD'). */
export function dayOf(isoDate: string): number {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(ms)) throw new RangeError(`not an ISO date: ${isoDate}`);
  return Math.floor(ms / DAY_MS);
}

/** The ISO date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Monday to Friday; public holidays are ignored, which the demo can live with. */
export function isWorkingDay(day: number): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6;
}

/** The day `count` working days after `day` (0 stays on `day`, even at a weekend). */
export function addWorkingDays(day: number, count: number): number {
  let result = day;
  for (let left = count; left > 0; ) {
    result += 1;
    if (isWorkingDay(result)) left -= 1;
  }
  return result;
}

/** Same day of the month `months` later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(year, month, Math.min(date.getUTCDate(), lastOfTarget)) / DAY_MS);
}

/**
 * An instant as minutes since 1970-01-01 00:00 on the +08:00 wall clock. All demo events
 * happen in China, so keeping the wall clock makes "which day" questions trivial.
 */
export type Instant = number;

export function instantOf(day: number, minuteOfDay: number): Instant {
  return day * MINUTES_PER_DAY + minuteOfDay;
}

export function dayOfInstant(instant: Instant): number {
  return Math.floor(instant / MINUTES_PER_DAY);
}

/** '2025-03-04T09:15:00+08:00': the DateTime form the API uses. */
export function isoTimestamp(instant: Instant): string {
  const day = dayOfInstant(instant);
  const minute = instant - day * MINUTES_PER_DAY;
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return `${isoDate(day)}T${hh}:${mm}:00+08:00`;
}

/** The instant of a Date read back from a timestamptz column, on the +08:00 wall clock. */
export function instantOfDate(date: Date): Instant {
  return Math.floor(date.getTime() / 60_000) + 8 * 60;
}
