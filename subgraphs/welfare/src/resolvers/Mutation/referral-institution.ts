// The institution's part of a case: accept or decline, assess, agree and start service, record services, relapse, resume, transfer.
import type { Caller } from '#platform/identity/identity.js';
import type { Db } from '#platform/database/db.js';
import { isCountyCode } from '#platform/statistics/division.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { isCreditCode } from '#platform/identity/credit-code.js';
import { referToHospital } from '../../data/green-channel.js';
import { institutionForWrite, type InstitutionRecord } from '../../data/institutions.js';
import { mayWriteCase } from '../../access-policy.js';
import { applyTransition, expectRecord, referralNotFound, writeReferralOnce } from '../../data/referral-workflow.js';
import type { ReferralRecord } from '../../data/referrals.js';
import { insertAssessment, insertServiceRecord, isStaffOf, upsertServiceAgreement } from '../../data/workflow-records.js';
import { missingSignatories, signatoryNames } from '../../domain/consent-signatories.js';
import { missingTeamMembers } from '../../domain/workflow-guards.js';
import { moveOf } from '../../data/relocation.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditReferralWrite, caseDateArg, caseOf, idArg, serviceFormsArg, transitionReasonArg, writableReferral } from './referral-write-context.js';
import { requestLanguage, t, term } from '#platform/i18n/request-language.js';

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

/** The policy's transfer-intake: a case pushed to a new county is open to the institutions there; any other case to its own institution only. */
const mayAccept = (caller: Caller, referral: ReferralRecord): boolean =>
  mayWriteCase(caller, { ...referral, transferPending: referral.status === 'TRANSFER_PENDING' }, 'Mutation.acceptReferral');

/**
 * A transfer's intake is the caller's institution, which must be in the case's new county
 * (else the case is not theirs to see); its row stays locked while its places are counted.
 */
async function transferIntake(trx: Db, caller: Caller, referral: ReferralRecord): Promise<InstitutionRecord> {
  const institution = caller.institutionId ? await institutionForWrite(trx, caller.institutionId, { lock: true }) : null;
  if (!institution || institution.countyCode !== referral.countyCode) throw referralNotFound();
  return institution;
}

/** TRANSITIONS.accept: by the institution it was dispatched to, or a transfer's intake in the new county, with a free place there. */
export const acceptReferral: Resolver<'acceptReferral'> = async (_parent, { input }, ctx, info) =>
  applyTransition(ctx, info, {
    operation: 'acceptReferral',
    name: 'accept',
    ...caseOf(input),
    write: { reason: transitionReasonArg('accept', input.reason) },
    mayWrite: mayAccept,
    locate: async (trx, referral) => (referral.status === 'TRANSFER_PENDING' ? { institutionId: (await transferIntake(trx, ctx.caller, referral)).id } : {}),
  });

/** TRANSITIONS.decline: back to REGISTERED with a reason; the place is freed and the dispatch deadline runs again. */
export const declineReferral: Resolver<'declineReferral'> = async (_parent, { input }, ctx, info) =>
  applyTransition(ctx, info, {
    operation: 'declineReferral',
    name: 'decline',
    ...caseOf(input),
    write: { reason: transitionReasonArg('decline', input.reason) },
  });

/** TRANSITIONS.assess, with the intake assessment of the whole team. */
export const assessReferral: Resolver<'assessReferral'> = async (_parent, { input }, ctx, info) => {
  const missing = missingTeamMembers(input.assessment);
  if (missing.length > 0)
    throw badInput(
      t('welfare.teamIncomplete', { missing: missing.map((member) => term('AssessmentTeam', member)).join(t('text.listSeparator')) }),
      'input.assessment',
    );
  const recommendedForms = serviceFormsArg(input.assessment.recommendedForms, 'input.assessment.recommendedForms');
  const { psychiatrist, nurse, rehabTherapist, socialWorker } = input.assessment;
  return applyTransition(ctx, info, {
    operation: 'assessReferral',
    name: 'assess',
    ...caseOf(input),
    write: { reason: null },
    before: async (trx, referral) => {
      const team = { psychiatrist, nurse, rehabTherapist, socialWorker };
      await insertAssessment(trx, { referralId: referral.id, kind: 'INTAKE', assessedOn: chinaToday(), effect: null, recommendedForms, team });
      return { fields: ['referral_assessment'] };
    },
  });
};

export const signServiceAgreement: Resolver<'signServiceAgreement'> = async (_parent, { input }, ctx, info) => {
  const serviceForms = serviceFormsArg(input.serviceForms, 'input.serviceForms');
  return writeReferralOnce(ctx, 'signServiceAgreement', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    await expectRecord(trx, 'serviceAgreement', 'signServiceAgreement', referral);
    const signedOn = caseDateArg(input.signedOn, referral, 'input.signedOn');
    // Notice §6-7: the person and, where there is one, the guardian sign the agreement.
    const missing = missingSignatories(referral.hasGuardian, [input.signedBy]);
    if (missing.length > 0) {
      throw graphError(ErrorCode.CONSENT_REQUIRED, t('welfare.agreementSignatories', { missing: signatoryNames(requestLanguage(), missing) }), {
        argument: 'input.signedBy',
        missing: 'SERVICE_AGREEMENT',
        missingSignatories: missing,
      });
    }
    await upsertServiceAgreement(trx, { referralId: referral.id, signedOn, signedBy: input.signedBy, serviceForms });
    await auditReferralWrite(trx, ctx, info, referral.pid, ['service_agreement']);
    return referral;
  });
};

