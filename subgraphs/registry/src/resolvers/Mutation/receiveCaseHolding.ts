// The platform's news of which institution holds a person's case, as its outbox relay delivers it (SERVICE only, by the SDL).
import { badInput } from '#platform/graphql/errors.js';
import { t } from '#platform/i18n/request-language.js';
import { crashIfArmed } from '#platform/outbox/crash-points.js';
import { receiveCaseHolding as receive } from '../../data/case-holding.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { pidArg } from '../Query.js';
import { auditRequestOf } from './write-context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Recorded once per event; the registry's access rules read the latest change per case and institution. */
export const receiveCaseHolding: NonNullable<MutationResolvers['receiveCaseHolding']> = async (_parent, { input }, ctx, info) => {
  if (!UUID.test(input.eventId)) throw badInput(t('registry.notEvent'), 'input.eventId');
  const pid = pidArg(input.pid);
  if (input.referralId.length === 0 || input.referralId.length > 36) throw badInput(t('registry.notCase'), 'input.referralId');
  if (input.institutionId.length === 0 || input.institutionId.length > 36) throw badInput(t('registry.notInstitution'), 'input.institutionId');
  const at = new Date(input.at);
  if (Number.isNaN(at.getTime())) throw badInput(t('registry.notTime'), 'input.at');
  const change = { eventId: input.eventId, pid, referralId: input.referralId, institutionId: input.institutionId, holds: input.holds, at: at.toISOString() };
  await ctx.db.transaction((trx) => receive(trx, change, auditRequestOf(ctx, info)));
  crashIfArmed('received', true);
  return { eventId: input.eventId };
};
