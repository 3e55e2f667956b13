// Mutations of REFERRAL_UPLOAD consents: record, and revoke (which cancels an upload not yet delivered and tells the platform to withdraw the person's uploads).
import { writeAudit } from '#platform/audit/audit.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { consentForUpdate, insertConsent, markConsentRevoked } from '../../data/consents.js';
import { withdrawUploads } from '../../data/referral-uploads.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { pidArg } from '../Query.js';
import { auditRequestOf, idArg, writablePatient } from './write-context.js';
import { t } from '#platform/i18n/request-language.js';

export const recordConsent: NonNullable<MutationResolvers['recordConsent']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  return idempotent(ctx.db, { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'recordConsent', payload: input }, async (trx) => {
    const patient = await writablePatient(trx, ctx, pid, 'Mutation.recordConsent');
    if (!patient.hasGuardian && input.grantedBy !== 'PATIENT') throw badInput(t('registry.noGuardian'), 'input.grantedBy');
    await insertConsent(trx, pid, input.grantedBy);
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['consent'] }]);
    return { person: { pid } };
  });
};

export const revokeConsent: NonNullable<MutationResolvers['revokeConsent']> = async (_parent, { input }, ctx, info) =>
  idempotent(ctx.db, { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'revokeConsent', payload: input }, async (trx) => {
    const consent = await consentForUpdate(trx, idArg(input.consentId, 'input.consentId'));
    if (!consent) throw graphError(ErrorCode.NOT_FOUND, t('input.notFound', { what: t('thing.consent') }));
    await writablePatient(trx, ctx, consent.pid, 'Mutation.revokeConsent');
    if (consent.revokedAt !== null) throw badInput(t('registry.consentRevoked'), 'input.consentId');
    await markConsentRevoked(trx, Number(consent.id));
    const withdrawn = await withdrawUploads(trx, consent.pid);
    await writeAudit(trx, auditRequestOf(ctx, info), [
      { action: 'WRITE', pid: consent.pid, fields: withdrawn > 0 ? ['consent', 'referral_upload'] : ['consent'] },
    ]);
    return { person: { pid: consent.pid } };
  });
