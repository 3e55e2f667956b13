// How the person's decisions stop a case: withdrawn (closed WITHDRAWN, consents ended) and what is refused once the service consent is revoked.
import type { Db } from '#platform/database/db.js';
import { ErrorCode, graphError } from '#platform/graphql/errors.js';
import { type Actor, writeTransition } from '../../data/referral-writes.js';
import type { ReferralRecord } from '../../data/referrals.js';
import { consentRevoked, revokeLiveConsents } from '../../data/workflow-records.js';
import type { ConsentScope } from '../../generated/resolvers-types.js';

const CONSENT_SCOPES: readonly ConsentScope[] = ['REFERRAL_UPLOAD', 'SERVICE_AGREEMENT', 'EMPLOYMENT_SHARING'];

/** Revokes every live consent of the case (the person withdrew). */
export async function revokeAllConsents(trx: Db, referralId: string): Promise<void> {
  for (const scope of CONSENT_SCOPES) await revokeLiveConsents(trx, referralId, scope);
}

/** Closes a locked, active case as WITHDRAWN in the caller's transaction; `reason` is the history's, e.g. the re-review or the revocation. */
export async function closeAsWithdrawn(trx: Db, referral: ReferralRecord, actor: Actor, reason: string): Promise<ReferralRecord> {
  return writeTransition(trx, referral, { to: 'CLOSED', actor, reason: `WITHDRAWN: ${reason}`, closeReason: 'WITHDRAWN' });
}

/**
 * CONSENT_REVOKED once the case's SERVICE_AGREEMENT consent was revoked (and none given
 * since): the revocation stopped the case, so service, assessments and dispatch are refused
 * by name rather than as an illegal transition of a closed case.
 */
export async function refuseAfterConsentRevoked(trx: Db, referral: ReferralRecord, operation: string): Promise<void> {
  if (!(await consentRevoked(trx, referral.id, 'SERVICE_AGREEMENT'))) return;
  throw graphError(
    ErrorCode.CONSENT_REVOKED,
    `服务协议知情同意已撤回，个案已终止，不能再${OPERATION_NAMES[operation] ?? '办理'}；the SERVICE_AGREEMENT consent was revoked and the case stopped: ${operation} is refused`,
    { missing: 'SERVICE_AGREEMENT_CONSENT', currentStatus: referral.status },
  );
}

const OPERATION_NAMES: Record<string, string> = {
  recordService: '记录服务',
  recordPeriodicAssessment: '记录定期评估',
  dispatchReferral: '派单',
  startService: '开始服务',
  signServiceAgreement: '签订服务协议',
};
