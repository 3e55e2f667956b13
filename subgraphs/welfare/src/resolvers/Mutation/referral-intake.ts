// From application to dispatch: submit, review, wait-list, re-review a long wait, dispatch to an institution with a free place.
import type { Db } from '#platform/database/db.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { derivePid, isPid } from '#platform/identity/pid.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { dispatchLocking, institutionForWrite } from '../../data/institutions.js';
import { insertReferral, writeTransition } from '../../data/referral-writes.js';
import type { ReferralRecord } from '../../data/referrals.js';
import { insertReReview, latestReReviewAt } from '../../data/workflow-records.js';
import { needsReReview } from '../../domain/deadlines.js';
import { reReviewConsequence } from '../../domain/transitions.js';
import { isNextInLine, mayWaitlist } from '../../domain/waiting-queue.js';
import { freePlacesInCounty, waitingPositions } from '../../data/waiting-queue.js';
import type { MutationResolvers, ReferralChannel, SubmitReferralInput, ThirdPartyApplicant } from '../../generated/resolvers-types.js';
import { countyInRegionArg } from './institution-write-context.js';
import {
  actorOf,
  auditReferralWrite,
  expectRecord,
  expectTransition,
  idArg,
  optionalReasonArg,
  requiredReasonArg,
  requireFreePlace,
  writableReferral,
  writeReferralOnce,
} from './referral-write-context.js';
import { closeAsWithdrawn, refuseAfterConsentRevoked, revokeAllConsents } from './referral-withdrawal.js';

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

/** Voluntary and third-party applications only: a hospital's referral needs the consents the registry checks on upload. */
function applicationArgs(channel: ReferralChannel, applicant: ThirdPartyApplicant | null | undefined): ThirdPartyApplicant | null {
  if (channel === 'MEDICAL_INSTITUTION') {
    throw badInput("input.channel MEDICAL_INSTITUTION is not submitted here: such referrals come from the registry's consented uploads", 'input.channel');
  }
  if (channel === 'THIRD_PARTY_APPLICATION' && !applicant) throw badInput('input.applicant is required for a THIRD_PARTY_APPLICATION', 'input.applicant');
  if (channel === 'VOLUNTARY_APPLICATION' && applicant) throw badInput('input.applicant is only for a THIRD_PARTY_APPLICATION', 'input.applicant');
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
    throw badInput('请填写 input.pid 或 input.citizenId 二者之一；exactly one of input.pid and input.citizenId names the person', 'input.pid');
  }
  if (citizenId !== null) return derivePid(citizenId, linkageKey);
  if (pid === null || !isPid(pid)) throw badInput('input.pid must be 32 base32 characters (a-z, 2-7)', 'input.pid');
  return pid;
}

export const submitReferral: Resolver<'submitReferral'> = async (_parent, { input }, ctx, info) => {
  const pid = personPidArg(input, ctx.linkageKey);
  const applicant = applicationArgs(input.channel, input.applicant);
  const countyCode = countyInRegionArg(ctx.caller, input.countyCode, 'input.countyCode');
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

export const reviewReferral: Resolver<'reviewReferral'> = async (_parent, { input }, ctx, info) => {
  const rejecting = input.decision === 'REJECT';
  const reason = rejecting ? requiredReasonArg(input.reason, 'input.reason') : optionalReasonArg(input.reason, 'input.reason');
  return writeReferralOnce(ctx, 'reviewReferral', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    expectTransition(rejecting ? 'reject' : 'register', 'reviewReferral', referral, input.expectedVersion);
    const next = await writeTransition(trx, referral, { to: rejecting ? 'REJECTED' : 'REGISTERED', actor: actorOf(ctx.caller), reason });
    await auditReferralWrite(trx, ctx, info, referral.pid, ['referral', 'referral_transition']);
    return next;
  });
};

/** Issue 16: a case is wait-listed only when no institution of its county has a free place. */
async function requireNoFreePlace(trx: Db, referral: ReferralRecord): Promise<void> {
  const freePlaces = await freePlacesInCounty(trx, referral.countyCode);
  if (mayWaitlist(freePlaces)) return;
  throw graphError(
    ErrorCode.PLACES_AVAILABLE,
    `本县（区）康复机构尚有 ${freePlaces} 个空余名额，应当派单而不是轮候；the county's institutions have ${freePlaces} free places: dispatch the case instead of wait-listing it`,
    { freePlaces, currentStatus: referral.status },
  );
}

