// The working-day calendar as a table, so that SQL can count working days: day → working days since the table's first day.
import type { Knex } from 'knex';
import { addCalendarDays, isWorkingDay } from '#platform/calendar/working-days.js';

const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2040-12-31';

/**
 * `working_day_calendar(day, working, ordinal)`: ordinal counts the working days up to and
 * including the day, so the working days d with a < d <= b are ordinal(b) - ordinal(a).
 * Refill it (a new migration calling refillWorkingDayCalendar) whenever the holiday table
 * in working-days.ts is extended.
 */
export async function createWorkingDayCalendar(db: Knex): Promise<void> {
  await db.schema.createTable('working_day_calendar', (t) => {
    t.date('day').primary();
    t.boolean('working').notNullable();
    t.integer('ordinal').notNullable();
  });
  await refillWorkingDayCalendar(db);
}

export async function refillWorkingDayCalendar(db: Knex): Promise<void> {
  const rows: { day: string; working: boolean; ordinal: number }[] = [];
  let ordinal = 0;
  for (let day = FIRST_DAY; day <= LAST_DAY; day = addCalendarDays(day, 1)) {
    const working = isWorkingDay(day);
    if (working) ordinal++;
    rows.push({ day, working, ordinal });
  }
  await db.transaction(async (trx) => {
    await trx('working_day_calendar').delete();
    await trx.batchInsert('working_day_calendar', rows, 1000);
  });
}
