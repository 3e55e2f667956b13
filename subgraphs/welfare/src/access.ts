// Which referrals and benefits a caller sees (DOMAIN.md §6): their region; institution staff their
// institution's cases; employment officers only cases shared with them by an EMPLOYMENT_SHARING consent.
import type { Policy } from '#platform/access/access-directives.js';
import type { Caller, Role } from '#platform/identity/identity.js';
import { callerPrefix } from '#platform/access/region-scope.js';

export interface ReferralScope {
  /** County-code prefix of the caller's region; '' is the whole country. */
  countyPrefix: string;
  institutionId: string | null;
  requiresEmploymentSharing: boolean;
}

export function referralScopeOf(caller: Caller): ReferralScope {
  return {
    countyPrefix: callerPrefix(caller),
    institutionId: caller.role === 'INSTITUTION_STAFF' ? caller.institutionId : null,
    requiresEmploymentSharing: caller.role === 'EMPLOYMENT_OFFICER',
  };
}

/** The roles Person.referrals' @requiresScopes names. */
export const REFERRAL_READERS: ReadonlySet<Role> = new Set([
  'HOSPITAL_CLINICIAN',
  'SOCIAL_WORKER',
  'PLATFORM_OFFICER',
  'INSTITUTION_STAFF',
  'CIVIL_AFFAIRS_OFFICER',
  'ANALYST',
  'EMPLOYMENT_OFFICER',
]);
/** The roles Person.benefits' @requiresScopes names. */
export const BENEFIT_READERS: ReadonlySet<Role> = new Set(['SOCIAL_WORKER', 'PLATFORM_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'ANALYST']);
/** Who reads a case's services and assessments (Referral.services, .assessments): not employment officers (DOMAIN.md §6). */
export const CASE_RECORD_READERS: ReadonlySet<Role> = new Set([
  'HOSPITAL_CLINICIAN',
  'SOCIAL_WORKER',
  'PLATFORM_OFFICER',
  'INSTITUTION_STAFF',
  'CIVIL_AFFAIRS_OFFICER',
  'ANALYST',
]);

export const welfarePolicies: Record<string, Policy> = {
  // The journey shows what Person.referrals and Person.benefits show the caller, no more.
  'welfare-journey-visible': (_person, ctx) => REFERRAL_READERS.has(ctx.caller.role) || BENEFIT_READERS.has(ctx.caller.role),
};
