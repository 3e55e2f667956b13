// The outbox messages behind the seeded hand-offs: each agency's relay delivered them when the receiver recorded its side.
import { type DbOutboxMessageRow, outboxMessageRow } from '#platform/outbox/outbox.js';
import { ANSWER_TOPIC, type AnswerMessage } from '../../subgraphs/employment/src/data/referral-sync.js';
import { HANDOFF_TOPIC, type HandoffMessage } from '../../subgraphs/welfare/src/data/handoffs.js';
import type { DbEmploymentHandoffRow, DbEmploymentReferralRow } from './tables.js';

/** The platform's message of each hand-off: delivered when the federation received it, waiting while it is PENDING. */
export function handoffMessages(handoffs: readonly DbEmploymentHandoffRow[]): DbOutboxMessageRow[] {
  return handoffs.map((h) =>
    outboxMessageRow(
      HANDOFF_TOPIC,
      h.id,
      { handoffId: h.id } satisfies HandoffMessage,
      h.handed_over_at,
      h.status === 'PENDING' ? null : (h.received_at ?? h.handed_over_at),
    ),
  );
}

/** The federation's message of each answer: delivered when the platform confirmed it, waiting until then. */
export function answerMessages(referrals: readonly DbEmploymentReferralRow[]): DbOutboxMessageRow[] {
  return referrals
    .filter((r) => r.answered_at !== null)
    .map((r) => outboxMessageRow(ANSWER_TOPIC, r.id, { referralId: r.id } satisfies AnswerMessage, r.answered_at!, r.answer_delivered_at));
}
