// Which referrals and benefits a caller sees, as SQL: the scope rules of the policy's referral
// entry (access-policy.ts, REFERRAL_CASE) turned into a query's conditions. Region; institution
// staff their institution's cases; hospital clinicians the referrals their hospital uploaded or received back;
// employment officers only cases shared with them by an EMPLOYMENT_SHARING consent.
import type { Knex } from 'knex';
import { grantsOf } from '#platform/access/policy.js';
import type { Caller } from '#platform/identity/identity.js';
import { callerPrefix } from '#platform/access/region-scope.js';
import { welfarePolicyTable } from '../access-policy.js';

export interface ReferralScope {
  /** County-code prefix of the caller's region; '' is the whole country. */
  countyPrefix: string;
  institutionId: string | null;
  /** own-hospital-uploads: the hospital whose referrals the caller reads (its uploads, and green-channel referrals back to it). */
  hospitalCode: string | null;
  requiresEmploymentSharing: boolean;
  /** A role the referral entry does not name reads no referral at all. */
  none: boolean;
}

/** The scope of the policy's entry for referrals (`Query.referrals`) for this caller. */
export function referralScopeOf(caller: Caller, coordinate = 'Query.referrals'): ReferralScope {
  const rules = grantsOf(welfarePolicyTable, coordinate).grants[caller.role]?.scope;
  const has = (name: string) => (rules ?? []).some((rule) => (typeof rule === 'string' ? rule === name : `consent:${rule.consent}` === name));
  return {
    countyPrefix: callerPrefix(caller),
    institutionId: has('own-institution-cases') ? (caller.institutionId ?? '') : null,
    hospitalCode: has('own-hospital-uploads') ? (caller.institutionId ?? '') : null,
    requiresEmploymentSharing: has('consent:EMPLOYMENT_SHARING'),
    none: rules === undefined,
  };
}

/** Limits a referral query to what the caller may see; one place for lists and lookups alike. */
export function withinScope<Q extends Knex.QueryBuilder>(query: Q, scope: ReferralScope): Q {
  if (scope.none) query.whereRaw('false');
  if (scope.countyPrefix) query.where('referral.county_code', 'like', `${scope.countyPrefix}%`);
  // Staff read their institution's cases, and those referred out to it (OTHER_REHAB_SERVICE), which it acknowledges.
  if (scope.institutionId !== null) {
    const institutionId = scope.institutionId;
    query.where((own) => own.where('referral.institution_id', institutionId).orWhere('referral.receiving_institution_id', institutionId));
  }
  // The closed loop: a hospital reads the referrals it uploaded and those sent back to it by the green channel.
  if (scope.hospitalCode !== null) {
    const hospitalCode = scope.hospitalCode;
    query.where((own) =>
      own
        .where('referral.source_hospital_code', hospitalCode)
        .orWhereExists((sub) =>
          sub.select(1).from('green_channel_referral as g').whereRaw('g.referral_id = referral.id').where('g.hospital_code', hospitalCode),
        ),
    );
  }
  if (scope.requiresEmploymentSharing) {
    query.whereExists((sub) =>
      sub.select(1).from('referral_consent as c').whereRaw('c.referral_id = referral.id').where('c.scope', 'EMPLOYMENT_SHARING').whereNull('c.revoked_at'),
    );
  }
  return query;
}
