// How a case ends: referred out with the exit assessment (handed to employment, or home at once), or closed with a reason.
import type { Db } from '#platform/database/db.js';
import type { Caller } from '#platform/identity/identity.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { handOver } from '../../data/handoffs.js';
import { writeTransition } from '../../data/referral-writes.js';
import type { ReferralRecord } from '../../data/referrals.js';
import { insertAssessment, liveConsentGrantors } from '../../data/workflow-records.js';
import { missingSignatories, signatoryNames } from '../../domain/consent-signatories.js';
import { institutionForWrite } from '../../data/institutions.js';
import { closeReasonProblem, receivingInstitutionProblem, referOutConsequence } from '../../domain/transitions.js';
import type { ExitAssessmentInput, MutationResolvers, ReferralOutcome } from '../../generated/resolvers-types.js';
import {
  actorOf,
  auditReferralWrite,
  caseDateArg,
  expectTransition,
  idArg,
  optionalReasonArg,
  referralNotFound,
  writableReferral,
  writeReferralOnce,
} from './referral-write-context.js';
import { revokeAllConsents } from './referral-withdrawal.js';

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

/** An employment outcome needs a live EMPLOYMENT_SHARING consent, by the person and, where the case records one, the guardian. */
async function requireEmploymentSharing(trx: Db, referral: ReferralRecord): Promise<void> {
  const grantors = await liveConsentGrantors(trx, referral.id, 'EMPLOYMENT_SHARING');
  if (grantors.length === 0) {
    throw graphError(ErrorCode.CONSENT_REQUIRED, 'an employment outcome needs a live EMPLOYMENT_SHARING consent (recordReferralConsent)', {
      missing: 'EMPLOYMENT_SHARING',
    });
  }
  const missing = missingSignatories(referral.hasGuardian, grantors);
  if (missing.length > 0) {
    throw graphError(
      ErrorCode.CONSENT_REQUIRED,
      `就业信息共享同意缺少签署人：${signatoryNames(missing)}；the EMPLOYMENT_SHARING consent needs the signature of: ${missing.join(', ').toLowerCase()}`,
      { missing: 'EMPLOYMENT_SHARING', missingSignatories: missing },
    );
  }
}

/** The exit assessment's readiness-for-work flags, the only clinical view the federation gets. */
async function handToEmployment(trx: Db, referral: ReferralRecord, outcome: ReferralOutcome, exit: ExitAssessmentInput): Promise<void> {
  await handOver(trx, {
    referralId: referral.id,
    pid: referral.pid,
    countyCode: referral.countyCode,
    outcome,
    willingToWork: exit.willingToWork,
    ableToWork: exit.ableToWork,
    needsSupport: exit.needsSupport,
  });
}

/** The institution that takes the person on: one of the case's county, not the case's own; BAD_USER_INPUT otherwise. */
async function receivingInstitutionArg(trx: Db, id: string | null, referral: ReferralRecord): Promise<string | null> {
  if (id === null) return null;
  const institution = await institutionForWrite(trx, id, { lock: false });
  if (!institution || institution.countyCode !== referral.countyCode || institution.id === referral.institutionId) {
    throw badInput(
      "input.receivingInstitutionId 须为本案所在县（区）的另一家康复机构；input.receivingInstitutionId must be another rehabilitation institution of the case's county",
      'input.receivingInstitutionId',
    );
  }
  return institution.id;
}

export const referOut: Resolver<'referOut'> = async (_parent, { input }, ctx, info) => {
  const consequence = referOutConsequence(input.outcome);
  const exit = input.exitAssessment;
  const receivingId = input.receivingInstitutionId == null ? null : idArg(input.receivingInstitutionId, 'input.receivingInstitutionId');
  const problem = receivingInstitutionProblem(input.outcome, receivingId);
  if (problem) throw badInput(problem, 'input.receivingInstitutionId');
  return writeReferralOnce(ctx, 'referOut', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    expectTransition('referOut', 'referOut', referral, input.expectedVersion);
    const assessedOn = caseDateArg(exit.assessedOn, referral, 'input.exitAssessment.assessedOn');
    if (consequence === 'EMPLOYMENT_HANDOFF') await requireEmploymentSharing(trx, referral);
    const receivingInstitutionId = await receivingInstitutionArg(trx, receivingId, referral);
    await insertAssessment(trx, { referralId: referral.id, kind: 'EXIT', assessedOn, effect: exit.effect, exit });
    const actor = actorOf(ctx.caller);
    let next = await writeTransition(trx, referral, { to: 'REFERRED_OUT', actor, reason: input.outcome, outcome: input.outcome, receivingInstitutionId });
    const fields = ['referral', 'referral_transition', 'referral_assessment'];
    if (consequence === 'EMPLOYMENT_HANDOFF') {
      await handToEmployment(trx, referral, input.outcome, exit);
      fields.push('employment_handoff');
    }
    if (consequence === 'CLOSES_AT_ONCE') {
      expectTransition('closeOnReturn', 'referOut', next, next.version);
      next = await writeTransition(trx, next, { to: 'CLOSED', actor, reason: 'RETURNED_TO_COMMUNITY', closeReason: 'RETURNED_TO_COMMUNITY' });
    }
    await auditReferralWrite(trx, ctx, info, referral.pid, fields);
    return next;
  });
};

export const closeReferral: Resolver<'closeReferral'> = async (_parent, { input }, ctx, info) => {
  const note = optionalReasonArg(input.note, 'input.note');
  return writeReferralOnce(ctx, 'closeReferral', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    expectTransition('close', 'closeReferral', referral, input.expectedVersion);
    const problem = closeReasonProblem(input.reason, referral);
    if (problem) throw badInput(problem, 'input.reason');
    const fields = ['referral', 'referral_transition'];
    // The patient or guardian withdrew: the case's consents end with it.
    if (input.reason === 'WITHDRAWN') {
      await revokeAllConsents(trx, referral.id);
      fields.push('referral_consent');
    }
    const reason = note ? `${input.reason}: ${note}` : input.reason;
    const next = await writeTransition(trx, referral, { to: 'CLOSED', actor: actorOf(ctx.caller), reason, closeReason: input.reason });
    await auditReferralWrite(trx, ctx, info, referral.pid, fields);
    return next;
  });
};

/** Only the staff of the institution the case was referred out to acknowledge it; anyone else finds no such case. */
const mayAcknowledge = (caller: Caller, referral: ReferralRecord): boolean =>
  caller.role === 'INSTITUTION_STAFF' && referral.receivingInstitutionId !== null && referral.receivingInstitutionId === caller.institutionId;

/** The receiving institution took the person on: REFERRED_OUT → CLOSED (HANDOFF_ACKNOWLEDGED), the loop closed by the receiver (DOMAIN.md §4). */
export const acknowledgeReferralReceipt: Resolver<'acknowledgeReferralReceipt'> = async (_parent, { input }, ctx, info) =>
  writeReferralOnce(ctx, 'acknowledgeReferralReceipt', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId, mayAcknowledge);
    if (referral.outcome !== 'OTHER_REHAB_SERVICE') throw referralNotFound();
    expectTransition('acknowledgeHandoff', 'acknowledgeReferralReceipt', referral, input.expectedVersion);
    const next = await writeTransition(trx, referral, {
      to: 'CLOSED',
      actor: actorOf(ctx.caller),
      reason: 'HANDOFF_ACKNOWLEDGED: the receiving institution took the person on',
      closeReason: 'HANDOFF_ACKNOWLEDGED',
    });
    await auditReferralWrite(trx, ctx, info, referral.pid, ['referral', 'referral_transition']);
    return next;
  });
