// Work lists of the referral workflow: cases past a deadline and waiting lists, oldest clock first, by keyset.
import type { Db } from '#platform/database/db.js';
import { type ReferralScope, withinScope } from './referral-scope.js';
import type { ReferralStatus } from '../generated/resolvers-types.js';
import { type ReferralRow, REFERRAL_COLUMNS, type ReferralRecord, toReferralRecord } from './referrals.js';

/** The timestamp a list runs on: submission (review deadline) or registration (dispatch deadline, waiting). */
export type ReferralClock = 'submitted_at' | 'registered_at';

export interface ClockListFilter {
  statuses: readonly ReferralStatus[];
  clock: ReferralClock;
  countyPrefix: string;
  /** Only cases whose clock started before this instant. */
  startedBefore?: Date | null;
  /** Also only cases not sent back for review since this instant (the review deadline runs again from review_requested_at). */
  notSentBackSince?: Date | null;
  /** Keyset: only cases after this (clock, id), oldest first; the clock as `position` gave it. */
  after?: { clock: string; id: string } | null;
  limit: number;
}

/** A listed referral with its exact position: the clock in full microseconds, which a JavaScript Date would round. */
export type ListedReferral = ReferralRecord & { position: { clock: string; id: string } };

/** Cases in these statuses, oldest clock first by (clock, id): a stable keyset order on the (status, clock, id) indexes. */
export async function listByClock(db: Db, scope: ReferralScope, filter: ClockListFilter): Promise<ListedReferral[]> {
  const query = withinScope(
    db('referral')
      .select(...REFERRAL_COLUMNS, db.raw(`to_char(?? at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as clock_key`, [filter.clock]))
      .whereIn('status', filter.statuses)
      .whereNotNull(filter.clock)
      .where('county_code', 'like', `${filter.countyPrefix}%`),
    scope,
  );
  if (filter.startedBefore) query.where(filter.clock, '<', filter.startedBefore);
  if (filter.notSentBackSince) {
    const since = filter.notSentBackSince;
    query.where((q) => q.whereNull('review_requested_at').orWhere('review_requested_at', '<', since));
  }
  if (filter.after) query.whereRaw(`(??, id) > (?::timestamptz, ?)`, [filter.clock, filter.after.clock, filter.after.id]);
  const rows = (await query.orderBy([{ column: filter.clock }, { column: 'id' }]).limit(filter.limit)) as (ReferralRow & { clock_key: string })[];
  return rows.map((row) => ({ ...toReferralRecord(row), position: { clock: row.clock_key, id: row.id } }));
}
