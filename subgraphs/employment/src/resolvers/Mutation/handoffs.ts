// Mutation.receiveEmploymentHandoff: the platform's relay delivers a hand-off; it is received once.
import { badInput } from '#platform/graphql/errors.js';
import { isPid } from '#platform/identity/pid.js';
import { crashIfArmed } from '#platform/outbox/crash-points.js';
import { isCountyCode } from '#platform/statistics/division.js';
import { receiveHandoff } from '../../data/referral-sync.js';
import { referralForUpdate } from '../../data/referrals.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, notFound, uuidArg } from './write-context.js';
import { t } from '#platform/i18n/request-language.js';

/** A RECEIVED employment referral for the hand-off; the same hand-off again returns it unchanged. */
export const receiveEmploymentHandoff: NonNullable<MutationResolvers['receiveEmploymentHandoff']> = async (_parent, { input }, ctx, info) => {
  const id = uuidArg(input.handoffId, 'input.handoffId');
  const referralId = uuidArg(input.referralId, 'input.referralId');
  if (!isPid(input.pid)) throw badInput(t('input.pid', { argument: 'input.pid' }), 'input.pid');
  if (!isCountyCode(input.countyCode)) throw badInput(t('input.county', { argument: 'input.countyCode' }), 'input.countyCode');
  const handedOverAt = new Date(input.handedOverAt);
  if (Number.isNaN(handedOverAt.getTime())) throw badInput(t('employment.handoffTime'), 'input.handedOverAt');
  const handoff = { ...input, id, referralId, handedOverAt: handedOverAt.toISOString() };
  const received = await ctx.db.transaction(async (trx) => {
    await receiveHandoff(trx, handoff, auditRequestOf(ctx, info));
    return referralForUpdate(trx, id);
  });
  crashIfArmed('received', true);
  if (!received) notFound('thing.employmentReferral');
  return received;
};
