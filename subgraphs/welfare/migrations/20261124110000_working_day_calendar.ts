// The working-day calendar in SQL, for the indicators' deadlines (registration and dispatch within 5 working days).
import type { Knex } from 'knex';
import { createWorkingDayCalendar } from '#platform/calendar/working-day-table.js';

export const up = (db: Knex): Promise<void> => createWorkingDayCalendar(db);

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('working_day_calendar');
}
