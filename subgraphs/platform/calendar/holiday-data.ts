// The holiday calendar as data: holidays.json in the repo, extended or corrected by an operator's file, validated (zod) before the process serves.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { StartupError } from '#platform/config/config.js';

/** Days off and make-up working days of one year, as its State Council notice announces them. */
export interface HolidayYear {
  notice: string;
  daysOff: { first: string; last: string; name: string }[];
  makeUpWorkingDays: string[];
}

/** Years the data covers; a year absent here is not guessed (deadlines in it count weekdays and say so). */
export type HolidayCalendar = ReadonlyMap<number, HolidayYear>;

export const DEFAULT_HOLIDAY_FILE = new URL('./holidays.json', import.meta.url);

const isRealDate = (date: string): boolean => {
  const parsed = new Date(`${date}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
};
const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
const yearOf = (date: string): number => Number(date.slice(0, 4));

const day = z.string().refine(isRealDate, 'must be a real date written YYYY-MM-DD');
const holidayYear = z.object({
  notice: z.string().min(1, 'must name the State Council notice the year comes from'),
  note: z.string().optional(),
  daysOff: z.array(z.object({ first: day, last: day, name: z.string().min(1) })).min(1),
  makeUpWorkingDays: z.array(day),
});
const holidayFile = z.object({
  $comment: z.string().optional(),
  years: z.record(z.string().regex(/^\d{4}$/, 'a year is four digits'), holidayYear),
});

/** Problems zod cannot say alone: ranges in order and in their year (New Year may start in December), make-up days on weekends and not also off. */
function yearProblems(year: number, data: HolidayYear): string[] {
  const problems: string[] = [];
  const off = new Set<string>();
  for (const range of data.daysOff) {
    if (range.first > range.last) problems.push(`${year} ${range.name}: first ${range.first} is after last ${range.last}`);
    if (yearOf(range.last) !== year || yearOf(range.first) < year - 1) problems.push(`${year} ${range.name}: ${range.first}…${range.last} is not in ${year}`);
    for (let d = range.first; d <= range.last && isRealDate(d); d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) off.add(d);
  }
  for (const date of data.makeUpWorkingDays) {
    if (yearOf(date) !== year) problems.push(`${year}: make-up working day ${date} is not in ${year}`);
    if (!isWeekend(date)) problems.push(`${year}: make-up working day ${date} is not a Saturday or Sunday`);
    if (off.has(date)) problems.push(`${year}: ${date} is both a day off and a make-up working day`);
  }
  return problems;
}

/** Parses one holiday file's text; every problem is reported together (StartupError), naming the file. */
export function parseHolidayFile(text: string, origin: string): HolidayCalendar {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StartupError([`${origin}: not JSON`]);
  }
  const parsed = holidayFile.safeParse(json);
  if (!parsed.success) throw new StartupError(parsed.error.issues.map((issue) => `${origin}: ${issue.path.join('.')}: ${issue.message}`));
  const years = new Map<number, HolidayYear>();
  const problems: string[] = [];
  for (const [key, data] of Object.entries(parsed.data.years)) {
    problems.push(...yearProblems(Number(key), data).map((problem) => `${origin}: ${problem}`));
    years.set(Number(key), data);
  }
  if (problems.length > 0) throw new StartupError(problems);
  return years;
}

function readHolidayFile(file: string | URL): HolidayCalendar {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new StartupError([`${String(file)}: cannot be read`]);
  }
  return parseHolidayFile(text, String(file));
}

/** The repo's years, with an operator's file's years added or replacing them (WORKING_DAY_CALENDAR_FILE). */
export function loadHolidayCalendar(operatorFile?: string): HolidayCalendar {
  const years = new Map(readHolidayFile(DEFAULT_HOLIDAY_FILE));
  if (operatorFile) for (const [year, data] of readHolidayFile(operatorFile)) years.set(year, data);
  return years;
}
