// Mutation.answerEmploymentReferral: an officer acknowledges or declines a referral; the answer and its outbox message are written together, for the relay to deliver.
import { writeAudit } from '#platform/audit/audit.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { enqueueAnswer } from '../../data/referral-sync.js';
import { type EmploymentReferralRecord, recordAnswer, referralForUpdate } from '../../data/referrals.js';
import { answerEffect, presentReason } from '../../domain/referral-answer.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, notFound, uuidArg, writableRegion } from './write-context.js';
import { t } from '#platform/i18n/request-language.js';

const REASON_MAX = 500;

function declineReasonArg(decision: string, reason: string | null | undefined): string | null {
  if (decision !== 'DECLINED') return null;
  const text = presentReason(reason);
  if (text === null) throw badInput(t('employment.declineReason'), 'input.reason');
  if (text.length > REASON_MAX) throw badInput(t('employment.reasonLength', { max: REASON_MAX }), 'input.reason');
  return text;
}

/**
 * Answers at most once: the first answer is recorded with its audit row and its outbox
 * message; the same answer again returns the referral unchanged and writes nothing; the other
 * answer is an ILLEGAL_TRANSITION.
 */
export const answerEmploymentReferral: NonNullable<MutationResolvers['answerEmploymentReferral']> = async (_parent, { input }, ctx, info) => {
  const id = uuidArg(input.referralId, 'input.referralId');
  const reason = declineReasonArg(input.decision, input.reason);
  return ctx.db.transaction(async (trx): Promise<EmploymentReferralRecord> => {
    const referral = await referralForUpdate(trx, id);
    if (!referral || !(await writableRegion(ctx, info, referral.countyCode))) notFound('thing.employmentReferral');
    const effect = answerEffect(referral.status, input.decision);
    if (effect === 'UNCHANGED') return referral;
    if (effect === 'ILLEGAL')
      throw graphError(ErrorCode.ILLEGAL_TRANSITION, t('employment.referralAnswered', { status: referral.status }), { currentStatus: referral.status });
    const answered = await recordAnswer(trx, id, { decision: input.decision, answeredBy: ctx.caller.subject, reason });
    await enqueueAnswer(trx, id);
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: referral.pid, fields: ['employment_referral.answer'] }]);
    return answered;
  });
};
