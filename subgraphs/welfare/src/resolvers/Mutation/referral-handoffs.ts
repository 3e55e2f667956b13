// The disability federation's answer to an employment hand-off, as its outbox relay delivers it.
import { ErrorCode, graphError } from '#platform/graphql/errors.js';
import { crashIfArmed } from '#platform/outbox/crash-points.js';
import { handoffById, type HandoffRecord, recordAnswer } from '../../data/handoffs.js';
import { actorOf, transitionIn } from '../../data/referral-workflow.js';
import { lockReferral } from '../../data/referral-writes.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditReferralWrite, idArg, transitionReasonArg } from './referral-write-context.js';
import { t, term } from '#platform/i18n/request-language.js';
import { systemReason } from '../../domain/system-reasons.js';

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

const handoffNotFound = () => graphError(ErrorCode.NOT_FOUND, t('input.notFound', { what: t('thing.employmentHandoff') }), { argument: 'input.handoffId' });

/**
 * The federation's answer. ACKNOWLEDGED closes the case (HANDOFF_ACKNOWLEDGED); DECLINED, with
 * a reason, returns it to IN_SERVICE. The same answer again returns the hand-off unchanged; the
 * other answer after one is given is an ILLEGAL_TRANSITION. A case closed while the federation was
 * answering (a death, a withdrawal, a closure by hand) stays closed: the answer is kept on the
 * hand-off, so the relay's message is delivered once instead of refused and retried for ever.
 */
export const answerEmploymentHandoff: Resolver<'answerEmploymentHandoff'> = async (_parent, { input }, ctx, info) => {
  const id = idArg(input.handoffId, 'input.handoffId');
  const declining = input.decision === 'DECLINED';
  const reason = declining ? transitionReasonArg('declineHandoff', input.reason) : null;
  const answered = await ctx.db.transaction(async (trx): Promise<HandoffRecord> => {
    const seen = await handoffById(trx, id);
    if (!seen) throw handoffNotFound();
    // A hand-off outside the region the policy gives the caller answers as one that does not exist.
    await ctx.access.require('Mutation.answerEmploymentHandoff', { regionCode: seen.countyCode }, handoffNotFound);
    // The case first, then the hand-off: the order every referral write locks in.
    const referral = await lockReferral(trx, seen.referralId);
    const handoff = await handoffById(trx, id, { lock: true });
    if (!referral || !handoff) throw handoffNotFound();
    if (handoff.status === input.decision) return handoff;
    if (handoff.status === 'ACKNOWLEDGED' || handoff.status === 'DECLINED') {
      throw graphError(ErrorCode.ILLEGAL_TRANSITION, t('welfare.handoffAnswered', { status: term('HandoffStatus', handoff.status) }), {
        currentStatus: handoff.status,
      });
    }
    if (referral.status === 'CLOSED') {
      const kept = await recordAnswer(trx, id, input.decision, reason);
      await auditReferralWrite(trx, ctx, info, referral.pid, ['employment_handoff']);
      return kept;
    }
    const actor = actorOf(ctx.caller);
    await (declining
      ? transitionIn(trx, referral, 'declineHandoff', 'answerEmploymentHandoff', { actor, reason })
      : transitionIn(trx, referral, 'acknowledgeHandoff', 'answerEmploymentHandoff', {
          actor,
          reason: systemReason('handoffAcknowledged'),
          closeReason: 'HANDOFF_ACKNOWLEDGED',
        }));
    const answered = await recordAnswer(trx, id, input.decision, reason);
    await auditReferralWrite(trx, ctx, info, referral.pid, ['employment_handoff', 'referral', 'referral_transition']);
    return answered;
  });
  crashIfArmed('received', true);
  return answered;
};
