import { describe, expect, it } from 'vitest';
import { quarterEnd, quarterStart, reviewDateProblem } from './quarters.js';

describe('a quarter', () => {
  it('starts and ends on the calendar quarter days', () => {
    expect([1, 2, 3, 4].map((q) => [quarterStart(2025, q), quarterEnd(2025, q)])).toEqual([
      ['2025-01-01', '2025-03-31'],
      ['2025-04-01', '2025-06-30'],
      ['2025-07-01', '2025-09-30'],
      ['2025-10-01', '2025-12-31'],
    ]);
  });
});

describe('a quarterly review date', () => {
  it('is accepted from the day after the quarter ended up to today', () => {
    expect(reviewDateProblem(2025, 4, '2026-01-01', '2026-11-01')).toBeNull();
    expect(reviewDateProblem(2026, 3, '2026-11-01', '2026-11-01')).toBeNull();
  });

  it("is refused on or before the quarter's last day", () => {
    expect(reviewDateProblem(2025, 2, '2025-06-30', '2026-11-01')).toEqual({
      key: 'guardianship.reviewBeforeQuarterEnd',
      params: { quarterEnd: '2025-06-30' },
      argument: 'input.reviewedOn',
    });
    expect(reviewDateProblem(2026, 4, '2026-10-15', '2026-11-01')?.argument).toBe('input.reviewedOn');
  });

  it('is refused in the future', () => {
    expect(reviewDateProblem(2026, 3, '2026-11-02', '2026-11-01')).toEqual({
      key: 'input.future',
      params: { argument: 'input.reviewedOn' },
      argument: 'input.reviewedOn',
    });
  });

  it('refuses a quarter outside 1-4 and an implausible year', () => {
    expect(reviewDateProblem(2025, 0, '2026-01-05', '2026-11-01')?.argument).toBe('input.quarter');
    expect(reviewDateProblem(2025, 5, '2026-01-05', '2026-11-01')?.argument).toBe('input.quarter');
    expect(reviewDateProblem(1999, 1, '2026-01-05', '2026-11-01')?.argument).toBe('input.year');
  });
});
