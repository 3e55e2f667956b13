// Which referrals and benefits a caller sees (DOMAIN.md §6): their region; institution staff their
// institution's cases; employment officers only cases shared with them by an EMPLOYMENT_SHARING consent.
import type { Knex } from 'knex';
import type { Caller } from '#platform/identity/identity.js';
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

/** Limits a referral query to what the caller may see; one place for lists and lookups alike. */
export function withinScope<Q extends Knex.QueryBuilder>(query: Q, scope: ReferralScope): Q {
  if (scope.countyPrefix) query.where('referral.county_code', 'like', `${scope.countyPrefix}%`);
  // Staff read their institution's cases, and those referred out to it (OTHER_REHAB_SERVICE), which it acknowledges.
  if (scope.institutionId) {
    const institutionId = scope.institutionId;
    query.where((own) => own.where('referral.institution_id', institutionId).orWhere('referral.receiving_institution_id', institutionId));
  }
  if (scope.requiresEmploymentSharing) {
    query.whereExists((sub) =>
      sub.select(1).from('referral_consent as c').whereRaw('c.referral_id = referral.id').where('c.scope', 'EMPLOYMENT_SHARING').whereNull('c.revoked_at'),
    );
  }
  return query;
}