export const waitlistReferral: Resolver<'waitlistReferral'> = async (_parent, { input }, ctx, info) => {
  const reason = optionalReasonArg(input.reason, 'input.reason');
  return writeReferralOnce(ctx, 'waitlistReferral', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    expectTransition('waitlist', 'waitlistReferral', referral, input.expectedVersion);
    await requireNoFreePlace(trx, referral);
    const next = await writeTransition(trx, referral, { to: 'WAITLISTED', actor: actorOf(ctx.caller), reason });
    await auditReferralWrite(trx, ctx, info, referral.pid, ['referral', 'referral_transition']);
    return next;
  });
};

/**
 * A re-review's decision is honoured in its transaction: no longer willing closes the case
 * as WITHDRAWN (its consents end with it); changed circumstances send it back to SUBMITTED
 * for a new review, its place in the queue kept by its first registration (issue 16).
 */
export const recordReReview: Resolver<'recordReReview'> = async (_parent, { input }, ctx, info) =>
  writeReferralOnce(ctx, 'recordReReview', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    expectRecord('reReview', 'recordReReview', referral);
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
      expectTransition('close', 'recordReReview', referral, referral.version);
      await revokeAllConsents(trx, referral.id);
      next = await closeAsWithdrawn(trx, referral, actor, 're-review found the person no longer willing');
    }
    if (consequence === 'BACK_TO_REVIEW') {
      expectTransition('sendBackForReview', 'recordReReview', referral, referral.version);
      next = await writeTransition(trx, referral, { to: 'SUBMITTED', actor, reason: 're-review found the circumstances changed', reviewRequested: true });
    }
    const moved = consequence === 'STILL_WAITING' ? [] : ['referral', 'referral_transition'];
    await auditReferralWrite(trx, ctx, info, referral.pid, ['referral_re_review', ...moved, ...(consequence === 'WITHDRAWN' ? ['referral_consent'] : [])]);
    return next;
  });

/** DOMAIN.md §4: a case waiting over 90 days is dispatched only after a recent re-review. */
async function requireRecentReReview(trx: Db, referral: ReferralRecord): Promise<void> {
  if (!needsReReview(referral, await latestReReviewAt(trx, referral.id), chinaToday())) return;
  throw graphError(
    ErrorCode.ILLEGAL_TRANSITION,
    'this case has waited over 90 days: a social worker must record a re-review (recordReReview) before dispatch',
    {
      reason: 'RE_REVIEW_REQUIRED',
      currentStatus: referral.status,
    },
  );
}

/** An institution of the case's county with a free place; its row stays locked until the transaction ends. */
async function takePlace(trx: Db, institutionId: string, countyCode: string): Promise<void> {
  const institution = await institutionForWrite(trx, institutionId, { lock: dispatchLocking.enabled });
  if (!institution || institution.countyCode !== countyCode)
    throw badInput("input.institutionId is not an institution in the referral's county", 'input.institutionId');
  await requireFreePlace(trx, institution);
}

/**
 * Issue 16: the county's queue is first come, first served. Dispatching a case with others
 * ahead of it needs a reason, recorded on the dispatch's history row.
 */
async function requireQueueOrder(trx: Db, referral: ReferralRecord, reason: string | null): Promise<void> {
  const [queued] = await waitingPositions(trx, [referral.id]);
  const position = queued?.position ?? null;
  if (isNextInLine(position) || reason !== null) return;
  throw graphError(
    ErrorCode.ILLEGAL_TRANSITION,
    `轮候按先来后到：本案排第 ${position} 位，越过前面的个案派单须填写理由（input.reason）；the case is number ${position} in the county's queue: dispatching it ahead of others needs input.reason`,
    { reason: 'NOT_NEXT_IN_LINE', waitingPosition: position, argument: 'input.reason', currentStatus: referral.status },
  );
}

export const dispatchReferral: Resolver<'dispatchReferral'> = async (_parent, { input }, ctx, info) => {
  const institutionId = idArg(input.institutionId, 'input.institutionId');
  const reason = optionalReasonArg(input.reason, 'input.reason');
  return writeReferralOnce(ctx, 'dispatchReferral', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    await refuseAfterConsentRevoked(trx, referral, 'dispatchReferral');
    expectTransition('dispatch', 'dispatchReferral', referral, input.expectedVersion);
    await requireRecentReReview(trx, referral);
    await takePlace(trx, institutionId, referral.countyCode);
    await requireQueueOrder(trx, referral, reason);
    const next = await writeTransition(trx, referral, { to: 'DISPATCHED', actor: actorOf(ctx.caller), reason, institutionId });
    await auditReferralWrite(trx, ctx, info, referral.pid, ['referral', 'referral_transition']);
    return next;
  });
};
