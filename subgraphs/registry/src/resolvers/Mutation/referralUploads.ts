// Referral uploads: a clinician uploads with consent; the upload and its outbox message are written in one transaction.
import { writeAudit } from '#platform/audit/audit.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { liveUploadConsentGrantors } from '../../data/consents.js';
import { hospitalizationForUpdate } from '../../data/hospitalizations.js';
import { enqueueUpload, insertUpload, pendingUploadOf, type ReferralUploadRecord } from '../../data/referral-uploads.js';
import { uploadConsentMissing } from '../../domain/upload-consent.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { pidArg } from '../Query.js';
import { auditRequestOf, idArg, writablePatient } from './write-context.js';
import { t } from '#platform/i18n/request-language.js';

export const uploadReferral: NonNullable<MutationResolvers['uploadReferral']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const stayId = input.hospitalizationId ? idArg(input.hospitalizationId, 'input.hospitalizationId') : null;
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'uploadReferral', payload: input };
  return idempotent<ReferralUploadRecord>(ctx.db, write, async (trx) => {
    const patient = await writablePatient(trx, ctx, pid, 'Mutation.uploadReferral');
    // Not an access decision: the upload itself is the policy's (writablePatient asks Mutation.uploadReferral);
    // a referral needing the consents of the patient and guardian is a rule of this write, answered CONSENT_REQUIRED.
    const missing = uploadConsentMissing(await liveUploadConsentGrantors(trx, pid), patient.hasGuardian);
    if (missing) {
      throw graphError(ErrorCode.CONSENT_REQUIRED, missing === 'GUARDIAN' ? t('registry.uploadNeedsGuardian') : t('registry.uploadNeedsConsent'), { missing });
    }
    let recommends = true;
    if (stayId !== null) {
      const stay = await hospitalizationForUpdate(trx, stayId);
      if (!stay || stay.pid !== pid) throw badInput(t('registry.stayNotOfPerson'), 'input.hospitalizationId');
      if (!stay.dischargeAssessment) throw badInput(t('registry.stayNotAssessed'), 'input.hospitalizationId');
      recommends = stay.dischargeAssessment.recommendsCommunityRehab;
    }
    if (await pendingUploadOf(trx, pid)) throw graphError(ErrorCode.ALREADY_EXISTS, t('registry.uploadPending'));
    const upload = await insertUpload(trx, {
      pid,
      hospitalizationId: stayId,
      countyCode: patient.countyCode,
      recommendsCommunityRehab: recommends,
      uploadedBy: ctx.caller.subject,
      hospitalCode: ctx.caller.institutionId,
    });
    await enqueueUpload(trx, upload.id);
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['referral_upload'] }]);
    return upload;
  });
};
