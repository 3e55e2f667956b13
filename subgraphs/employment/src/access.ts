// The named rules the SDL's @policy directives refer to: the journey's, from the roles of domain/readers.ts.
import type { Policy } from '#platform/access/access-directives.js';
import { CERTIFICATE_READERS, EMPLOYMENT_READERS } from './domain/readers.js';

export const employmentPolicies: Record<string, Policy> = {
  // The journey shows what the certificate and profile fields show the caller, no more.
  'employment-journey-visible': (_person, ctx) => CERTIFICATE_READERS.has(ctx.caller.role) || EMPLOYMENT_READERS.has(ctx.caller.role),
};
