// Calendar quarters of the community reviews: a quarter is reviewed once, after it has ended.
import type { Problem } from '#platform/i18n/messages.js';

export const QUARTERS = [1, 2, 3, 4] as const;

const LAST_DAYS = ['03-31', '06-30', '09-30', '12-31'] as const;

/** The last day of a quarter, 'YYYY-MM-DD'. */
export function quarterEnd(year: number, quarter: number): string {
  return `${String(year).padStart(4, '0')}-${LAST_DAYS[quarter - 1]!}`;
}

/** The first day of a quarter, 'YYYY-MM-DD'. */
export function quarterStart(year: number, quarter: number): string {
  return `${String(year).padStart(4, '0')}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
}

/** A problem with a review's quarter and date, or null: the quarter must have ended and the review must not be in the future. */
export function reviewDateProblem(
  year: number,
  quarter: number,
  reviewedOn: string,
  today: string,
): (Problem & { argument: 'input.year' | 'input.quarter' | 'input.reviewedOn' }) | null {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return { key: 'guardianship.reviewYear', argument: 'input.year' };
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) return { key: 'guardianship.quarter', argument: 'input.quarter' };
  if (reviewedOn > today) return { key: 'input.future', params: { argument: 'input.reviewedOn' }, argument: 'input.reviewedOn' };
  if (reviewedOn <= quarterEnd(year, quarter))
    return { key: 'guardianship.reviewBeforeQuarterEnd', params: { quarterEnd: quarterEnd(year, quarter) }, argument: 'input.reviewedOn' };
  return null;
}
