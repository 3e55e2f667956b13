// What the floors apply of the access rules, from the agencies' own policies: region scope, and the registry's consent rule.
import type { Caller } from '#platform/identity/identity.js';
import { decide } from '#platform/access/policy.js';
import { registryPolicyTable } from '../../subgraphs/registry/src/access-policy.js';
import { type ConsentGrantor, uploadConsentGiven } from '../../subgraphs/registry/src/domain/upload-consent.js';
import { referralScopeOf } from '../../subgraphs/welfare/src/data/referral-scope.js';

/** The registry record (and its journey events) of a person in the caller's region; break-glass grants are not modelled. */
export function registryRecordVisible(caller: Caller, uploadConsentGrantors: readonly ConsentGrantor[], hasGuardian: boolean): boolean {
  // The registry's policy decides, for a person in the caller's region; institutions' cases are not modelled (none open).
  const facts = {
    regionCode: caller.regionCode,
    breakGlass: false,
    institutions: [],
    hospitalCode: null,
    consents: { REFERRAL_UPLOAD: uploadConsentGiven(uploadConsentGrantors, hasGuardian) },
  };
  return decide(registryPolicyTable, 'Person.registryJourney', caller, facts) === 'allow';
}

/**
 * The floors model region scope, which is all the bench's tokens have; institution staff
 * (their institution's cases) and employment officers (shared cases only) see referrals
 * under further rules the floors do not repeat, so they are refused rather than answered wrongly.
 */
export function requireRegionOnlyScope(caller: Caller): void {
  const scope = referralScopeOf(caller);
  if (scope.institutionId !== null || scope.hospitalCode !== null || scope.requiresEmploymentSharing || scope.none)
    throw new Error(`the floor does not model the referral scope of ${caller.role}`);
}
