// The registry's outbox relay for discharges: tells the platform that a person it sent back to hospital by the green channel was discharged.
import type { Knex } from 'knex';
import { type AgencyEndpoint, callAgency } from '#platform/agency-calls/agency-client.js';
import { writeAudit } from '#platform/audit/audit.js';
import type { TopicHandler } from '#platform/outbox/relay.js';
import { DISCHARGE_TOPIC, type DischargeMessage, dischargeNoticeById, markDischargeDelivered } from './data/discharge-notice.js';
import { ReceiveRegistryDischargeDocument } from './generated/operations/graphql.js';
import { UPLOAD_RELAY } from './referral-upload-relay.js';

/** The handler of the discharge topic, sending to the platform at `welfare`. */
export function dischargeHandlers(db: Knex, welfare: AgencyEndpoint): Record<string, TopicHandler<DischargeMessage>> {
  return {
    [DISCHARGE_TOPIC]: {
      async deliver(message, requestId) {
        const notice = await dischargeNoticeById(db, message.payload.noticeId);
        if (!notice) return;
        const { receiveRegistryDischarge } = await callAgency(
          welfare,
          ReceiveRegistryDischargeDocument,
          { input: { dischargeId: notice.id, pid: notice.pid, dischargedOn: notice.dischargedOn } },
          requestId,
        );
        if (receiveRegistryDischarge.dischargeId !== notice.id) throw new Error('the platform confirmed another discharge');
      },
      async onDelivered(trx, message, requestId) {
        const pid = await markDischargeDelivered(trx, message.payload.noticeId);
        if (pid === null) return;
        await writeAudit(trx, { requestId, caller: UPLOAD_RELAY, operationName: 'deliverDischargeNotice' }, [
          { action: 'WRITE', pid, fields: ['discharge_notice.delivered'] },
        ]);
      },
    },
  };
}
