// The platform's outbox relay for the institution holding each case: tells the registry, whose access rules read it.
import type { Knex } from 'knex';
import { type AgencyEndpoint, callAgency } from '#platform/agency-calls/agency-client.js';
import { writeAudit } from '#platform/audit/audit.js';
import type { TopicHandler } from '#platform/outbox/relay.js';
import { CASE_HOLDING_TOPIC, type CaseHoldingMessage, caseHoldingEventById, markCaseHoldingDelivered } from './data/case-holding.js';
import { ReceiveCaseHoldingDocument } from './generated/operations/graphql.js';
import { REGISTRY_RELAY } from './green-channel-relay.js';

/** The handler of the case-holding topic, sending to the registry at `registry`. */
export function caseHoldingHandlers(db: Knex, registry: AgencyEndpoint): Record<string, TopicHandler<CaseHoldingMessage>> {
  return {
    [CASE_HOLDING_TOPIC]: {
      async deliver(message, requestId) {
        const event = await caseHoldingEventById(db, message.payload.eventId);
        // The case was deleted with its events: nothing is left to tell.
        if (!event) return;
        const { receiveCaseHolding } = await callAgency(
          registry,
          ReceiveCaseHoldingDocument,
          {
            input: {
              eventId: event.id,
              pid: event.pid,
              referralId: event.referralId,
              institutionId: event.institutionId,
              holds: event.holds,
              at: event.at.toISOString(),
            },
          },
          requestId,
        );
        if (receiveCaseHolding.eventId !== event.id) throw new Error('the registry confirmed another event');
      },
      async onDelivered(trx, message, requestId) {
        const pid = await markCaseHoldingDelivered(trx, message.payload.eventId);
        if (pid === null) return;
        await writeAudit(trx, { requestId, caller: REGISTRY_RELAY, operationName: 'deliverCaseHolding' }, [
          { action: 'WRITE', pid, fields: ['case_holding_event.delivered'] },
        ]);
      },
    },
  };
}
