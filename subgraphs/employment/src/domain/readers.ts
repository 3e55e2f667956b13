// Which of the federation's fields about a person a role reads: the same roles the SDL's @requiresScopes names.
import type { Role } from '#platform/identity/identity.js';

/** Person.disabilityCertificate's roles. */
export const CERTIFICATE_READERS: ReadonlySet<Role> = new Set(['EMPLOYMENT_OFFICER', 'SOCIAL_WORKER', 'PLATFORM_OFFICER', 'CIVIL_AFFAIRS_OFFICER']);
/** Person.employment's roles. */
export const EMPLOYMENT_READERS: ReadonlySet<Role> = new Set(['EMPLOYMENT_OFFICER', 'SOCIAL_WORKER', 'PLATFORM_OFFICER']);

/** Person.employment's roles that read it only of people shared with the federation by an EMPLOYMENT_SHARING consent (DOMAIN.md §6). */
const SHARING_CONSENT_READERS: ReadonlySet<Role> = new Set(['SOCIAL_WORKER', 'PLATFORM_OFFICER']);

/**
 * The employment profile as the role may read it. Social workers and platform officers read it
 * only with an EMPLOYMENT_SHARING consent, a fact the federation holds only as the platform's
 * hand-off of the person (the platform hands a case over only under a live consent, through its
 * outbox; nothing a caller sends counts): no hand-off held, no profile, as if there were none.
 */
export function employmentProfileFor<P extends { referrals: readonly unknown[] }>(role: Role, profile: P | null): P | null {
  if (!profile || !EMPLOYMENT_READERS.has(role)) return null;
  return SHARING_CONSENT_READERS.has(role) && profile.referrals.length === 0 ? null : profile;
}