/** TRANSITIONS.startService: with the signed SERVICE_AGREEMENT consent and service agreement (notice §6-7). */
export const startService: Resolver<'startService'> = async (_parent, { input }, ctx, info) =>
  applyTransition(ctx, info, {
    operation: 'startService',
    name: 'startService',
    ...caseOf(input),
    write: { reason: transitionReasonArg('startService', input.reason) },
  });

const MAX_SERVICE_MINUTES = 24 * 60;

export const recordService: Resolver<'recordService'> = async (_parent, { input }, ctx, info) => {
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 1 || input.durationMinutes > MAX_SERVICE_MINUTES) {
    throw badInput(t('welfare.wholeNumber', { argument: 'input.durationMinutes', min: 1, max: MAX_SERVICE_MINUTES }), 'input.durationMinutes');
  }
  const staffId = idArg(input.staffId, 'input.staffId');
  return writeReferralOnce(ctx, 'recordService', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    await expectRecord(trx, 'service', 'recordService', referral);
    const date = caseDateArg(input.date, referral, 'input.date');
    const institutionId = referral.institutionId;
    if (!institutionId) throw referralNotFound();
    if (!(await isStaffOf(trx, staffId, institutionId))) throw badInput(t('welfare.staffNotOfInstitution'), 'input.staffId');
    await insertServiceRecord(trx, {
      referralId: referral.id,
      institutionId,
      date,
      serviceForm: input.serviceForm,
      durationMinutes: input.durationMinutes,
      staffId,
    });
    await auditReferralWrite(trx, ctx, info, referral.pid, ['service_record']);
    return referral;
  });
};

export const recordPeriodicAssessment: Resolver<'recordPeriodicAssessment'> = async (_parent, { input }, ctx, info) =>
  writeReferralOnce(ctx, 'recordPeriodicAssessment', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    await expectRecord(trx, 'periodicAssessment', 'recordPeriodicAssessment', referral);
    const assessedOn = caseDateArg(input.assessedOn, referral, 'input.assessedOn');
    const { illnessStable, selfCare, socialFunction, willingToWork, ableToWork } = input;
    await insertAssessment(trx, {
      referralId: referral.id,
      kind: 'PERIODIC',
      assessedOn,
      effect: input.effect,
      exit: { illnessStable, selfCare, socialFunction, willingToWork, ableToWork },
    });
    await auditReferralWrite(trx, ctx, info, referral.pid, ['referral_assessment']);
    return referral;
  });

/** The green channel names the receiving hospital; the registry hears of it in this transaction's outbox and counts it as a relapse. */
export const referForRelapse: Resolver<'referForRelapse'> = async (_parent, { input }, ctx, info) => {
  const reason = transitionReasonArg('referForRelapse', input.reason);
  if (!isCreditCode(input.receivingHospitalCode)) throw badInput(t('welfare.receivingHospitalCode'), 'input.receivingHospitalCode');
  return applyTransition(ctx, info, {
    operation: 'referForRelapse',
    name: 'referForRelapse',
    ...caseOf(input),
    write: { reason },
    after: async (trx, next) => {
      await referToHospital(trx, { referralId: next.id, pid: next.pid, hospitalCode: input.receivingHospitalCode, referredOn: chinaToday() });
      return { fields: ['green_channel_referral'] };
    },
  });
};

/** TRANSITIONS.resumeService, with the re-assessment after discharge. */
export const resumeService: Resolver<'resumeService'> = async (_parent, { input }, ctx, info) =>
  applyTransition(ctx, info, {
    operation: 'resumeService',
    name: 'resumeService',
    ...caseOf(input),
    write: { reason: null },
    before: async (trx, referral) => {
      const assessedOn = caseDateArg(input.reassessedOn, referral, 'input.reassessedOn');
      await insertAssessment(trx, { referralId: referral.id, kind: 'REASSESSMENT', assessedOn, effect: input.effect });
      return { fields: ['referral_assessment'] };
    },
  });

/** The county the person moved to: a county-level division other than the case's own (it may lie outside the caller's region). */
function newCountyArg(code: string, referral: ReferralRecord): string {
  if (!/^\d{6}$/.test(code) || !isCountyCode(code)) throw badInput(t('input.county', { argument: 'input.newCountyCode' }), 'input.newCountyCode');
  if (code === referral.countyCode) throw badInput(t('welfare.sameCounty'), 'input.newCountyCode');
  return code;
}

/** TRANSITIONS.requestTransfer or a relocation, as moveOf chooses from the case's status and the new county's free places. */
export const requestTransfer: Resolver<'requestTransfer'> = async (_parent, { input }, ctx, info) =>
  applyTransition(ctx, info, {
    operation: 'requestTransfer',
    name: 'requestTransfer',
    ...caseOf(input),
    write: { reason: transitionReasonArg('requestTransfer', input.reason) },
    locate: async (_trx, referral) => ({ countyCode: newCountyArg(input.newCountyCode, referral) }),
    choose: (trx, referral) => moveOf(trx, referral, newCountyArg(input.newCountyCode, referral)),
  });
