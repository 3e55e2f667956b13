// The disability federation's side of an employment hand-off: its importer receives them, its service answers each.
import { callerPrefix, inScope } from '#platform/access/region-scope.js';
import { writeAudit } from '#platform/audit/audit.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { handoffById, handoffsByIds, type HandoffRecord, markReceived, recordAnswer } from '../../data/handoffs.js';
import { lockReferral, writeTransition } from '../../data/referral-writes.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf } from './institution-write-context.js';
import { actorOf, auditReferralWrite, expectTransition, idArg, requiredReasonArg } from './referral-write-context.js';

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

const MAX_RECEIVED = 500;

/** PENDING → RECEIVED for the named hand-offs; every named one comes back as it now stands, so receiving twice changes nothing. */
export const receiveEmploymentHandoffs: Resolver<'receiveEmploymentHandoffs'> = async (_parent, { ids }, ctx, info) => {
  if (ids.length > MAX_RECEIVED) throw badInput(`ids must name at most ${MAX_RECEIVED} hand-offs`, 'ids');
  const handoffIds = ids.map((id) => idArg(id, 'ids'));
  if (handoffIds.length === 0) return [];
  const prefix = callerPrefix(ctx.caller);
  return ctx.db.transaction(async (trx) => {
    const received = await markReceived(trx, handoffIds, prefix);
    await writeAudit(
      trx,
      auditRequestOf(ctx, info),
      received.map((pid) => ({ action: 'WRITE' as const, pid, fields: ['employment_handoff.received'] })),
    );
    return handoffsByIds(trx, handoffIds, prefix);
  });
};

const handoffNotFound = () => graphError(ErrorCode.NOT_FOUND, 'no employment hand-off with this id in your region', { argument: 'input.handoffId' });

/**
 * The federation's answer. ACKNOWLEDGED closes the case (HANDOFF_ACKNOWLEDGED); DECLINED, with
 * a reason, returns it to IN_SERVICE. The same answer again returns the hand-off unchanged; the
 * other answer after one is given is an ILLEGAL_TRANSITION.
 */
export const answerEmploymentHandoff: Resolver<'answerEmploymentHandoff'> = async (_parent, { input }, ctx, info) => {
  const id = idArg(input.handoffId, 'input.handoffId');
  const declining = input.decision === 'DECLINED';
  const reason = declining ? requiredReasonArg(input.reason, 'input.reason') : null;
  return ctx.db.transaction(async (trx): Promise<HandoffRecord> => {
    const seen = await handoffById(trx, id);
    if (!seen || !inScope(ctx.caller, seen.countyCode)) throw handoffNotFound();
    // The case first, then the hand-off: the order every referral write locks in.
    const referral = await lockReferral(trx, seen.referralId);
    const handoff = await handoffById(trx, id, { lock: true });
    if (!referral || !handoff) throw handoffNotFound();
    if (handoff.status === input.decision) return handoff;
    if (handoff.status === 'ACKNOWLEDGED' || handoff.status === 'DECLINED') {
      throw graphError(ErrorCode.ILLEGAL_TRANSITION, `the hand-off was ${handoff.status} already`, { currentStatus: handoff.status });
    }
    expectTransition(declining ? 'declineHandoff' : 'acknowledgeHandoff', 'answerEmploymentHandoff', referral, referral.version);
    const actor = actorOf(ctx.caller);
    await (declining
      ? writeTransition(trx, referral, { to: 'IN_SERVICE', actor, reason, clearReferralOut: true })
      : writeTransition(trx, referral, { to: 'CLOSED', actor, reason: 'HANDOFF_ACKNOWLEDGED', closeReason: 'HANDOFF_ACKNOWLEDGED' }));
    const answered = await recordAnswer(trx, id, input.decision, reason);
    await auditReferralWrite(trx, ctx, info, referral.pid, ['employment_handoff', 'referral', 'referral_transition']);
    return answered;
  });
};
