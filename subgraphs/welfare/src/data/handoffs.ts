// Post-rehabilitation referrals to employment: written with REFERRED_OUT and their outbox message, delivered to the disability federation by the platform's relay, answered by it.
import { randomUUID } from 'node:crypto';
import type { Db } from '#platform/database/db.js';
import { enqueue } from '#platform/outbox/outbox.js';
import type { HandoffDecision, HandoffStatus, ReferralOutcome } from '../generated/resolvers-types.js';
import type { DbEmploymentHandoffRow } from './tables.js';

export interface HandoffRecord {
  id: string;
  referralId: string;
  pid: string;
  countyCode: string;
  outcome: ReferralOutcome;
  willingToWork: boolean;
  ableToWork: boolean;
  needsSupport: boolean;
  handedOverAt: Date;
  status: HandoffStatus;
  answeredAt: Date | null;
  declineReason: string | null;
}

/** The columns a hand-off is read with: the table's row but for the receipt time, which the relay alone uses. */
type DbHandoffRow = Omit<DbEmploymentHandoffRow, 'received_at'>;

const COLUMNS = [
  'id',
  'referral_id',
  'pid',
  'county_code',
  'outcome',
  'willing_to_work',
  'able_to_work',
  'needs_support',
  'handed_over_at',
  'status',
  'answered_at',
  'decline_reason',
];

const toRecord = (r: DbHandoffRow): HandoffRecord => ({
  id: r.id,
  referralId: r.referral_id,
  pid: r.pid,
  countyCode: r.county_code,
  outcome: r.outcome,
  willingToWork: r.willing_to_work,
  ableToWork: r.able_to_work,
  needsSupport: r.needs_support,
  handedOverAt: r.handed_over_at,
  status: r.status,
  answeredAt: r.answered_at,
  declineReason: r.decline_reason,
});

export interface NewHandoff {
  referralId: string;
  pid: string;
  countyCode: string;
  outcome: ReferralOutcome;
  willingToWork: boolean;
  ableToWork: boolean;
  needsSupport: boolean;
}

/** The outbox topic of hand-offs to the federation; the message names the hand-off, the relay reads it when it delivers. */
export const HANDOFF_TOPIC = 'employment-handoff';
export type HandoffMessage = { handoffId: string };

/**
 * Writes the hand-off as PENDING with its outbox message, in the caller's transaction. A case
 * whose earlier hand-off the federation declined is handed over again under a new id (one row per case).
 */
export async function handOver(db: Db, handoff: NewHandoff): Promise<HandoffRecord> {
  const row = {
    id: randomUUID(),
    referral_id: handoff.referralId,
    pid: handoff.pid,
    county_code: handoff.countyCode,
    outcome: handoff.outcome,
    willing_to_work: handoff.willingToWork,
    able_to_work: handoff.ableToWork,
    needs_support: handoff.needsSupport,
    handed_over_at: db.fn.now(),
    status: 'PENDING',
    received_at: null,
    answered_at: null,
    decline_reason: null,
  };
  const [written] = (await db('employment_handoff')
    .insert(row)
    .onConflict('referral_id')
    .merge()
    .where('employment_handoff.status', 'DECLINED')
    .returning(COLUMNS)) as DbHandoffRow[];
  if (!written) throw new Error('the case has a hand-off that the federation has not declined');
  await enqueue(db, HANDOFF_TOPIC, { handoffId: written.id } satisfies HandoffMessage, { key: written.id });
  return toRecord(written);
}

export async function handoffById(db: Db, id: string, options: { lock: boolean } = { lock: false }): Promise<HandoffRecord | null> {
  const query = db('employment_handoff').select(COLUMNS).where({ id });
  if (options.lock) query.forUpdate();
  const row = (await query.first()) as DbHandoffRow | undefined;
  return row ? toRecord(row) : null;
}

/** Marks a pending hand-off received (the federation confirmed it); returns its pid when it changed now. */
export async function markHandoffReceived(db: Db, id: string): Promise<string | null> {
  const rows = (await db('employment_handoff')
    .where({ id, status: 'PENDING' })
    .update({ status: 'RECEIVED', received_at: db.fn.now() })
    .returning(['pid'])) as { pid: string }[];
  return rows[0]?.pid ?? null;
}

export async function handoffsByReferralIds(db: Db, referralIds: readonly string[]): Promise<HandoffRecord[]> {
  const rows = (await db('employment_handoff')
    .select(COLUMNS)
    .whereRaw('referral_id = any(?)', [referralIds as string[]])) as DbHandoffRow[];
  return rows.map(toRecord);
}

export async function recordAnswer(db: Db, id: string, decision: HandoffDecision, declineReason: string | null): Promise<HandoffRecord> {
  const [row] = (await db('employment_handoff')
    .where({ id })
    .update({ status: decision, answered_at: db.fn.now(), decline_reason: declineReason, received_at: db.raw('coalesce(received_at, now())') })
    .returning(COLUMNS)) as DbHandoffRow[];
  return toRecord(row!);
}
