// The county's waiting queue in SQL: free places of a county, a case's position, and the head of the queue.
import type { Db } from '#platform/database/db.js';
import { PLACE_TAKING_STATUSES } from '../domain/referral-workflow.js';
import { QUEUE_STATUSES } from '../domain/waiting-queue.js';
import { REFERRAL_COLUMNS, type ReferralRecord, toReferralRecord } from './referrals.js';
import type { DbReferralRow } from './tables.js';

/** Places free in the county's institutions now: capacity less places taken, each institution counted from zero up. */
export async function freePlacesInCounty(db: Db, countyCode: string): Promise<number> {
  const { rows } = (await db.raw(
    `select coalesce(sum(greatest(i.capacity - (select count(*) from referral r where r.institution_id = i.id and r.status = any(?)), 0)), 0) as free
       from institution i
      where i.county_code = ?`,
    [PLACE_TAKING_STATUSES as string[], countyCode],
  )) as { rows: { free: number | string }[] };
  return Number(rows[0]?.free ?? 0);
}

/**
 * Each queued case's position in its county's queue (1 is next), by first registration then
 * id; cases not queued are absent. One statement for many cases (the status/registered index).
 */
export async function waitingPositions(db: Db, referralIds: readonly string[]): Promise<{ referralId: string; position: number }[]> {
  const { rows } = (await db.raw(
    `select r.id, 1 + (select count(*) from referral q
                        where q.status = any(?) and q.county_code = r.county_code
                          and (q.registered_at, q.id) < (r.registered_at, r.id)) as position
       from referral r
      where r.id = any(?) and r.status = any(?) and r.registered_at is not null`,
    [QUEUE_STATUSES as string[], referralIds as string[], QUEUE_STATUSES as string[]],
  )) as { rows: { id: string; position: number | string }[] };
  return rows.map((row) => ({ referralId: row.id, position: Number(row.position) }));
}

/** The first `limit` cases of the county's queue, in queue order. */
export async function queueHead(db: Db, countyCode: string, limit: number): Promise<ReferralRecord[]> {
  if (limit <= 0) return [];
  const rows = (await db('referral')
    .select(...REFERRAL_COLUMNS)
    .whereIn('status', QUEUE_STATUSES)
    .where({ county_code: countyCode })
    .whereNotNull('registered_at')
    .orderBy([{ column: 'registered_at' }, { column: 'id' }])
    .limit(limit)) as DbReferralRow[];
  return rows.map(toReferralRecord);
}

/** How many cases the county's queue holds. */
export async function queueLength(db: Db, countyCode: string): Promise<number> {
  const [row] = (await db('referral').whereIn('status', QUEUE_STATUSES).where({ county_code: countyCode }).whereNotNull('registered_at').count({ n: '*' })) as {
    n: number | string;
  }[];
  return Number(row?.n ?? 0);
}
