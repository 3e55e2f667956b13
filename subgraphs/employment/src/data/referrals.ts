// Post-rehabilitation referrals received from the platform: a person's, a region's, and the officer's answer.
import { refreshEmploymentStatistics } from './statistics.js';
import type { Db } from '#platform/database/db.js';
import type { EmploymentOutcome, EmploymentReferralDecision, EmploymentReferralStatus } from '../generated/resolvers-types.js';
import type { DbEmploymentReferralRow } from './tables.js';

export interface EmploymentReferralRecord {
  /** The platform's hand-off id. */
  id: string;
  pid: string;
  countyCode: string;
  outcome: EmploymentOutcome;
  willingToWork: boolean;
  ableToWork: boolean;
  needsSupport: boolean;
  handedOverAt: Date;
  receivedAt: Date;
  status: EmploymentReferralStatus;
  answeredAt: Date | null;
  declineReason: string | null;
  answerDelivered: boolean;
}

/** Never answered_by: who answered stays in the audit log. */
export const REFERRAL_COLUMNS = [
  'id',
  'pid',
  'county_code',
  'outcome',
  'willing_to_work',
  'able_to_work',
  'needs_support',
  'handed_over_at',
  'received_at',
  'status',
  'answered_at',
  'decline_reason',
  'answer_delivered_at',
];
type Row = Omit<DbEmploymentReferralRow, 'referral_id' | 'answered_by'>;
export const toReferralRecord = (r: Row): EmploymentReferralRecord => ({
  id: r.id,
  pid: r.pid,
  countyCode: r.county_code,
  outcome: r.outcome,
  willingToWork: r.willing_to_work,
  ableToWork: r.able_to_work,
  needsSupport: r.needs_support,
  handedOverAt: r.handed_over_at,
  receivedAt: r.received_at,
  status: r.status,
  answeredAt: r.answered_at,
  declineReason: r.decline_reason,
  answerDelivered: r.answer_delivered_at !== null,
});

/** The referral, locked for this transaction. */
export async function referralForUpdate(db: Db, id: string): Promise<EmploymentReferralRecord | null> {
  const row: Row | undefined = await db('employment_referral').select(REFERRAL_COLUMNS).where({ id }).forUpdate().first();
  return row ? toReferralRecord(row) : null;
}

/** An acknowledged referral of this person, or null (another person's, unanswered, declined or unknown). */
export async function acknowledgedReferralOf(db: Db, pid: string, id: string): Promise<EmploymentReferralRecord | null> {
  const row: Row | undefined = await db('employment_referral').select(REFERRAL_COLUMNS).where({ id, pid, status: 'ACKNOWLEDGED' }).first();
  return row ? toReferralRecord(row) : null;
}

/** Records the answer, and the statistics it moves; answer_delivered_at stays null until the platform has confirmed it (the relay marks it). */
export async function recordAnswer(
  db: Db,
  id: string,
  answer: { decision: EmploymentReferralDecision; answeredBy: string; reason: string | null },
): Promise<EmploymentReferralRecord> {
  const [row] = (await db('employment_referral')
    .where({ id })
    .update({ status: answer.decision, answered_at: db.fn.now(), answered_by: answer.answeredBy, decline_reason: answer.reason })
    .returning(REFERRAL_COLUMNS)) as Row[];
  const record = toReferralRecord(row!);
  await refreshEmploymentStatistics(db, [record.pid]);
  return record;
}

/** The county of residence the platform last gave for the person; null when no referral was received. */
export async function latestReferralCounty(db: Db, pid: string): Promise<string | null> {
  const row: { county_code: string } | undefined = await db('employment_referral')
    .select('county_code')
    .where({ pid })
    .orderBy([
      { column: 'received_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .first();
  return row?.county_code ?? null;
}

/** A record with its exact position in a list's order: microseconds since the epoch (a Date keeps only milliseconds). */
export type Positioned<T> = T & { positionMicros: number };

const micros = (column: string) => `(extract(epoch from ${column}) * 1000000)::bigint as position_micros`;
const fromMicros = `timestamptz 'epoch' + ?::bigint * interval '1 microsecond'`;
const positioned = (r: Row & { position_micros: number | string }): Positioned<EmploymentReferralRecord> => ({
  ...toReferralRecord(r),
  positionMicros: Number(r.position_micros),
});

export interface ReferralPage {
  countyPrefix: string;
  status: EmploymentReferralStatus;
  after: { receivedMicros: number; id: string } | null;
  limit: number;
}

/** A page of a region's referrals in a status, oldest first (index employment_referral_county_idx). */
export async function listReferrals(db: Db, page: ReferralPage): Promise<Positioned<EmploymentReferralRecord>[]> {
  const query = db('employment_referral')
    .select([...REFERRAL_COLUMNS, db.raw(micros('received_at'))])
    .where('county_code', 'like', `${page.countyPrefix}%`)
    .where({ status: page.status })
    .orderBy([{ column: 'received_at' }, { column: 'id' }])
    .limit(page.limit);
  if (page.after) query.whereRaw(`(received_at, id) > (${fromMicros}, ?::uuid)`, [page.after.receivedMicros, page.after.id]);
  return ((await query) as (Row & { position_micros: number })[]).map(positioned);
}

export interface WaitingPage {
  countyPrefix: string;
  after: { answeredMicros: number; id: string } | null;
  limit: number;
}

/**
 * A page of a region's acknowledged referrals whose person has started no placement (anywhere)
 * on or after the day of the acknowledgement (China time), longest waiting first.
 */
export async function listReferredNotPlaced(db: Db, page: WaitingPage): Promise<Positioned<EmploymentReferralRecord>[]> {
  const query = db('employment_referral as r')
    .select([...REFERRAL_COLUMNS.map((c) => `r.${c}`), db.raw(micros('r.answered_at'))])
    .where('r.county_code', 'like', `${page.countyPrefix}%`)
    .where('r.status', 'ACKNOWLEDGED')
    .whereNotExists((sub) =>
      sub.select(db.raw('1')).from('placement as p').whereRaw('p.pid = r.pid').whereRaw(`p.started_on >= (r.answered_at at time zone 'Asia/Shanghai')::date`),
    )
    .orderBy([{ column: 'r.answered_at' }, { column: 'r.id' }])
    .limit(page.limit);
  if (page.after) query.whereRaw(`(r.answered_at, r.id) > (${fromMicros}, ?::uuid)`, [page.after.answeredMicros, page.after.id]);
  return ((await query) as (Row & { position_micros: number })[]).map(positioned);
}
