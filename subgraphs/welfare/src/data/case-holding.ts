// Which institution holds a person's case: each change is told to the registry through the outbox, whose access rules need it
// (an institution's staff read the registry record of the people whose case it holds).
import { randomUUID } from 'node:crypto';
import type { Db } from '#platform/database/db.js';
import { enqueue } from '#platform/outbox/outbox.js';
import { OCCUPYING_STATUSES } from '../domain/referral-workflow.js';
import type { ReferralStatus } from '../generated/resolvers-types.js';

/** The outbox topic; the message names the event, the relay reads it when it delivers. */
export const CASE_HOLDING_TOPIC = 'case-holding';
export type CaseHoldingMessage = { eventId: string };

export interface CaseHoldingEvent {
  id: string;
  referralId: string;
  pid: string;
  institutionId: string;
  holds: boolean;
  at: Date;
}

/** The institution that holds a case in this state: the one that accepted it, until it closes, moves or leaves. */
export const holderOf = (status: ReferralStatus, institutionId: string | null): string | null =>
  institutionId !== null && OCCUPYING_STATUSES.includes(status) ? institutionId : null;

/**
 * In a transition's transaction: when the institution holding the case changed, records that the
 * old one no longer holds it and the new one does, each with its outbox message.
 */
export async function recordHoldingChange(db: Db, referral: { id: string; pid: string }, before: string | null, after: string | null): Promise<void> {
  if (before === after) return;
  if (before !== null) await recordEvent(db, referral, before, false);
  if (after !== null) await recordEvent(db, referral, after, true);
}

async function recordEvent(db: Db, referral: { id: string; pid: string }, institutionId: string, holds: boolean): Promise<void> {
  const id = randomUUID();
  await db('case_holding_event').insert({ id, referral_id: referral.id, pid: referral.pid, institution_id: institutionId, holds });
  await enqueue(db, CASE_HOLDING_TOPIC, { eventId: id } satisfies CaseHoldingMessage, { key: id });
}

/** The event, for the relay that delivers it. */
export async function caseHoldingEventById(db: Db, id: string): Promise<CaseHoldingEvent | null> {
  const row = (await db('case_holding_event').where({ id }).first('id', 'referral_id', 'pid', 'institution_id', 'holds', 'at')) as
    | { id: string; referral_id: string; pid: string; institution_id: string; holds: boolean; at: Date | string }
    | undefined;
  return row ? { id: row.id, referralId: row.referral_id, pid: row.pid, institutionId: row.institution_id, holds: row.holds, at: new Date(row.at) } : null;
}

/** Marks an event delivered; returns its pid when it changed now (a second mark changes nothing). */
export async function markCaseHoldingDelivered(db: Db, id: string): Promise<string | null> {
  const rows = (await db('case_holding_event').where({ id }).whereNull('delivered_at').update({ delivered_at: db.fn.now() }).returning(['pid'])) as {
    pid: string;
  }[];
  return rows[0]?.pid ?? null;
}
