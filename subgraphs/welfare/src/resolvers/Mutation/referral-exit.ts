// How a case ends: referred out with the exit assessment (handed to employment, or home at once), or closed with a reason.
import { mayWriteCase } from '../../access-policy.js';
import type { Db } from '#platform/database/db.js';
import { badInput } from '#platform/graphql/errors.js';
import type { Caller } from '#platform/identity/identity.js';
import { handOver } from '../../data/handoffs.js';
import { institutionForWrite } from '../../data/institutions.js';
import { actorOf, applyTransition, revokeAllConsents, transitionIn } from '../../data/referral-workflow.js';
import type { ReferralRecord } from '../../data/referrals.js';
import { insertAssessment } from '../../data/workflow-records.js';
import { receivingInstitutionProblem, referOutConsequence } from '../../domain/workflow-guards.js';
import type { ExitAssessmentInput, MutationResolvers, ReferralOutcome } from '../../generated/resolvers-types.js';
import { caseDateArg, idArg, optionalReasonArg, caseOf } from './referral-write-context.js';
import { t } from '#platform/i18n/request-language.js';
import { systemReason } from '../../domain/system-reasons.js';

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

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
    throw badInput(t('welfare.receivingInstitution'), 'input.receivingInstitutionId');
  }
  return institution.id;
}

/**
 * TRANSITIONS.referOut with the exit assessment: an employment outcome is handed to the disability
 * federation through the outbox; a return to the community closes at once (closeOnReturn).
 */
export const referOut: Resolver<'referOut'> = async (_parent, { input }, ctx, info) => {
  const consequence = referOutConsequence(input.outcome);
  const exit = input.exitAssessment;
  const receivingId = input.receivingInstitutionId == null ? null : idArg(input.receivingInstitutionId, 'input.receivingInstitutionId');
  const problem = receivingInstitutionProblem(input.outcome, receivingId);
  if (problem) throw badInput(t(problem), 'input.receivingInstitutionId');
  return applyTransition(ctx, info, {
    operation: 'referOut',
    name: 'referOut',
    ...caseOf(input),
    write: { reason: input.outcome, outcome: input.outcome },
    before: async (trx, referral) => {
      const assessedOn = caseDateArg(exit.assessedOn, referral, 'input.exitAssessment.assessedOn');
      const receivingInstitutionId = await receivingInstitutionArg(trx, receivingId, referral);
      await insertAssessment(trx, { referralId: referral.id, kind: 'EXIT', assessedOn, effect: exit.effect, exit });
      return { fields: ['referral_assessment'], write: { receivingInstitutionId } };
    },
    after: async (trx, next) => {
      if (consequence === 'EMPLOYMENT_HANDOFF') {
        await handToEmployment(trx, next, input.outcome, exit);
        return { fields: ['employment_handoff'] };
      }
      if (consequence === 'CLOSES_AT_ONCE') {
        const actor = actorOf(ctx.caller);
        return {
          referral: await transitionIn(trx, next, 'closeOnReturn', 'referOut', {
            actor,
            reason: systemReason('returnedToCommunity'),
            closeReason: 'RETURNED_TO_COMMUNITY',
          }),
        };
      }
      return undefined;
    },
  });
};

/** TRANSITIONS.close by hand, with a reason; WITHDRAWN ends the case's consents with it. */
export const closeReferral: Resolver<'closeReferral'> = async (_parent, { input }, ctx, info) => {
  const note = optionalReasonArg(input.note, 'input.note');
  return applyTransition(ctx, info, {
    operation: 'closeReferral',
    name: 'close',
    ...caseOf(input),
    write: { reason: note ? `${input.reason}: ${note}` : input.reason, closeReason: input.reason },
    // The patient or guardian withdrew: the case's consents end with it.
    before: async (trx, referral) => {
      if (input.reason !== 'WITHDRAWN') return undefined;
      await revokeAllConsents(trx, referral.id);
      return { fields: ['referral_consent'] };
    },
  });
};

/** Only the staff of the institution the case was referred out to acknowledge it; anyone else finds no such case. */
const mayAcknowledge = (caller: Caller, referral: ReferralRecord): boolean =>
  referral.receivingInstitutionId !== null &&
  referral.outcome === 'OTHER_REHAB_SERVICE' &&
  mayWriteCase(caller, { countyCode: referral.countyCode, institutionId: referral.receivingInstitutionId }, 'Mutation.acknowledgeReferralReceipt');

/** TRANSITIONS.acknowledgeHandoff: the receiving institution took the person on, REFERRED_OUT → CLOSED (HANDOFF_ACKNOWLEDGED), the loop closed by the receiver (DOMAIN.md §4). */
export const acknowledgeReferralReceipt: Resolver<'acknowledgeReferralReceipt'> = async (_parent, { input }, ctx, info) =>
  applyTransition(ctx, info, {
    operation: 'acknowledgeReferralReceipt',
    name: 'acknowledgeHandoff',
    ...caseOf(input),
    write: { reason: systemReason('handoffAcknowledged'), closeReason: 'HANDOFF_ACKNOWLEDGED' },
    mayWrite: mayAcknowledge,
  });
