// Which referrals and benefits a caller sees (DOMAIN.md §6): their region; institution staff their
// institution's cases; employment officers only cases shared with them by an EMPLOYMENT_SHARING consent.
import type { Caller } from '../../shared/src/auth/identity.js';
import { callerPrefix } from '../../shared/src/auth/region-scope.js';

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
