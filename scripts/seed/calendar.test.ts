import { describe, expect, it } from 'vitest';
import { addMonths, addWorkingDays, dayOf, instantOf, instantOfDate, isoDate, isoTimestamp, weekday } from './calendar.js';

describe('calendar', () => {
  it('round-trips ISO dates through day numbers', () => {
    expect(isoDate(dayOf('2026-11-01'))).toBe('2026-11-01');
    expect(isoDate(dayOf('1950-01-01'))).toBe('1950-01-01');
  });

  it('knows the weekday', () => {
    expect(weekday(dayOf('2026-11-01'))).toBe(0); // a Sunday
    expect(weekday(dayOf('2026-11-06'))).toBe(5);
  });

  it('counts working days past the weekend', () => {
    // Friday + 1 working day = Monday; + 5 = next Friday.
    expect(isoDate(addWorkingDays(dayOf('2026-11-06'), 1))).toBe('2026-11-09');
    expect(isoDate(addWorkingDays(dayOf('2026-11-06'), 5))).toBe('2026-11-13');
    expect(isoDate(addWorkingDays(dayOf('2026-11-07'), 0))).toBe('2026-11-07');
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(isoDate(addMonths(dayOf('2025-11-30'), 3))).toBe('2026-02-28');
    expect(isoDate(addMonths(dayOf('2024-03-15'), 3))).toBe('2024-06-15');
  });

  it('writes timestamps on the +08:00 clock and reads them back from a Date', () => {
    const instant = instantOf(dayOf('2025-03-04'), 9 * 60 + 15);
    expect(isoTimestamp(instant)).toBe('2025-03-04T09:15:00+08:00');
    expect(instantOfDate(new Date('2025-03-04T09:15:00+08:00'))).toBe(instant);
  });

  it('rejects what is not an ISO date', () => {
    expect(() => dayOf('2025-3-4')).toThrow(RangeError);
  });
});
