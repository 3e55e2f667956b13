// Who reads a registry record (DOMAIN.md §6): the roles Person.registry's @requiresScopes names, and the consent civil-affairs staff need.
import type { Role } from '#platform/identity/identity.js';

/** The roles Person.registry's @requiresScopes names: the registry's journey events go to them alone. */
const REGISTRY_READERS: ReadonlySet<Role> = new Set(['HOSPITAL_CLINICIAN', 'REGISTRY_OFFICER', 'SOCIAL_WORKER', 'PLATFORM_OFFICER', 'INSTITUTION_STAFF']);

/** Roles that need a REFERRAL_UPLOAD consent to read health data. */
const NEEDS_REFERRAL_CONSENT: ReadonlySet<Role> = new Set(['SOCIAL_WORKER', 'PLATFORM_OFFICER', 'INSTITUTION_STAFF']);

/** Whether the role ever sees the registry's journey events (the record's readers). */
export const registryJourneyRole = (role: Role): boolean => REGISTRY_READERS.has(role);

/** Whether the role reads a record in its region only with the REFERRAL_UPLOAD consent of the patient and of a guardian where there is one (domain/upload-consent.ts). */
export const needsUploadConsent = (role: Role): boolean => NEEDS_REFERRAL_CONSENT.has(role);
