// Mutation.receiveEmploymentSharingRevocation: the platform's relay delivers the revocation of an EMPLOYMENT_SHARING consent; it is received once.
import { badInput } from '#platform/graphql/errors.js';
import { isPid } from '#platform/identity/pid.js';
import { crashIfArmed } from '#platform/outbox/crash-points.js';
import { receiveSharingRevocation } from '../../data/sharing-revocations.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, uuidArg } from './write-context.js';

export const receiveEmploymentSharingRevocation: NonNullable<MutationResolvers['receiveEmploymentSharingRevocation']> = async (
  _parent,
  { input },
  ctx,
  info,
) => {
  const revocationId = uuidArg(input.revocationId, 'input.revocationId');
  const referralId = uuidArg(input.referralId, 'input.referralId');
  if (!isPid(input.pid)) throw badInput('input.pid must be 32 base32 characters (a-z, 2-7)', 'input.pid');
  const revokedAt = new Date(input.revokedAt);
  if (Number.isNaN(revokedAt.getTime())) throw badInput('input.revokedAt is not a timestamp', 'input.revokedAt');
  const revocation = { revocationId, pid: input.pid, referralId, revokedAt: revokedAt.toISOString() };
  await ctx.db.transaction((trx) => receiveSharingRevocation(trx, revocation, auditRequestOf(ctx, info)));
  crashIfArmed('received', true);
  return { revocationId };
};
