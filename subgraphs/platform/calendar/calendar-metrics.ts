// How often a deadline was computed in a year the holiday data does not cover (weekdays only, flagged calendarCovered: false).
import { Counter, register } from 'prom-client';

const NAME = 'working_day_deadlines_uncovered_total';

/** One counter per process, in prom-client's default registry (served at the subgraph's /metrics). */
const uncovered =
  (register.getSingleMetric(NAME) as Counter<'deadline'> | undefined) ??
  new Counter({
    name: NAME,
    help: 'Deadlines computed over a year the working-day calendar has no holiday data for (counted on weekdays only)',
    labelNames: ['deadline'],
  });

/** Counts a deadline answered with calendarCovered false. */
export function countUncoveredDeadline(deadline: string): void {
  uncovered.inc({ deadline });
}
