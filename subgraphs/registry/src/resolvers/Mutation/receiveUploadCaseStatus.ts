// The platform's news of the case it imported from an upload, as its outbox relay delivers it (SERVICE only, by the SDL).
import { badInput } from '#platform/graphql/errors.js';
import { crashIfArmed } from '#platform/outbox/crash-points.js';
import { receiveUploadCaseStatus as receive } from '../../data/referral-uploads.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf } from './write-context.js';
import { t } from '#platform/i18n/request-language.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Shown on the upload as platformStatus, the latest step winning; the same event again changes nothing. */
export const receiveUploadCaseStatus: NonNullable<MutationResolvers['receiveUploadCaseStatus']> = async (_parent, { input }, ctx, info) => {
  if (!UUID.test(input.eventId)) throw badInput(t('registry.notEvent'), 'input.eventId');
  if (!UUID.test(input.uploadId)) throw badInput(t('registry.notUpload'), 'input.uploadId');
  const at = new Date(input.at);
  if (Number.isNaN(at.getTime())) throw badInput(t('registry.notTime'), 'input.at');
  const recorded = await ctx.db.transaction((trx) =>
    receive(trx, { eventId: input.eventId, uploadId: input.uploadId, status: input.status, at: at.toISOString() }, auditRequestOf(ctx, info)),
  );
  crashIfArmed('received', true);
  return { eventId: input.eventId, recorded };
};
