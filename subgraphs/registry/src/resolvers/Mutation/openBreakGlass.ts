// Mutation.openBreakGlass: a clinician's emergency access to one registered person, for a few hours.
import { auditRequestOf } from '#platform/graphql/write-args.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { openGrant } from '../../data/break-glass.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { pidArg } from '../Query.js';
import { t } from '#platform/i18n/request-language.js';

export const openBreakGlass: NonNullable<MutationResolvers['openBreakGlass']> = async (_parent, args, ctx, info) => {
  const pid = pidArg(args.pid);
  const reason = args.reason.trim();
  if (reason.length < 10 || reason.length > 500) throw badInput(t('registry.breakGlassReason'), 'reason');
  if (!(await ctx.loaders.patientByPid.load(pid))) throw graphError(ErrorCode.NOT_FOUND, t('input.notFound', { what: t('thing.person') }));
  return openGrant(ctx.db, { subject: ctx.caller.subject, pid, reason, hours: ctx.settings.breakGlassHours }, auditRequestOf(ctx, info));
};
