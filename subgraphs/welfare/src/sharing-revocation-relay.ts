// The platform's outbox relay for revoked EMPLOYMENT_SHARING consents: tells the disability federation, whose access rules read them.
import type { Knex } from 'knex';
import { type AgencyEndpoint, callAgency } from '#platform/agency-calls/agency-client.js';
import { writeAudit } from '#platform/audit/audit.js';
import type { TopicHandler } from '#platform/outbox/relay.js';
import { markSharingRevocationDelivered, SHARING_REVOCATION_TOPIC, type SharingRevocationMessage, sharingRevocationById } from './data/employment-sharing.js';
import { HANDOFF_RELAY } from './employment-handoff-relay.js';
import { ReceiveEmploymentSharingRevocationDocument } from './generated/operations/graphql.js';

/** The handler of the revocation topic, sending to the federation at `employment`. */
export function sharingRevocationHandlers(db: Knex, employment: AgencyEndpoint): Record<string, TopicHandler<SharingRevocationMessage>> {
  return {
    [SHARING_REVOCATION_TOPIC]: {
      async deliver(message, requestId) {
        const revocation = await sharingRevocationById(db, message.payload.revocationId);
        // The case was deleted with its revocations: nothing is left to tell.
        if (!revocation) return;
        const input = { revocationId: revocation.id, pid: revocation.pid, referralId: revocation.referralId, revokedAt: revocation.revokedAt.toISOString() };
        const { receiveEmploymentSharingRevocation } = await callAgency(employment, ReceiveEmploymentSharingRevocationDocument, { input }, requestId);
        if (receiveEmploymentSharingRevocation.revocationId !== revocation.id) throw new Error('the federation confirmed another revocation');
      },
      async onDelivered(trx, message, requestId) {
        const pid = await markSharingRevocationDelivered(trx, message.payload.revocationId);
        if (pid === null) return;
        await writeAudit(trx, { requestId, caller: HANDOFF_RELAY, operationName: 'deliverEmploymentSharingRevocation' }, [
          { action: 'WRITE', pid, fields: ['employment_sharing_revocation.delivered'] },
        ]);
      },
    },
  };
}
