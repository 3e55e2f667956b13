// What the floors apply of the access rules, from the agencies' own: region scope, and the registry's consent rule for civil-affairs staff.
import type { Caller } from '#platform/identity/identity.js';
import { needsUploadConsent, registryJourneyRole } from '../../subgraphs/registry/src/domain/readers.js';
import { type ConsentGrantor, uploadConsentMissing } from '../../subgraphs/registry/src/domain/upload-consent.js';
import { referralScopeOf } from '../../subgraphs/welfare/src/data/referral-scope.js';

/** The registry record (and its journey events) of a person in the caller's region; break-glass grants are not modelled. */
export function registryRecordVisible(caller: Caller, uploadConsentGrantors: readonly ConsentGrantor[], hasGuardian: boolean): boolean {
  return registryJourneyRole(caller.role) && (!needsUploadConsent(caller.role) || uploadConsentMissing(uploadConsentGrantors, hasGuardian) === null);
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
