// The platform's outbox relay for the green channel: tells the registry of a case sent back to a psychiatric hospital, which records it as a relapse.
import type { Knex } from 'knex';
import { type AgencyEndpoint, callAgency } from '#platform/agency-calls/agency-client.js';
import { writeAudit } from '#platform/audit/audit.js';
import type { Caller } from '#platform/identity/identity.js';
import type { TopicHandler } from '#platform/outbox/relay.js';
import { GREEN_CHANNEL_TOPIC, type GreenChannelMessage, greenChannelById, markGreenChannelDelivered } from './data/green-channel.js';
import { ReceiveGreenChannelRelapseDocument } from './generated/operations/graphql.js';

/** The relay as it appears in the audit of what it marks delivered to the registry (green-channel referrals, uploaded cases' steps). */
export const REGISTRY_RELAY: Caller = {
  subject: 'service-welfare-relay',
  role: 'SERVICE',
  regionCode: '000000',
  institutionId: null,
  purpose: 'REFERRAL',
  tokenId: 'welfare-relay',
};

/** The handler of the green-channel topic, sending to the registry at `registry`. */
export function greenChannelHandlers(db: Knex, registry: AgencyEndpoint): Record<string, TopicHandler<GreenChannelMessage>> {
  return {
    [GREEN_CHANNEL_TOPIC]: {
      async deliver(message, requestId) {
        const referral = await greenChannelById(db, message.payload.greenChannelId);
        // The case was deleted with its referrals: nothing is left to tell.
        if (!referral) return;
        const { receiveGreenChannelRelapse } = await callAgency(
          registry,
          ReceiveGreenChannelRelapseDocument,
          { input: { greenChannelId: referral.id, pid: referral.pid, referredOn: referral.referredOn, hospitalCode: referral.hospitalCode } },
          requestId,
        );
        if (receiveGreenChannelRelapse.greenChannelId !== referral.id) throw new Error('the registry confirmed another green-channel referral');
      },
      async onDelivered(trx, message, requestId) {
        const pid = await markGreenChannelDelivered(trx, message.payload.greenChannelId);
        if (pid === null) return;
        await writeAudit(trx, { requestId, caller: REGISTRY_RELAY, operationName: 'deliverGreenChannelRelapse' }, [
          { action: 'WRITE', pid, fields: ['green_channel_referral.delivered'] },
        ]);
      },
    },
  };
}
