// The two outboxes between the platform and the federation, on the federation's side: hand-offs imported once, answers delivered once.
import type { Knex } from 'knex';
import { writeAudit } from '#platform/audit/audit.js';
import type { Caller } from '#platform/identity/identity.js';
import type { Db } from '#platform/database/db.js';
import type { EmploymentOutcome, EmploymentReferralDecision } from '../generated/resolvers-types.js';

/** A hand-off as the platform's pendingEmploymentHandoffs gives it. */
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

/** The federation's own process, as it appears in the audit of what it imports and delivers. */
export const SYNC_CALLER: Caller = {
  subject: 'service-employment-sync',
  role: 'SERVICE',
  regionCode: '000000',
  institutionId: null,
  purpose: 'EMPLOYMENT',
  tokenId: 'employment-sync',
};

/**
 * One transaction for the batch: each hand-off not seen before becomes a RECEIVED referral with
 * its audit row; `on conflict (id) do nothing` makes a second import of the same hand-off write
 * nothing. Returns the ids imported now.
 */
export async function importHandoffs(db: Knex, handoffs: readonly EmploymentHandoff[], requestId: string): Promise<string[]> {
  if (handoffs.length === 0) return [];
  return db.transaction(async (trx) => {
    const rows = handoffs.map((h) => ({
      id: h.id,
      referral_id: h.referralId,
      pid: h.pid,
      county_code: h.countyCode,
      outcome: h.outcome,
      willing_to_work: h.willingToWork,
      able_to_work: h.ableToWork,
      needs_support: h.needsSupport,
      handed_over_at: h.handedOverAt,
      status: 'RECEIVED',
    }));
    const inserted = (await trx('employment_referral').insert(rows).onConflict('id').ignore().returning(['id', 'pid'])) as { id: string; pid: string }[];
    await writeAudit(
      trx,
      { requestId, caller: SYNC_CALLER, operationName: 'importEmploymentHandoffs' },
      inserted.map((r) => ({ action: 'WRITE' as const, pid: r.pid, fields: ['employment_referral'] })),
    );
    return inserted.map((r) => r.id);
  });
}

/** An answer waiting for the platform's confirmation. */
export interface PendingAnswer {
  id: string;
  decision: EmploymentReferralDecision;
  reason: string | null;
}

/** Answers not yet confirmed by the platform, oldest first (index employment_referral_undelivered_idx). */
export async function undeliveredAnswers(db: Db, limit: number): Promise<PendingAnswer[]> {
  const rows: { id: string; status: EmploymentReferralDecision; decline_reason: string | null }[] = await db('employment_referral')
    .select('id', 'status', 'decline_reason')
    .whereNotNull('answered_at')
    .whereNull('answer_delivered_at')
    .orderBy([{ column: 'answered_at' }, { column: 'id' }])
    .limit(limit);
  return rows.map((r) => ({ id: r.id, decision: r.status, reason: r.decline_reason }));
}

/** Marks one answer confirmed, with its audit row; a second mark writes nothing. */
export async function markAnswerDelivered(db: Knex, id: string, requestId: string): Promise<boolean> {
  return db.transaction(async (trx) => {
    const marked = (await trx('employment_referral')
      .where({ id })
      .whereNull('answer_delivered_at')
      .update({ answer_delivered_at: trx.fn.now() })
      .returning(['pid'])) as { pid: string }[];
    await writeAudit(
      trx,
      { requestId, caller: SYNC_CALLER, operationName: 'deliverEmploymentAnswers' },
      marked.map((r) => ({ action: 'WRITE' as const, pid: r.pid, fields: ['employment_referral.answer_delivered'] })),
    );
    return marked.length > 0;
  });
}
