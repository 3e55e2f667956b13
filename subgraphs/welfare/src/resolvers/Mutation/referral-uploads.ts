// The registry's side of a consented upload, as its outbox relay delivers it: received once, withdrawn when the consent is revoked.
import { badInput } from '#platform/graphql/errors.js';
import { isPid } from '#platform/identity/pid.js';
import { crashIfArmed } from '#platform/outbox/crash-points.js';
import { isCountyCode } from '#platform/statistics/division.js';
import { importUpload, withdrawUpload } from '../../data/referral-import.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf } from './institution-write-context.js';
import { idArg } from './referral-write-context.js';
import { t } from '#platform/i18n/request-language.js';

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

/** A SUBMITTED MEDICAL_INSTITUTION referral for the upload, once; the same upload again changes nothing. */
export const receiveReferralUpload: Resolver<'receiveReferralUpload'> = async (_parent, { input }, ctx, info) => {
  const uploadId = idArg(input.uploadId, 'input.uploadId');
  if (!isPid(input.pid)) throw badInput(t('input.pid', { argument: 'input.pid' }), 'input.pid');
  if (!isCountyCode(input.countyCode)) throw badInput(t('input.county', { argument: 'input.countyCode' }), 'input.countyCode');
  const uploadedAt = new Date(input.uploadedAt);
  if (Number.isNaN(uploadedAt.getTime())) throw badInput(t('welfare.uploadedAt'), 'input.uploadedAt');
  const upload = {
    id: uploadId,
    pid: input.pid,
    countyCode: input.countyCode,
    recommendsCommunityRehab: input.recommendsCommunityRehab,
    uploadedAt: uploadedAt.toISOString(),
    hasGuardian: input.hasGuardian ?? null,
    hospitalCode: input.hospitalCode?.trim() || null,
  };
  const status = await ctx.db.transaction((trx) => importUpload(trx, upload, auditRequestOf(ctx, info)));
  crashIfArmed('received', true);
  return { uploadId, status };
};

/** The consent behind the upload was revoked in the registry: its referral closes as WITHDRAWN if nobody has acted on it yet. */
export const withdrawReferralUpload: Resolver<'withdrawReferralUpload'> = async (_parent, { uploadId }, ctx, info) => {
  const id = idArg(uploadId, 'uploadId');
  const status = await ctx.db.transaction((trx) => withdrawUpload(trx, id, auditRequestOf(ctx, info)));
  crashIfArmed('received', true);
  return { uploadId: id, status };
};
