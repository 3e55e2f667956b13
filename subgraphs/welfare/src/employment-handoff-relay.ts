// The platform's outbox relay: pushes employment hand-offs to the disability federation's idempotent SERVICE mutation.
import type { Knex } from 'knex';
import { type AgencyEndpoint, callAgency } from '#platform/agency-calls/agency-client.js';
import { writeAudit } from '#platform/audit/audit.js';
import type { Caller } from '#platform/identity/identity.js';
import type { TopicHandler } from '#platform/outbox/relay.js';
import { HANDOFF_TOPIC, type HandoffMessage, handoffById, markHandoffReceived } from './data/handoffs.js';
import { ReceiveEmploymentHandoffDocument } from './generated/operations/graphql.js';

/** The relay as it appears in the audit of what it marks received. */
export const HANDOFF_RELAY: Caller = {
  subject: 'service-welfare-relay',
  role: 'SERVICE',
  regionCode: '000000',
  institutionId: null,
  purpose: 'EMPLOYMENT',
  tokenId: 'welfare-relay',
};

/** The handler of the platform's hand-off topic, sending to the federation at `employment`. */
export function handoffHandlers(db: Knex, employment: AgencyEndpoint): Record<string, TopicHandler<HandoffMessage>> {
  return {
    [HANDOFF_TOPIC]: {
      async deliver(message, requestId) {
        const handoff = await handoffById(db, message.payload.handoffId);
        // A hand-off handed over again after a decline has a new id (and message): the old one has nothing to send.
        if (!handoff) return;
        // Only the two outcomes to work are the federation's (referOut hands over no other).
        if (handoff.outcome !== 'EMPLOYMENT' && handoff.outcome !== 'SHELTERED_EMPLOYMENT')
          throw Object.assign(new Error('not for the federation'), { code: 'NOT_AN_EMPLOYMENT_OUTCOME' });
        const { receiveEmploymentHandoff } = await callAgency(
          employment,
          ReceiveEmploymentHandoffDocument,
          {
            input: {
              handoffId: handoff.id,
              referralId: handoff.referralId,
              pid: handoff.pid,
              countyCode: handoff.countyCode,
              outcome: handoff.outcome,
              willingToWork: handoff.willingToWork,
              ableToWork: handoff.ableToWork,
              needsSupport: handoff.needsSupport,
              handedOverAt: new Date(handoff.handedOverAt).toISOString(),
            },
          },
          requestId,
        );
        if (receiveEmploymentHandoff.id !== handoff.id) throw new Error('the federation confirmed another hand-off');
      },
      async onDelivered(trx, message, requestId) {
        const pid = await markHandoffReceived(trx, message.payload.handoffId);
        if (pid === null) return;
        await writeAudit(trx, { requestId, caller: HANDOFF_RELAY, operationName: 'deliverEmploymentHandoffs' }, [
          { action: 'WRITE', pid, fields: ['employment_handoff.received'] },
        ]);
      },
    },
  };
}
