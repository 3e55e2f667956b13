// The federation's side of the two hand-offs with the platform: hand-offs received once, answers sent through the outbox.
import { type AuditRequest, writeAudit } from '#platform/audit/audit.js';
import type { Db } from '#platform/database/db.js';
import { enqueue } from '#platform/outbox/outbox.js';
import type { EmploymentOutcome, EmploymentReferralDecision } from '../generated/resolvers-types.js';

/** A hand-off as the platform's relay delivers it. */
export interface EmploymentHandoff {
  id: string;
  referralId: string;
  pid: string;
  countyCode: string;
  outcome: EmploymentOutcome;
  willingToWork: boolean;
  ableToWork: boolean;
  needsSupport: boolean;
  handedOverAt: string;
}

/**
 * Receives one hand-off in the caller's transaction as a RECEIVED referral with its audit row;
 * `on conflict (id) do nothing` makes a second delivery of the same hand-off write nothing.
 * Returns whether it was received now.
 */
export async function receiveHandoff(trx: Db, handoff: EmploymentHandoff, request: AuditRequest): Promise<boolean> {
  const inserted = (await trx('employment_referral')
    .insert({
      id: handoff.id,
      referral_id: handoff.referralId,
      pid: handoff.pid,
      county_code: handoff.countyCode,
      outcome: handoff.outcome,
      willing_to_work: handoff.willingToWork,
      able_to_work: handoff.ableToWork,
      needs_support: handoff.needsSupport,
      handed_over_at: handoff.handedOverAt,
      status: 'RECEIVED',
    })
    .onConflict('id')
    .ignore()
    .returning(['id'])) as { id: string }[];
  if (inserted.length === 0) return false;
  await writeAudit(trx, request, [{ action: 'WRITE', pid: handoff.pid, fields: ['employment_referral'] }]);
  return true;
}

/** The outbox topic of officers' answers to the platform; the message names the referral, the relay reads the answer when it delivers. */
export const ANSWER_TOPIC = 'employment-answer';
export type AnswerMessage = { referralId: string };

/** Enqueues an answer for the platform, in the answer's own transaction (a referral is answered once). */
export async function enqueueAnswer(db: Db, referralId: string): Promise<void> {
  await enqueue(db, ANSWER_TOPIC, { referralId } satisfies AnswerMessage, { key: referralId });
}

/** An answer as the relay sends it. */
export interface RecordedAnswer {
  id: string;
  decision: EmploymentReferralDecision;
  reason: string | null;
}

export async function answerOf(db: Db, referralId: string): Promise<RecordedAnswer | null> {
  const row = (await db('employment_referral').select('id', 'status', 'decline_reason').where({ id: referralId }).whereNotNull('answered_at').first()) as
    | { id: string; status: EmploymentReferralDecision; decline_reason: string | null }
    | undefined;
  return row ? { id: row.id, decision: row.status, reason: row.decline_reason } : null;
}

/** Marks an answer confirmed by the platform; returns its pid when it changed now (a second mark writes nothing). */
export async function markAnswerDelivered(db: Db, referralId: string): Promise<string | null> {
  const rows = (await db('employment_referral')
    .where({ id: referralId })
    .whereNull('answer_delivered_at')
    .update({ answer_delivered_at: db.fn.now() })
    .returning(['pid'])) as { pid: string }[];
  return rows[0]?.pid ?? null;
}
