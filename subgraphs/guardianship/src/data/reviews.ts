// Quarterly community reviews of how guardians fulfilled their duties.
import type { Db } from '#platform/database/db.js';
import type { ReviewOutcome } from '../domain/incentive-payment.js';

export interface ReviewRecord {
  id: string;
  pid: string;
  year: number;
  quarter: number;
  reviewedOn: string;
  outcome: ReviewOutcome;
  incident: boolean;
  reviewerRole: string;
}

interface ReviewRow {
  id: number | string;
  pid: string;
  year: number;
  quarter: number;
  reviewed_on: string;
  outcome: ReviewOutcome;
  incident: boolean;
  reviewer_role: string;
}

const COLUMNS = ['id', 'pid', 'year', 'quarter', 'reviewed_on', 'outcome', 'incident', 'reviewer_role'];
const toRecord = (row: ReviewRow): ReviewRecord => ({
  id: String(row.id),
  pid: row.pid,
  year: Number(row.year),
  quarter: Number(row.quarter),
  reviewedOn: row.reviewed_on,
  outcome: row.outcome,
  incident: row.incident,
  reviewerRole: row.reviewer_role,
});

/** The reviews of these wards, newest quarter first. */
export async function reviewsByPids(db: Db, pids: readonly string[]): Promise<ReviewRecord[]> {
  const rows: ReviewRow[] = await db('quarterly_review')
    .select(COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([
      { column: 'year', order: 'desc' },
      { column: 'quarter', order: 'desc' },
    ]);
  return rows.map(toRecord);
}

/** One ward's reviews of one year. */
export async function reviewsOfYear(db: Db, pid: string, year: number): Promise<ReviewRecord[]> {
  const rows: ReviewRow[] = await db('quarterly_review').select(COLUMNS).where({ pid, year }).orderBy('quarter');
  return rows.map(toRecord);
}

export async function reviewExists(db: Db, pid: string, year: number, quarter: number): Promise<boolean> {
  return (await db('quarterly_review').where({ pid, year, quarter }).first(db.raw('1 as one'))) !== undefined;
}

export async function insertReview(db: Db, review: Omit<ReviewRecord, 'id'>): Promise<ReviewRecord> {
  const [row] = (await db('quarterly_review')
    .insert({
      pid: review.pid,
      year: review.year,
      quarter: review.quarter,
      reviewed_on: review.reviewedOn,
      outcome: review.outcome,
      incident: review.incident,
      reviewer_role: review.reviewerRole,
    })
    .returning(COLUMNS)) as ReviewRow[];
  return toRecord(row!);
}
