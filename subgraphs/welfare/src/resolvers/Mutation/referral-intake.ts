// From application to dispatch: submit, review, wait-list, re-review a long wait, dispatch to an institution with a free place.
import { badInput } from '#platform/graphql/errors.js';
import { derivePid, isPid } from '#platform/identity/pid.js';
import { actorOf, applyTransition, closeAsWithdrawn, expectRecord, revokeAllConsents, transitionIn, writeReferralOnce } from '../../data/referral-workflow.js';
import { insertReferral } from '../../data/referral-writes.js';
import { insertReReview } from '../../data/workflow-records.js';
import { reReviewConsequence } from '../../domain/workflow-guards.js';
import type { MutationResolvers, ReferralChannel, SubmitReferralInput, ThirdPartyApplicant } from '../../generated/resolvers-types.js';
import { countyInRegionArg } from './institution-write-context.js';
import { auditReferralWrite, caseOf, idArg, transitionReasonArg, writableReferral } from './referral-write-context.js';
import { t } from '#platform/i18n/request-language.js';
import { systemReason } from '../../domain/system-reasons.js';

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

/** Voluntary and third-party applications only: a hospital's referral needs the consents the registry checks on upload. */
function applicationArgs(channel: ReferralChannel, applicant: ThirdPartyApplicant | null | undefined): ThirdPartyApplicant | null {
  if (channel === 'MEDICAL_INSTITUTION') {
    throw badInput(t('welfare.medicalChannel'), 'input.channel');
  }
  if (channel === 'THIRD_PARTY_APPLICATION' && !applicant) throw badInput(t('welfare.applicantRequired'), 'input.applicant');
  if (channel === 'VOLUNTARY_APPLICATION' && applicant) throw badInput(t('welfare.applicantOnlyThirdParty'), 'input.applicant');
  return applicant ?? null;
}

/**
 * Issue 16: the person by pid or by citizen ID, exactly one. The ID (already validated by the
 * CitizenId scalar) only derives the pid, with the linkage key as the registry derives it; it
 * goes no further than here, so no row, receipt, audit entry or error holds it. Only the two
 * application channels reach this point (applicationArgs refuses the hospital's).
 */
function personPidArg(input: Pick<SubmitReferralInput, 'pid' | 'citizenId'>, linkageKey: Buffer): string {
  const pid = input.pid ?? null;
  const citizenId = input.citizenId ?? null;
  if ((pid === null) === (citizenId === null)) {
    throw badInput(t('welfare.pidOrCitizenId'), 'input.pid');
  }
  if (citizenId !== null) return derivePid(citizenId, linkageKey);
  if (pid === null || !isPid(pid)) throw badInput(t('input.pid', { argument: 'input.pid' }), 'input.pid');
  return pid;
}

export const submitReferral: Resolver<'submitReferral'> = async (_parent, { input }, ctx, info) => {
  const pid = personPidArg(input, ctx.linkageKey);
  const applicant = applicationArgs(input.channel, input.applicant);
  const countyCode = await countyInRegionArg(ctx, 'Mutation.submitReferral', input.countyCode, 'input.countyCode');
  // The idempotency key promises the same person, not the same spelling: its payload names the
  // pid whichever form was sent (pid first, as the pid form always hashed), never the citizen ID.
  const { pid: _pid, citizenId: _citizenId, ...rest } = input;
  const keyed = { pid, ...rest };
  return writeReferralOnce(ctx, 'submitReferral', keyed, async (trx) => {
    const referral = await insertReferral(trx, {
      pid,
      channel: input.channel,
      countyCode,
      applicant,
      hasGuardian: input.hasGuardian ?? null,
      actor: actorOf(ctx.caller),
    });
    await auditReferralWrite(trx, ctx, info, referral.pid, ['referral', 'referral_transition']);
    return referral;
  });
};

/** TRANSITIONS.register or TRANSITIONS.reject, as the social worker decides. */
export const reviewReferral: Resolver<'reviewReferral'> = async (_parent, { input }, ctx, info) => {
  const name = input.decision === 'REJECT' ? 'reject' : 'register';
  return applyTransition(ctx, info, {
    operation: 'reviewReferral',
    name,
    ...caseOf(input),
    write: { reason: transitionReasonArg(name, input.reason) },
  });
};

/** TRANSITIONS.waitlist: only when no institution of the county has a free place. */
export const waitlistReferral: Resolver<'waitlistReferral'> = async (_parent, { input }, ctx, info) =>
  applyTransition(ctx, info, {
    operation: 'waitlistReferral',
    name: 'waitlist',
    ...caseOf(input),
    write: { reason: transitionReasonArg('waitlist', input.reason) },
  });

/**
 * A re-review's decision is honoured in its transaction: no longer willing closes the case
 * as WITHDRAWN (its consents end with it); changed circumstances send it back to SUBMITTED
 * for a new review, its place in the queue kept by its first registration (issue 16).
 */
export const recordReReview: Resolver<'recordReReview'> = async (_parent, { input }, ctx, info) =>
  writeReferralOnce(ctx, 'recordReReview', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    await expectRecord(trx, 'reReview', 'recordReReview', referral);
    await insertReReview(trx, {
      referralId: referral.id,
      actorId: ctx.caller.subject,
      stillWilling: input.stillWilling,
      circumstancesChanged: input.circumstancesChanged,
    });
    const consequence = reReviewConsequence(input);
    const actor = actorOf(ctx.caller);
    let next = referral;
    if (consequence === 'WITHDRAWN') {
      await revokeAllConsents(trx, referral.id);
      next = await closeAsWithdrawn(trx, referral, 'recordReReview', actor, 'noLongerWilling');
    }
    if (consequence === 'BACK_TO_REVIEW') {
      next = await transitionIn(trx, referral, 'sendBackForReview', 'recordReReview', { actor, reason: systemReason('circumstancesChanged') });
    }
    const moved = consequence === 'STILL_WAITING' ? [] : ['referral', 'referral_transition'];
    await auditReferralWrite(trx, ctx, info, referral.pid, ['referral_re_review', ...moved, ...(consequence === 'WITHDRAWN' ? ['referral_consent'] : [])]);
    return next;
  });

/** TRANSITIONS.dispatch: a free place at an institution of the case's county, a recent re-review of a long wait, the queue's order. */
export const dispatchReferral: Resolver<'dispatchReferral'> = async (_parent, { input }, ctx, info) =>
  applyTransition(ctx, info, {
    operation: 'dispatchReferral',
    name: 'dispatch',
    ...caseOf(input),
    write: { reason: transitionReasonArg('dispatch', input.reason), institutionId: idArg(input.institutionId, 'input.institutionId') },
  });
