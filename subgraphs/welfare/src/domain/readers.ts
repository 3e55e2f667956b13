// Which of the platform's fields about a person a role reads: the roles the SDL's @requiresScopes names, for the journey's policy and sources.
import type { Role } from '#platform/identity/identity.js';

/** The roles Person.referrals' @requiresScopes names. */
export const REFERRAL_READERS: ReadonlySet<Role> = new Set([
  'HOSPITAL_CLINICIAN',
  'SOCIAL_WORKER',
  'PLATFORM_OFFICER',
  'INSTITUTION_STAFF',
  'CIVIL_AFFAIRS_OFFICER',
  'EMPLOYMENT_OFFICER',
]);
/** The roles Person.benefits' @requiresScopes names. */
export const BENEFIT_READERS: ReadonlySet<Role> = new Set(['SOCIAL_WORKER', 'PLATFORM_OFFICER', 'CIVIL_AFFAIRS_OFFICER']);
/** Who reads a case's detail (Referral.services, .assessments, .serviceAgreement): the referrals' readers but hospital clinicians and employment officers (DOMAIN.md §6). */
export const CASE_RECORD_READERS: ReadonlySet<Role> = new Set(
  [...REFERRAL_READERS].filter((role) => role !== 'EMPLOYMENT_OFFICER' && role !== 'HOSPITAL_CLINICIAN'),
);
