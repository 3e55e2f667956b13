// Who reads and writes what in the guardianship subgraph (DOMAIN.md §6): the one place its access is decided.
// The SDL's @requiresScopes/@policy, docs/access-matrix.md and the access tests come from this table.
import { grant, PERSON_KEY_ROLES, type PolicyTable, SHARED_RULES } from '#platform/access/policy.js';
import { SHARED_SUBJECTS, type SubgraphPolicy } from '#platform/access/policy-enforcement.js';

const OFFICER = grant(['GUARDIANSHIP_OFFICER'], ['region']);

export const guardianshipPolicyTable: PolicyTable = {
  subgraph: 'guardianship',
  rules: {
    // Writes check the ward's county against the caller's region (NOT_FOUND outside it, as for no ward).
    'Mutation.enrolWard': OFFICER,
    'Mutation.registerGuardian': OFFICER,
    'Mutation.endGuardian': OFFICER,
    'Mutation.signResponsibilityAgreement': OFFICER,
    'Mutation.terminateResponsibilityAgreement': OFFICER,
    'Mutation.recordQuarterlyReview': grant(['GUARDIANSHIP_OFFICER', 'SOCIAL_WORKER'], ['region']),
    'Mutation.decideIncentivePayment': OFFICER,

    '_entities.Person': grant(PERSON_KEY_ROLES, ['public']),
    'Person.pid': { as: '_entities.Person' },
    // The ward's record, in the caller's region (the loader reads the region): the committee's officers and community social workers.
    'Person.guardianship': grant(['GUARDIANSHIP_OFFICER', 'SOCIAL_WORKER'], ['region'], { appliedBy: 'query' }),
    'Guardianship.*': { as: 'Person.guardianship' },
    'Guardian.*': { as: 'Person.guardianship' },
    'ResponsibilityAgreement.*': { as: 'Person.guardianship' },
    'QuarterlyReview.*': { as: 'Person.guardianship' },
    'IncentivePayment.*': { as: 'Person.guardianship' },

    // Audit trails (the data-protection officer's) and the region's indicators, as in every agency.
    ...SHARED_RULES,
  },
};

export const guardianshipPolicy: SubgraphPolicy = {
  table: guardianshipPolicyTable,
  subjects: {
    ...SHARED_SUBJECTS,
  },
  sources: [],
};
