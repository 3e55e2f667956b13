// Which of the federation's fields about a person a role reads: the same roles the SDL's @requiresScopes names, for the journey's policy.
import type { Policy } from '#platform/access/access-directives.js';
import type { Role } from '#platform/identity/identity.js';

/** Person.disabilityCertificate's roles. */
export const CERTIFICATE_READERS: ReadonlySet<Role> = new Set(['EMPLOYMENT_OFFICER', 'SOCIAL_WORKER', 'PLATFORM_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'ANALYST']);
/** Person.employment's roles. */
export const EMPLOYMENT_READERS: ReadonlySet<Role> = new Set(['EMPLOYMENT_OFFICER', 'SOCIAL_WORKER', 'PLATFORM_OFFICER', 'ANALYST']);

export const employmentPolicies: Record<string, Policy> = {
  // The journey shows what the certificate and profile fields show the caller, no more.
  'employment-journey-visible': (_person, ctx) => CERTIFICATE_READERS.has(ctx.caller.role) || EMPLOYMENT_READERS.has(ctx.caller.role),
};
