// The facts the employment subgraph's access policy (access-policy.ts) decides on, looked up through the request's loaders.
import type { FactSources } from '#platform/access/policy.js';
import type { EmploymentLoaders } from './data/loaders.js';

export function employmentFacts(loaders: EmploymentLoaders): FactSources {
  return {
    // The federation holds an EMPLOYMENT_SHARING consent only as the platform's hand-off of the person
    // (sent through its outbox under a live consent; nothing a caller sends counts): no hand-off, no consent.
    async consent(pid, kind) {
      const shared = kind === 'EMPLOYMENT_SHARING' && ((await loaders.employmentProfileByPid.load(pid))?.referrals.length ?? 0) > 0;
      return { patient: shared, guardian: shared, hasGuardian: false };
    },
  };
}
