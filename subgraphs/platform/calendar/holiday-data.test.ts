// Unit tests of the holiday data: the repo's file, an operator's file, and what start-up refuses.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StartupError } from '#platform/config/config.js';
import { loadHolidayCalendar, parseHolidayFile } from './holiday-data.js';
import { calendarCoversYear, calendarWarnings, isWorkingDay, installHolidayCalendar, workingDeadline } from './working-days.js';

/** A fictional year for the tests only: its days are made up, never to be mistaken for a State Council notice. */
const FICTIONAL_2040 = {
  years: {
    '2040': {
      notice: 'fictional test data',
      daysOff: [{ first: '2040-10-01', last: '2040-10-05', name: 'fictional National Day' }],
      makeUpWorkingDays: ['2040-10-06'],
    },
  },
};

function operatorFile(content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'holidays-')), 'holidays.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

afterEach(() => installHolidayCalendar(loadHolidayCalendar()));

describe('the holiday data', () => {
  it('covers 2023 to 2026 from the notices in the repo, and no year it has no notice for', () => {
    const calendar = loadHolidayCalendar();
    expect([...calendar.keys()].sort()).toEqual([2023, 2024, 2025, 2026]);
    expect(calendarCoversYear(2026)).toBe(true);
    expect(calendarCoversYear(2027)).toBe(false);
  });

  it("adds an operator's year without a release, and its days count at once", () => {
    expect(isWorkingDay('2040-10-01')).toBe(true); // a Monday, uncovered: weekdays only
    installHolidayCalendar(loadHolidayCalendar(operatorFile(FICTIONAL_2040)));
    expect(calendarCoversYear(2040)).toBe(true);
    expect(isWorkingDay('2040-10-01')).toBe(false);
    expect(isWorkingDay('2040-10-06')).toBe(true); // a Saturday worked in exchange
    expect(calendarCoversYear(2026)).toBe(true);
  });

  it('refuses a bad file at start-up, naming every problem at once', () => {
    const bad = {
      years: {
        '2040': {
          notice: '',
          daysOff: [{ first: '2040-10-05', last: '2040-10-01', name: 'reversed' }],
          makeUpWorkingDays: ['2040-10-08', '2040-02-30'],
        },
      },
    };
    const attempt = () => loadHolidayCalendar(operatorFile(bad));
    expect(attempt).toThrow(StartupError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as StartupError).problems;
      expect(problems.some((p) => p.includes('notice'))).toBe(true);
      expect(problems.some((p) => p.includes('2040-02-30') || p.includes('real date'))).toBe(true);
    }
    const inconsistent = {
      years: { '2040': { notice: 'x', daysOff: [{ first: '2040-10-05', last: '2040-10-01', name: 'reversed' }], makeUpWorkingDays: ['2040-10-08'] } },
    };
    expect(() => parseHolidayFile(JSON.stringify(inconsistent), 'ops.json')).toThrow(/after last.*|not a Saturday or Sunday/);
    expect(() => loadHolidayCalendar(operatorFile('{ not json'))).toThrow(/not JSON/);
    expect(() => loadHolidayCalendar('/nonexistent/holidays.json')).toThrow(/cannot be read/);
  });
});

describe('deadlines past the holiday data', () => {
  it('are counted on weekdays and flagged, never guessed silently', () => {
    expect(workingDeadline('2025-01-24', 5)).toEqual({ dueOn: '2025-02-07', calendarCovered: true });
    // 2026-12-28 is a Monday; 5 weekdays on runs into 2027, which has no notice yet.
    expect(workingDeadline('2026-12-28', 5)).toEqual({ dueOn: '2027-01-04', calendarCovered: false });
    expect(workingDeadline('2026-12-21', 4)).toEqual({ dueOn: '2026-12-25', calendarCovered: true });
  });

  it('warn /ready from 1 December when next year is missing, and whenever this year is', () => {
    expect(calendarWarnings('2026-11-30')).toEqual([]);
    expect(calendarWarnings('2026-12-01')).toEqual([expect.stringContaining('2027')]);
    expect(calendarWarnings('2027-03-01')).toEqual([expect.stringContaining('no holiday data for 2027')]);
    expect(calendarWarnings('2025-12-15')).toEqual([]);
  });
});
