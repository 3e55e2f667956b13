// The employment record as the policy (access-policy.ts) lets a caller read it, for rows already read in the caller's region.
import { decide, inCallerRegion, roleMayRead } from '#platform/access/policy.js';
import type { Caller } from '#platform/identity/identity.js';
import { employmentPolicyTable } from '../access-policy.js';

export const readsCertificate = (caller: Caller): boolean => roleMayRead(employmentPolicyTable, 'Person.disabilityCertificate', caller);
export const readsEmployment = (caller: Caller): boolean => roleMayRead(employmentPolicyTable, 'Person.employment', caller);

/** The profile, or null where the policy's EMPLOYMENT_SHARING rule hides it (no hand-off of the person held). */
export function employmentProfileFor<P extends { referrals: readonly unknown[] }>(caller: Caller, profile: P | null): P | null {
  if (!profile || !readsEmployment(caller)) return null;
  const shared = profile.referrals.length > 0;
  const facts = inCallerRegion(caller, { EMPLOYMENT_SHARING: { patient: shared, guardian: shared, hasGuardian: false } });
  return decide(employmentPolicyTable, 'Person.employment', caller, facts) === 'allow' ? profile : null;
}
