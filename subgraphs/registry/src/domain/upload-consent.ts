// The consent DOMAIN.md §6 means by "consent": a live REFERRAL_UPLOAD consent of the patient and, where there is a guardian, of the guardian too.
import type { ConsentGrantor } from '../generated/resolvers-types.js';

export type { ConsentGrantor };

/**
 * Whose live REFERRAL_UPLOAD consent is missing, given the grantors of the live ones: the
 * patient's, then the guardian's where the person has one (a PATIENT_AND_GUARDIAN consent gives
 * both); null when nothing is. The one rule for an upload and for reading the record by consent.
 */
export function uploadConsentMissing(grantors: Iterable<ConsentGrantor>, hasGuardian: boolean): 'PATIENT' | 'GUARDIAN' | null {
  const given = new Set(grantors);
  const both = given.has('PATIENT_AND_GUARDIAN');
  if (!both && !given.has('PATIENT')) return 'PATIENT';
  if (hasGuardian && !both && !given.has('GUARDIAN')) return 'GUARDIAN';
  return null;
}

/** Whose live REFERRAL_UPLOAD consent there is, as the access policy's consent rule reads it. */
export function uploadConsentGiven(grantors: Iterable<ConsentGrantor>, hasGuardian: boolean): { patient: boolean; guardian: boolean; hasGuardian: boolean } {
  const given = new Set(grantors);
  const both = given.has('PATIENT_AND_GUARDIAN');
  return { patient: both || given.has('PATIENT'), guardian: both || given.has('GUARDIAN'), hasGuardian };
}
