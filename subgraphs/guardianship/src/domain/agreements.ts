// Responsibility agreements (监护责任协议): when one is in force, and whether a new one may be signed.

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

export type AgreementProblem =
  | { code: 'BAD_USER_INPUT'; message: string; argument: 'input.guardianId' | 'input.signedOn' }
  | { code: 'ALREADY_EXISTS'; message: string };

/**
 * Whether the guardian may sign an agreement for the ward on that day: the guardian must be a current
 * guardian of this ward since that day at the latest, and the ward may have one agreement in force at a
 * time, so no agreement may be in force and the day must not fall before an earlier one's termination.
 */
export function signingProblem(pid: string, guardian: GuardianPeriod, signedOn: string, agreements: readonly AgreementPeriod[]): AgreementProblem | null {
  if (guardian.pid !== pid) return { code: 'BAD_USER_INPUT', message: 'input.guardianId is not a guardian of this ward', argument: 'input.guardianId' };
  if (guardian.endedOn !== null)
    return { code: 'BAD_USER_INPUT', message: 'input.guardianId is no longer a guardian of this ward', argument: 'input.guardianId' };
  if (signedOn < guardian.since)
    return { code: 'BAD_USER_INPUT', message: 'input.signedOn must not be before the guardianship began', argument: 'input.signedOn' };
  if (agreements.some(inForce)) return { code: 'ALREADY_EXISTS', message: 'this ward has a responsibility agreement in force; terminate it first' };
  if (agreements.some((a) => a.terminatedOn !== null && signedOn < a.terminatedOn)) {
    return { code: 'BAD_USER_INPUT', message: "input.signedOn must not be before the termination of the ward's earlier agreement", argument: 'input.signedOn' };
  }
  return null;
}
