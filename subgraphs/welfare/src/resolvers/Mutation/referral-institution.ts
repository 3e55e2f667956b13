// The institution's part of a case: accept or decline, assess, agree and start service, record services, relapse, resume, transfer.
import { inScope } from '#platform/access/region-scope.js';
import type { Caller } from '#platform/identity/identity.js';
import type { Db } from '#platform/database/db.js';
import { isCountyCode } from '#platform/statistics/division.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { isCreditCode } from '#platform/identity/credit-code.js';
import { referToHospital } from '../../data/green-channel.js';
import { institutionForWrite, type InstitutionRecord } from '../../data/institutions.js';
import { writeTransition } from '../../data/referral-writes.js';
import type { ReferralRecord } from '../../data/referrals.js';
import {
  hasAgreementSinceIntake,
  insertAssessment,
  insertServiceRecord,
  isStaffOf,
  liveConsentGrantors,
  upsertServiceAgreement,
} from '../../data/workflow-records.js';
import { missingSignatories, signatoryNames } from '../../domain/consent-signatories.js';
import { missingTeamMembers } from '../../domain/transitions.js';
import { moveOf } from '../../data/relocation.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import {
  actorOf,
  auditReferralWrite,
  caseDateArg,
  expectRecord,
  expectTransition,
  idArg,
  mayWriteReferral,
  optionalReasonArg,
  referralNotFound,
  requiredReasonArg,
  requireFreePlace,
  serviceFormsArg,
  writableReferral,
  writeReferralOnce,
} from './referral-write-context.js';
import { refuseAfterConsentRevoked } from './referral-withdrawal.js';

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

const HISTORY = ['referral', 'referral_transition'];

/** A case pushed to a new county is open to the institutions there; any other case to its own institution only. */
const mayAccept = (caller: Caller, referral: ReferralRecord): boolean =>
  referral.status === 'TRANSFER_PENDING' ? inScope(caller, referral.countyCode) : mayWriteReferral(caller, referral);

/**
 * A transfer's intake is the caller's institution, which must be in the case's new county
 * (else the case is not theirs to see); its row stays locked while its places are counted.
 */
async function transferIntake(trx: Db, caller: Caller, referral: ReferralRecord): Promise<InstitutionRecord> {
  const institution = caller.institutionId ? await institutionForWrite(trx, caller.institutionId, { lock: true }) : null;
  if (!institution || institution.countyCode !== referral.countyCode) throw referralNotFound();
  return institution;
}

export const acceptReferral: Resolver<'acceptReferral'> = async (_parent, { input }, ctx, info) => {
  const reason = optionalReasonArg(input.reason, 'input.reason');
  return writeReferralOnce(ctx, 'acceptReferral', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId, mayAccept);
    const intake = referral.status === 'TRANSFER_PENDING' ? await transferIntake(trx, ctx.caller, referral) : null;
    expectTransition('accept', 'acceptReferral', referral, input.expectedVersion);
    if (intake) await requireFreePlace(trx, intake);
    const next = await writeTransition(trx, referral, { to: 'ACCEPTED', actor: actorOf(ctx.caller), reason, institutionId: intake?.id });
    await auditReferralWrite(trx, ctx, info, referral.pid, HISTORY);
    return next;
  });
};

export const declineReferral: Resolver<'declineReferral'> = async (_parent, { input }, ctx, info) => {
  const reason = requiredReasonArg(input.reason, 'input.reason');
  return writeReferralOnce(ctx, 'declineReferral', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    expectTransition('decline', 'declineReferral', referral, input.expectedVersion);
    const next = await writeTransition(trx, referral, { to: 'REGISTERED', actor: actorOf(ctx.caller), reason, clearDispatch: true });
    await auditReferralWrite(trx, ctx, info, referral.pid, HISTORY);
    return next;
  });
};

