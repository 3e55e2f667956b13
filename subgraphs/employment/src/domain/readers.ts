// Which of the federation's fields about a person a role reads: the same roles the SDL's @requiresScopes names.
import type { Role } from '#platform/identity/identity.js';

/** Person.disabilityCertificate's roles. */
export const CERTIFICATE_READERS: ReadonlySet<Role> = new Set(['EMPLOYMENT_OFFICER', 'SOCIAL_WORKER', 'PLATFORM_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'ANALYST']);
/** Person.employment's roles. */
export const EMPLOYMENT_READERS: ReadonlySet<Role> = new Set(['EMPLOYMENT_OFFICER', 'SOCIAL_WORKER', 'PLATFORM_OFFICER', 'ANALYST']);
