// Responsibility agreements (监护责任协议): when one is in force, and whether a new one may be signed.
import type { Problem } from '#platform/i18n/messages.js';

export interface AgreementPeriod {
  signedOn: string;
  terminatedOn: string | null;
}

export interface GuardianPeriod {
  pid: string;
  since: string;
  endedOn: string | null;
}

/** In force at some time in the year: signed on or before 31 December and not terminated before 1 January. */
export function inForceDuring(agreement: AgreementPeriod, year: number): boolean {
  return agreement.signedOn <= `${year}-12-31` && (agreement.terminatedOn === null || agreement.terminatedOn >= `${year}-01-01`);
}

/** In force now: not terminated (neither date may be in the future). */
export const inForce = (agreement: AgreementPeriod): boolean => agreement.terminatedOn === null;

export type AgreementProblem = (Problem & { code: 'BAD_USER_INPUT'; argument: 'input.guardianId' | 'input.signedOn' }) | (Problem & { code: 'ALREADY_EXISTS' });

/**
 * Whether the guardian may sign an agreement for the ward on that day: the guardian must be a current
 * guardian of this ward since that day at the latest, and the ward may have one agreement in force at a
 * time, so no agreement may be in force and the day must not fall before an earlier one's termination.
 */
export function signingProblem(pid: string, guardian: GuardianPeriod, signedOn: string, agreements: readonly AgreementPeriod[]): AgreementProblem | null {
  if (guardian.pid !== pid) return { code: 'BAD_USER_INPUT', key: 'guardianship.notGuardianOfWard', argument: 'input.guardianId' };
  if (guardian.endedOn !== null) return { code: 'BAD_USER_INPUT', key: 'guardianship.guardianNoLonger', argument: 'input.guardianId' };
  if (signedOn < guardian.since) return { code: 'BAD_USER_INPUT', key: 'guardianship.signedBeforeGuardianship', argument: 'input.signedOn' };
  if (agreements.some(inForce)) return { code: 'ALREADY_EXISTS', key: 'guardianship.wardAgreementInForce' };
  if (agreements.some((a) => a.terminatedOn !== null && signedOn < a.terminatedOn)) {
    return { code: 'BAD_USER_INPUT', key: 'guardianship.signedBeforeTermination', argument: 'input.signedOn' };
  }
  return null;
}