export const assessReferral: Resolver<'assessReferral'> = async (_parent, { input }, ctx, info) => {
  const missing = missingTeamMembers(input.assessment);
  if (missing.length > 0) throw badInput(`input.assessment needs all four of the team; missing: ${missing.join(', ')}`, 'input.assessment');
  const recommendedForms = serviceFormsArg(input.assessment.recommendedForms, 'input.assessment.recommendedForms');
  return writeReferralOnce(ctx, 'assessReferral', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    expectTransition('assess', 'assessReferral', referral, input.expectedVersion);
    const { psychiatrist, nurse, rehabTherapist, socialWorker } = input.assessment;
    await insertAssessment(trx, {
      referralId: referral.id,
      kind: 'INTAKE',
      assessedOn: chinaToday(),
      effect: null,
      recommendedForms,
      team: { psychiatrist, nurse, rehabTherapist, socialWorker },
    });
    const next = await writeTransition(trx, referral, { to: 'ASSESSED', actor: actorOf(ctx.caller), reason: null });
    await auditReferralWrite(trx, ctx, info, referral.pid, [...HISTORY, 'referral_assessment']);
    return next;
  });
};

export const signServiceAgreement: Resolver<'signServiceAgreement'> = async (_parent, { input }, ctx, info) => {
  const serviceForms = serviceFormsArg(input.serviceForms, 'input.serviceForms');
  return writeReferralOnce(ctx, 'signServiceAgreement', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    await refuseAfterConsentRevoked(trx, referral, 'signServiceAgreement');
    expectRecord('serviceAgreement', 'signServiceAgreement', referral);
    const signedOn = caseDateArg(input.signedOn, referral, 'input.signedOn');
    // Notice §6-7: the person and, where there is one, the guardian sign the agreement.
    const missing = missingSignatories(referral.hasGuardian, [input.signedBy]);
    if (missing.length > 0) {
      throw graphError(
        ErrorCode.CONSENT_REQUIRED,
        `服务协议缺少签署人：${signatoryNames(missing)}；the service agreement needs the signature of: ${missing.join(', ').toLowerCase()}`,
        { argument: 'input.signedBy', missing: 'SERVICE_AGREEMENT', missingSignatories: missing },
      );
    }
    await upsertServiceAgreement(trx, { referralId: referral.id, signedOn, signedBy: input.signedBy, serviceForms });
    await auditReferralWrite(trx, ctx, info, referral.pid, ['service_agreement']);
    return referral;
  });
};

/**
 * DOMAIN.md §4: service starts with a live SERVICE_AGREEMENT consent, given by the person and,
 * where the case records one, the guardian (notice §6-7), and an agreement signed with the
 * institution that holds the case.
 */
async function requireServiceAgreement(trx: Db, referral: ReferralRecord): Promise<void> {
  const grantors = await liveConsentGrantors(trx, referral.id, 'SERVICE_AGREEMENT');
  if (grantors.length === 0) {
    throw graphError(ErrorCode.CONSENT_REQUIRED, 'service needs a live SERVICE_AGREEMENT consent (recordReferralConsent)', {
      missing: 'SERVICE_AGREEMENT_CONSENT',
    });
  }
  const missing = missingSignatories(referral.hasGuardian, grantors);
  if (missing.length > 0) {
    throw graphError(
      ErrorCode.CONSENT_REQUIRED,
      `服务知情同意缺少签署人：${signatoryNames(missing)}；the SERVICE_AGREEMENT consent needs the signature of: ${missing.join(', ').toLowerCase()}`,
      { missing: 'SERVICE_AGREEMENT_CONSENT', missingSignatories: missing },
    );
  }
  if (!(await hasAgreementSinceIntake(trx, referral.id))) {
    throw graphError(ErrorCode.CONSENT_REQUIRED, 'service needs a service agreement signed since the case was accepted (signServiceAgreement)', {
      missing: 'SERVICE_AGREEMENT',
    });
  }
}

export const startService: Resolver<'startService'> = async (_parent, { input }, ctx, info) => {
  const reason = optionalReasonArg(input.reason, 'input.reason');
  return writeReferralOnce(ctx, 'startService', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    await refuseAfterConsentRevoked(trx, referral, 'startService');
    expectTransition('startService', 'startService', referral, input.expectedVersion);
    await requireServiceAgreement(trx, referral);
    const next = await writeTransition(trx, referral, { to: 'IN_SERVICE', actor: actorOf(ctx.caller), reason });
    await auditReferralWrite(trx, ctx, info, referral.pid, HISTORY);
    return next;
  });
};

const MAX_SERVICE_MINUTES = 24 * 60;

