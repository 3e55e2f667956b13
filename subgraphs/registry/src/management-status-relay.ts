// The registry's outbox relay for status changes: tells the platform of a consented person's change, re-checking the consent at delivery.
import type { Knex } from 'knex';
import { type AgencyEndpoint, callAgency } from '#platform/agency-calls/agency-client.js';
import { writeAudit } from '#platform/audit/audit.js';
import type { TopicHandler } from '#platform/outbox/relay.js';
import { liveUploadConsentGrantors } from './data/consents.js';
import { hasGuardianOf } from './data/patients.js';
import { markStatusChangeDelivered, STATUS_TOPIC, type StatusMessage, statusChangeById } from './data/management-status.js';
import { isNoticeStatus, statusNoticeAllowed } from './domain/status-notice.js';
import { ReceiveRegistryStatusDocument } from './generated/operations/graphql.js';
import { UPLOAD_RELAY } from './referral-upload-relay.js';

/** The handler of the status topic, sending to the platform at `welfare`. */
export function statusHandlers(db: Knex, welfare: AgencyEndpoint): Record<string, TopicHandler<StatusMessage>> {
  return {
    [STATUS_TOPIC]: {
      async deliver(message, requestId) {
        const change = await statusChangeById(db, message.payload.changeId);
        if (!change || !isNoticeStatus(change.status)) return;
        const status = change.status;
        const hasGuardian = await hasGuardianOf(db, change.pid);
        // The consent was revoked after the change was recorded: nothing of the person leaves the registry.
        if (hasGuardian === null || !statusNoticeAllowed(status, await liveUploadConsentGrantors(db, change.pid), hasGuardian)) return;
        const { receiveRegistryStatus } = await callAgency(
          welfare,
          ReceiveRegistryStatusDocument,
          { input: { changeId: change.id, pid: change.pid, status, since: change.since, movedToCountyCode: change.movedToCountyCode } },
          requestId,
        );
        if (receiveRegistryStatus.changeId !== change.id) throw new Error('the platform confirmed another status change');
      },
      async onDelivered(trx, message, requestId) {
        const pid = await markStatusChangeDelivered(trx, message.payload.changeId);
        if (pid === null) return;
        await writeAudit(trx, { requestId, caller: UPLOAD_RELAY, operationName: 'deliverManagementStatus' }, [
          { action: 'WRITE', pid, fields: ['management_status_change.delivered'] },
        ]);
      },
    },
  };
}
