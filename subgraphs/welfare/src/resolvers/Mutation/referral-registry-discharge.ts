// The registry's notice of a discharge after a green-channel referral, as its outbox relay delivers it (SERVICE only, by the SDL).
import { badInput } from '#platform/graphql/errors.js';
import { isPid } from '#platform/identity/pid.js';
import { crashIfArmed } from '#platform/outbox/crash-points.js';
import { receiveDischargeNotice } from '../../data/green-channel.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf } from './institution-write-context.js';
import { t } from '#platform/i18n/request-language.js';

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

const DISCHARGE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Recorded on the person's RELAPSE_REFERRED cases, which the institution may then resume; the same notice again changes nothing. */
export const receiveRegistryDischarge: Resolver<'receiveRegistryDischarge'> = async (_parent, { input }, ctx, info) => {
  if (!DISCHARGE_ID.test(input.dischargeId)) throw badInput(t('welfare.notDischargeId'), 'input.dischargeId');
  if (!isPid(input.pid)) throw badInput(t('input.pid', { argument: 'input.pid' }), 'input.pid');
  const casesMarked = await ctx.db.transaction((trx) =>
    receiveDischargeNotice(trx, { dischargeId: input.dischargeId, pid: input.pid, dischargedOn: input.dischargedOn }, auditRequestOf(ctx, info)),
  );
  crashIfArmed('received', true);
  return { dischargeId: input.dischargeId, casesMarked };
};
