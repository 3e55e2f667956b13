// The platform's outbox relay for cases imported from a hospital's upload: tells the registry that the case was accepted or closed, for the hospital to see on its upload.
import type { Knex } from 'knex';
import { type AgencyEndpoint, callAgency } from '#platform/agency-calls/agency-client.js';
import { writeAudit } from '#platform/audit/audit.js';
import type { TopicHandler } from '#platform/outbox/relay.js';
import { markUploadCaseEventDelivered, UPLOAD_CASE_TOPIC, type UploadCaseMessage, uploadCaseEventById } from './data/upload-case-events.js';
import { ReceiveUploadCaseStatusDocument } from './generated/operations/graphql.js';
import { REGISTRY_RELAY } from './green-channel-relay.js';

/** The handler of the upload-case topic, sending to the registry at `registry`. */
export function uploadCaseHandlers(db: Knex, registry: AgencyEndpoint): Record<string, TopicHandler<UploadCaseMessage>> {
  return {
    [UPLOAD_CASE_TOPIC]: {
      async deliver(message, requestId) {
        const event = await uploadCaseEventById(db, message.payload.eventId);
        if (!event) return;
        const { receiveUploadCaseStatus } = await callAgency(
          registry,
          ReceiveUploadCaseStatusDocument,
          { input: { eventId: event.id, uploadId: event.uploadId, status: event.status, at: event.at.toISOString() } },
          requestId,
        );
        if (receiveUploadCaseStatus.eventId !== event.id) throw new Error('the registry confirmed another event');
      },
      async onDelivered(trx, message, requestId) {
        const pid = await markUploadCaseEventDelivered(trx, message.payload.eventId);
        if (pid === null) return;
        await writeAudit(trx, { requestId, caller: REGISTRY_RELAY, operationName: 'deliverUploadCaseStatus' }, [
          { action: 'WRITE', pid, fields: ['upload_case_event.delivered'] },
        ]);
      },
    },
  };
}
