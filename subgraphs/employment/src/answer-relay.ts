// The federation's outbox relay: pushes officers' answers to the platform's idempotent SERVICE mutation.
import type { Knex } from 'knex';
import { type AgencyEndpoint, AgencyCallError, callAgency } from '#platform/agency-calls/agency-client.js';
import { writeAudit } from '#platform/audit/audit.js';
import type { Caller } from '#platform/identity/identity.js';
import type { TopicHandler } from '#platform/outbox/relay.js';
import { ANSWER_TOPIC, type AnswerMessage, answerOf, markAnswerDelivered } from './data/referral-sync.js';
import { AnswerEmploymentHandoffDocument } from './generated/operations/graphql.js';

/** The relay as it appears in the audit of what it marks delivered. */
export const ANSWER_RELAY: Caller = {
  subject: 'service-employment-relay',
  role: 'SERVICE',
  regionCode: '000000',
  institutionId: null,
  purpose: 'EMPLOYMENT',
  tokenId: 'employment-relay',
};

/** The handler of the federation's answer topic, sending to the platform at `welfare`. */
export function answerHandlers(db: Knex, welfare: AgencyEndpoint): Record<string, TopicHandler<AnswerMessage>> {
  return {
    [ANSWER_TOPIC]: {
      async deliver(message, requestId) {
        const answer = await answerOf(db, message.payload.referralId);
        if (!answer) return;
        const { answerEmploymentHandoff: handoff } = await callAgency(
          welfare,
          AnswerEmploymentHandoffDocument,
          { input: { handoffId: answer.id, decision: answer.decision, reason: answer.reason } },
          requestId,
        );
        if (handoff.status !== answer.decision) throw new AgencyCallError(welfare.agency, 'graphql', 200, [`HOLDS_${handoff.status}`]);
      },
      async onDelivered(trx, message, requestId) {
        const pid = await markAnswerDelivered(trx, message.payload.referralId);
        if (pid === null) return;
        await writeAudit(trx, { requestId, caller: ANSWER_RELAY, operationName: 'deliverEmploymentAnswers' }, [
          { action: 'WRITE', pid, fields: ['employment_referral.answer_delivered'] },
        ]);
      },
    },
  };
}
