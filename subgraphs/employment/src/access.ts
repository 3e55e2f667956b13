// The facts the employment subgraph's access policy (access-policy.ts) decides on, looked up through the request's loaders.
import type { FactSources } from '#platform/access/policy.js';
import type { EmploymentLoaders } from './data/loaders.js';

export function employmentFacts(loaders: EmploymentLoaders): FactSources {
  return {
    // The federation holds an EMPLOYMENT_SHARING consent only as the platform's hand-off of the person
    // (sent through its outbox under a live consent; nothing a caller sends counts): no hand-off, no consent.
    // A hand-off whose consent the platform later told revoked (receiveEmploymentSharingRevocation) shares nothing any more.
    async consent(pid, kind) {
      const shared = kind === 'EMPLOYMENT_SHARING' && (await loaders.sharedByPid.load(pid));
      return { patient: shared, guardian: shared, hasGuardian: false };
    },
  };
}
