// The working-day calendar as a table, so that SQL can count working days: day → working days since the table's first day.
import type { Knex } from 'knex';
import { addCalendarDays, isWorkingDay } from '#platform/calendar/working-days.js';

const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2040-12-31';

/**
 * `working_day_calendar(day, working, ordinal)`: ordinal counts the working days up to and
 * including the day, so the working days d with a < d <= b are ordinal(b) - ordinal(a).
 * Each welfare process refills it at start-up from the holiday data it loaded
 * (syncWorkingDayCalendar), so an operator's new year reaches SQL without a migration.
 */
export async function createWorkingDayCalendar(db: Knex): Promise<void> {
  await db.schema.createTable('working_day_calendar', (t) => {
    t.date('day').primary();
    t.boolean('working').notNullable();
    t.integer('ordinal').notNullable();
  });
  await refillWorkingDayCalendar(db);
}

function calendarRows(): { day: string; working: boolean; ordinal: number }[] {
  const rows: { day: string; working: boolean; ordinal: number }[] = [];
  let ordinal = 0;
  for (let day = FIRST_DAY; day <= LAST_DAY; day = addCalendarDays(day, 1)) {
    const working = isWorkingDay(day);
    if (working) ordinal++;
    rows.push({ day, working, ordinal });
  }
  return rows;
}

export async function refillWorkingDayCalendar(db: Knex): Promise<void> {
  const rows = calendarRows();
  await db.transaction(async (trx) => {
    await trx('working_day_calendar').delete();
    await trx.batchInsert('working_day_calendar', rows, 1000);
  });
}

/**
 * Refills the table when it differs from the holiday data now installed (a new or corrected
 * year); otherwise leaves it, so that a restart with the same data writes nothing.
 */
export async function syncWorkingDayCalendar(db: Knex): Promise<boolean> {
  const wanted = calendarRows();
  const stored = (await db('working_day_calendar').select(db.raw(`to_char(day, 'YYYY-MM-DD') as day`), 'working').orderBy('day')) as {
    day: string;
    working: boolean;
  }[];
  const same = stored.length === wanted.length && stored.every((row, i) => row.day === wanted[i]!.day && row.working === wanted[i]!.working);
  if (same) return false;
  await refillWorkingDayCalendar(db);
  return true;
}
