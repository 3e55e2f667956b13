// Deadline for a hospital's discharge information, counted in Chinese working days (DOMAIN.md §2 "registry").
import { addWorkingDays, assertIsoDate } from '#platform/calendar/working-days.js';

/** Discharge information is due within 10 working days of discharge. */
export const DISCHARGE_INFO_WORKING_DAYS = 10;

/** The last day on which the discharge information is on time. */
export function dischargeInfoDueOn(dischargedOn: string): string {
  return addWorkingDays(dischargedOn, DISCHARGE_INFO_WORKING_DAYS);
}

/** Late once submitted after the due date, or while still missing after it. */
export function isDischargeInfoOverdue(dischargedOn: string, submittedOn: string | null, today: string): boolean {
  const dueOn = dischargeInfoDueOn(dischargedOn);
  assertIsoDate(today);
  if (submittedOn === null) return today > dueOn;
  return assertIsoDate(submittedOn) > dueOn;
}