export const recordService: Resolver<'recordService'> = async (_parent, { input }, ctx, info) => {
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 1 || input.durationMinutes > MAX_SERVICE_MINUTES) {
    throw badInput(`input.durationMinutes must be a whole number from 1 to ${MAX_SERVICE_MINUTES}`, 'input.durationMinutes');
  }
  const staffId = idArg(input.staffId, 'input.staffId');
  return writeReferralOnce(ctx, 'recordService', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    await refuseAfterConsentRevoked(trx, referral, 'recordService');
    expectRecord('service', 'recordService', referral);
    const date = caseDateArg(input.date, referral, 'input.date');
    const institutionId = referral.institutionId;
    if (!institutionId) throw referralNotFound();
    if (!(await isStaffOf(trx, staffId, institutionId))) throw badInput("input.staffId is not a staff member of the case's institution", 'input.staffId');
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
    await refuseAfterConsentRevoked(trx, referral, 'recordPeriodicAssessment');
    expectRecord('periodicAssessment', 'recordPeriodicAssessment', referral);
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
  const reason = requiredReasonArg(input.reason, 'input.reason');
  if (!isCreditCode(input.receivingHospitalCode))
    throw badInput(
      "input.receivingHospitalCode 须为接收医院的统一社会信用代码（GB 32100，18 位）；input.receivingHospitalCode must be the hospital's unified social credit code (GB 32100, 18 characters)",
      'input.receivingHospitalCode',
    );
  return writeReferralOnce(ctx, 'referForRelapse', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    expectTransition('referForRelapse', 'referForRelapse', referral, input.expectedVersion);
    const next = await writeTransition(trx, referral, { to: 'RELAPSE_REFERRED', actor: actorOf(ctx.caller), reason });
    await referToHospital(trx, { referralId: referral.id, pid: referral.pid, hospitalCode: input.receivingHospitalCode, referredOn: chinaToday() });
    await auditReferralWrite(trx, ctx, info, referral.pid, [...HISTORY, 'green_channel_referral']);
    return next;
  });
};

export const resumeService: Resolver<'resumeService'> = async (_parent, { input }, ctx, info) =>
  writeReferralOnce(ctx, 'resumeService', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    expectTransition('resumeService', 'resumeService', referral, input.expectedVersion);
    const assessedOn = caseDateArg(input.reassessedOn, referral, 'input.reassessedOn');
    await insertAssessment(trx, { referralId: referral.id, kind: 'REASSESSMENT', assessedOn, effect: input.effect });
    const next = await writeTransition(trx, referral, { to: 'IN_SERVICE', actor: actorOf(ctx.caller), reason: null });
    await auditReferralWrite(trx, ctx, info, referral.pid, [...HISTORY, 'referral_assessment']);
    return next;
  });

/** The county the person moved to: a county-level division other than the case's own (it may lie outside the caller's region). */
function newCountyArg(code: string, referral: ReferralRecord): string {
  if (!/^\d{6}$/.test(code) || !isCountyCode(code)) throw badInput('input.newCountyCode must be a county-level GB/T 2260 division', 'input.newCountyCode');
  if (code === referral.countyCode) throw badInput("input.newCountyCode must differ from the case's county", 'input.newCountyCode');
  return code;
}

export const requestTransfer: Resolver<'requestTransfer'> = async (_parent, { input }, ctx, info) => {
  const reason = requiredReasonArg(input.reason, 'input.reason');
  return writeReferralOnce(ctx, 'requestTransfer', input, async (trx) => {
    const referral = await writableReferral(trx, ctx.caller, input.referralId);
    const countyCode = newCountyArg(input.newCountyCode, referral);
    const move = await moveOf(trx, referral, countyCode);
    expectTransition(move.name, 'requestTransfer', referral, input.expectedVersion);
    // A dispatch not yet accepted is void in the new county: the place at the old institution is freed.
    const next = await writeTransition(trx, referral, {
      to: move.to,
      actor: actorOf(ctx.caller),
      reason,
      countyCode,
      institutionId: null,
      clearDispatch: referral.status === 'DISPATCHED',
    });
    await auditReferralWrite(trx, ctx, info, referral.pid, HISTORY);
    return next;
  });
};
