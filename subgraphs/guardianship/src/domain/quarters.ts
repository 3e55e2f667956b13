// Calendar quarters of the community reviews: a quarter is reviewed once, after it has ended.

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
): { message: string; argument: 'input.year' | 'input.quarter' | 'input.reviewedOn' } | null {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return { message: 'input.year must be a year from 2000 to 2100', argument: 'input.year' };
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) return { message: 'input.quarter must be 1, 2, 3 or 4', argument: 'input.quarter' };
  if (reviewedOn > today) return { message: 'input.reviewedOn must not be in the future', argument: 'input.reviewedOn' };
  if (reviewedOn <= quarterEnd(year, quarter))
    return { message: `input.reviewedOn must be after the quarter's last day (${quarterEnd(year, quarter)})`, argument: 'input.reviewedOn' };
  return null;
}
