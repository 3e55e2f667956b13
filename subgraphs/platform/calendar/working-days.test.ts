import { describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays, assertIsoDate, isWorkingDay, workingDaysBetween } from '#platform/calendar/working-days.js';

describe('isWorkingDay', () => {
  it('works Monday to Friday and rests at weekends', () => {
    expect(isWorkingDay('2025-03-07')).toBe(true); // Friday
    expect(isWorkingDay('2025-03-08')).toBe(false); // Saturday
    expect(isWorkingDay('2025-03-09')).toBe(false); // Sunday
    expect(isWorkingDay('2025-03-10')).toBe(true); // Monday
  });
  it('rests on a public holiday that falls on a weekday', () => {
    expect(isWorkingDay('2024-02-12')).toBe(false); // Spring Festival, Monday
    expect(isWorkingDay('2025-10-08')).toBe(false); // National Day, Wednesday
    expect(isWorkingDay('2026-06-19')).toBe(false); // Dragon Boat, Friday
  });
  it('works on a make-up Saturday or Sunday', () => {
    expect(isWorkingDay('2024-02-04')).toBe(true); // Sunday
    expect(isWorkingDay('2024-02-18')).toBe(true); // Sunday
    expect(isWorkingDay('2025-10-11')).toBe(true); // Saturday
    expect(isWorkingDay('2026-02-28')).toBe(true); // Saturday
  });
  it('knows only weekends outside the years of the holiday table', () => {
    expect(isWorkingDay('2030-10-01')).toBe(true); // Tuesday, no notice yet
    expect(isWorkingDay('2030-10-05')).toBe(false); // Saturday
  });
  it('refuses a date that is not YYYY-MM-DD or not real', () => {
    expect(() => isWorkingDay('2025-02-29')).toThrow(RangeError);
    expect(() => isWorkingDay('2025-3-7')).toThrow(/YYYY-MM-DD/);
    expect(() => isWorkingDay('2025-03-07T00:00:00Z')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('gives the date itself for 0 days', () => {
    expect(addWorkingDays('2025-03-08', 0)).toBe('2025-03-08');
  });
  it('lands on the next Friday 5 working days after a Friday', () => {
    expect(addWorkingDays('2025-03-07', 5)).toBe('2025-03-14');
  });
  it('skips the 2024 National Day holiday and counts its make-up days', () => {
    // Sep 29 (Sun) and Oct 12 (Sat) are worked; Oct 1-7 are off.
    expect(addWorkingDays('2024-09-27', 10)).toBe('2024-10-16');
  });
  it('crosses into the next year', () => {
    expect(addWorkingDays('2025-12-30', 3)).toBe('2026-01-05'); // Jan 1-3 off, Jan 4 worked
  });
  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays('2025-03-07', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-03-07', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after `from` up to and including `to`', () => {
    expect(workingDaysBetween('2025-03-07', '2025-03-14')).toBe(5);
    expect(workingDaysBetween('2024-09-27', '2024-10-16')).toBe(10);
  });
  it('counts across a year end', () => {
    expect(workingDaysBetween('2023-12-29', '2024-01-05')).toBe(4); // Jan 1 is New Year's Day
  });
  it('is 0 when `to` is not after `from`', () => {
    expect(workingDaysBetween('2025-03-14', '2025-03-14')).toBe(0);
    expect(workingDaysBetween('2025-03-14', '2025-03-07')).toBe(0);
  });
  it('refuses an invalid date', () => {
    expect(() => workingDaysBetween('2025-13-01', '2025-03-14')).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it('adds days across a month end and a leap day', () => {
    expect(addCalendarDays('2024-02-28', 2)).toBe('2024-03-01');
  });
});

describe('assertIsoDate', () => {
  it('returns a real date unchanged', () => {
    expect(assertIsoDate('2024-02-29')).toBe('2024-02-29');
  });
});
