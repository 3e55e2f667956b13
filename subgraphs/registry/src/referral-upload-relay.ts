// The registry's outbox relay: pushes consented uploads, and withdrawals of revoked ones, to the platform's idempotent SERVICE mutations.
import type { Knex } from 'knex';
import { type AgencyEndpoint, callAgency } from '#platform/agency-calls/agency-client.js';
import { writeAudit } from '#platform/audit/audit.js';
import type { Caller } from '#platform/identity/identity.js';
import type { TopicHandler } from '#platform/outbox/relay.js';
import { hasGuardianOf } from './data/patients.js';
import { markUploadDelivered, UPLOAD_TOPIC, type UploadMessage, uploadById, WITHDRAWAL_TOPIC } from './data/referral-uploads.js';
import { ReceiveReferralUploadDocument, WithdrawReferralUploadDocument } from './generated/operations/graphql.js';

/** The relay as it appears in the audit of what it marks delivered. */
export const UPLOAD_RELAY: Caller = {
  subject: 'service-registry-relay',
  role: 'SERVICE',
  regionCode: '000000',
  institutionId: null,
  purpose: 'REFERRAL',
  tokenId: 'registry-relay',
};

const iso = (value: Date | string): string => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

/** The handlers of the registry's two topics, sending to the platform at `welfare`. */
export function uploadHandlers(db: Knex, welfare: AgencyEndpoint): Record<string, TopicHandler<UploadMessage>> {
  return {
    [UPLOAD_TOPIC]: {
      async deliver(message, requestId) {
        const upload = await uploadById(db, message.payload.uploadId);
        // The consent was revoked before delivery: nothing of the person leaves the registry (its withdrawal follows on its own topic).
        if (!upload || upload.status === 'CANCELLED') return;
        const { receiveReferralUpload } = await callAgency(
          welfare,
          ReceiveReferralUploadDocument,
          {
            input: {
              uploadId: upload.id,
              pid: upload.pid,
              countyCode: upload.countyCode,
              recommendsCommunityRehab: upload.recommendsCommunityRehab,
              uploadedAt: iso(upload.uploadedAt),
              // The guardian's signature is then asked for on the platform too (consents, the service agreement).
              hasGuardian: await hasGuardianOf(db, upload.pid),
              // The uploading hospital's clinicians read the imported case (the closed loop).
              hospitalCode: upload.hospitalCode,
            },
          },
          requestId,
        );
        if (receiveReferralUpload.uploadId !== upload.id) throw new Error('the platform confirmed another upload');
      },
      async onDelivered(trx, message, requestId) {
        const pid = await markUploadDelivered(trx, message.payload.uploadId);
        if (pid === null) return;
        await writeAudit(trx, { requestId, caller: UPLOAD_RELAY, operationName: 'deliverReferralUploads' }, [
          { action: 'WRITE', pid, fields: ['referral_upload.delivered'] },
        ]);
      },
    },
    [WITHDRAWAL_TOPIC]: {
      async deliver(message, requestId) {
        await callAgency(welfare, WithdrawReferralUploadDocument, { uploadId: message.payload.uploadId }, requestId);
      },
    },
  };
}
