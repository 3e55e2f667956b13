// Consents kept on a case: SERVICE_AGREEMENT before service, EMPLOYMENT_SHARING before an employment hand-off; recorded and revoked.
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { hasLiveConsent, insertReferralConsent, revokeLiveConsents } from '../../data/workflow-records.js';
import type { ConsentScope, MutationResolvers } from '../../generated/resolvers-types.js';
import { actorOf, closeAsWithdrawn, expectRecord, writeReferralOnce } from '../../data/referral-workflow.js';
import { mayStart } from '../../domain/referral-workflow.js';
import { auditReferralWrite, writableReferral } from './referral-write-context.js';
import { t, term } from '#platform/i18n/request-language.js';

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

/** The platform's own consents; REFERRAL_UPLOAD is the registry's, given in hospital before an upload. */
function platformScopeArg(scope: ConsentScope): ConsentScope {
  if (scope === 'REFERRAL_UPLOAD') throw badInput(t('welfare.uploadConsentElsewhere'), 'input.scope');
  return scope;
}

export const recordReferralConsent: Resolver<'recordReferralConsent'> = async (_parent, { input }, ctx, info) => {
  const scope = platformScopeArg(input.scope);
  return writeReferralOnce(ctx, 'recordReferralConsent', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    await expectRecord(trx, 'consent', 'recordReferralConsent', referral);
    if (await hasLiveConsent(trx, referral.id, scope, input.grantedBy)) {
      throw graphError(
        ErrorCode.ALREADY_EXISTS,
        t('welfare.consentLive', { scope: term('ConsentScope', scope), grantor: term('ConsentGrantor', input.grantedBy) }),
        {
          argument: 'input.scope',
        },
      );
    }
    await insertReferralConsent(trx, { referralId: referral.id, scope, grantedBy: input.grantedBy });
    await auditReferralWrite(trx, ctx, info, referral.pid, ['referral_consent']);
    return referral;
  });
};

/**
 * A consent can be withdrawn whatever the case's status, closed included. Revoking the
 * SERVICE_AGREEMENT consent stops an active case in the same transaction: it closes as
 * WITHDRAWN with the revocation as its reason (issue 16).
 */
export const revokeReferralConsent: Resolver<'revokeReferralConsent'> = async (_parent, { input }, ctx, info) => {
  const scope = platformScopeArg(input.scope);
  return writeReferralOnce(ctx, 'revokeReferralConsent', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    if ((await revokeLiveConsents(trx, referral.id, scope)) === 0)
      throw badInput(t('welfare.noLiveConsent', { scope: term('ConsentScope', scope) }), 'input.scope');
    const stops = scope === 'SERVICE_AGREEMENT' && mayStart('close', referral.status);
    const next = stops ? await closeAsWithdrawn(trx, referral, 'revokeReferralConsent', actorOf(ctx.caller), 'agreementConsentRevoked') : referral;
    await auditReferralWrite(trx, ctx, info, referral.pid, stops ? ['referral_consent', 'referral', 'referral_transition'] : ['referral_consent']);
    return next;
  });
};
