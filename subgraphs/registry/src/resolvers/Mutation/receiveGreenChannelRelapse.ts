// The platform's green-channel referral back to a psychiatric hospital, as its outbox relay delivers it (SERVICE only, by the SDL).
import { badInput } from '#platform/graphql/errors.js';
import { isCreditCode } from '#platform/identity/credit-code.js';
import { crashIfArmed } from '#platform/outbox/crash-points.js';
import { receiveGreenChannelRelapse as receive } from '../../data/green-channel.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { pidArg } from '../Query.js';
import { auditRequestOf, pastDateArg } from './write-context.js';
import { t } from '#platform/i18n/request-language.js';

const GREEN_CHANNEL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Recorded once as a relapse of the person, which the relapse rate counts; the same referral again changes nothing. */
export const receiveGreenChannelRelapse: NonNullable<MutationResolvers['receiveGreenChannelRelapse']> = async (_parent, { input }, ctx, info) => {
  if (!GREEN_CHANNEL_ID.test(input.greenChannelId)) throw badInput(t('registry.notGreenChannel'), 'input.greenChannelId');
  const pid = pidArg(input.pid);
  const referredOn = pastDateArg(input.referredOn, 'input.referredOn');
  if (!isCreditCode(input.hospitalCode)) throw badInput(t('registry.hospitalCode'), 'input.hospitalCode');
  const recorded = await ctx.db.transaction((trx) =>
    receive(trx, { greenChannelId: input.greenChannelId, pid, referredOn, hospitalCode: input.hospitalCode }, auditRequestOf(ctx, info)),
  );
  crashIfArmed('received', true);
  return { greenChannelId: input.greenChannelId, recorded };
};
