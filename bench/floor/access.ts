// What the floors apply of the access rules: region scope, and the registry's consent rule for civil-affairs staff.
import type { Caller, Role } from '#platform/identity/identity.js';
import { referralScopeOf } from '../../subgraphs/welfare/src/access.js';

/** As subgraphs/registry/src/access.ts: the roles Person.registry's @requiresScopes names. */
const REGISTRY_READERS: ReadonlySet<Role> = new Set([
  'HOSPITAL_CLINICIAN',
  'REGISTRY_OFFICER',
  'ANALYST',
  'SOCIAL_WORKER',
  'PLATFORM_OFFICER',
  'INSTITUTION_STAFF',
]);
/** As subgraphs/registry/src/access.ts: civil-affairs staff read health data only with the patient's REFERRAL_UPLOAD consent. */
const NEEDS_REFERRAL_CONSENT: ReadonlySet<Role> = new Set(['SOCIAL_WORKER', 'PLATFORM_OFFICER', 'INSTITUTION_STAFF']);

/** The registry record (and its journey events) of a person in the caller's region; break-glass grants are not modelled. */
export function registryRecordVisible(caller: Caller, hasUploadConsent: boolean): boolean {
  return REGISTRY_READERS.has(caller.role) && (!NEEDS_REFERRAL_CONSENT.has(caller.role) || hasUploadConsent);
}

/**
 * The floors model region scope, which is all the bench's tokens have; institution staff
 * (their institution's cases) and employment officers (shared cases only) see referrals
 * under further rules the floors do not repeat, so they are refused rather than answered wrongly.
 */
export function requireRegionOnlyScope(caller: Caller): void {
  const scope = referralScopeOf(caller);
  if (scope.institutionId !== null || scope.requiresEmploymentSharing) throw new Error(`the floor does not model the referral scope of ${caller.role}`);
}
