// Who reads and writes what in the employment subgraph (DOMAIN.md §6): the one place its access is decided.
// The SDL's @requiresScopes/@policy, docs/access-matrix.md and the access tests come from this table.
import { EMPLOYMENT_SHARING, grant, grants, JOURNEY_ROLES, PUBLIC, type PolicyTable, SHARED_RULES } from '#platform/access/policy.js';
import { SHARED_SUBJECTS, type SubgraphPolicy } from '#platform/access/policy-enforcement.js';
import { ROLES } from '#platform/identity/identity.js';

/** The federation's own officers, in their region (lists and writes check the region of the rows they touch). */
const OFFICER = grant(['EMPLOYMENT_OFFICER'], ['region']);
const SERVICE_ONLY = grant(['SERVICE'], ['service-only']);

/**
 * The employment record: employment officers in their region; social workers and platform
 * officers only of people the platform shared by an EMPLOYMENT_SHARING consent (a hand-off the
 * federation holds). The loaders read the caller's region already (applied by the query).
 */
const EMPLOYMENT_RECORD = grants(
  grant(['EMPLOYMENT_OFFICER'], ['region'], { appliedBy: 'query' }),
  grant(['SOCIAL_WORKER', 'PLATFORM_OFFICER'], ['region', EMPLOYMENT_SHARING], { appliedBy: 'query' }),
);

/** The certificate's category, grade and issue day: employment officers, social workers, platform officers and civil affairs (subsidy eligibility), in their region. */
const CERTIFICATE = grant(['EMPLOYMENT_OFFICER', 'SOCIAL_WORKER', 'PLATFORM_OFFICER', 'CIVIL_AFFAIRS_OFFICER'], ['region'], { appliedBy: 'query' });

export const employmentPolicyTable: PolicyTable = {
  subgraph: 'employment',
  rules: {
    'Query.employmentReferrals': OFFICER,
    'Query.referredNotPlaced': OFFICER,
    'Query.placementsEndingSoon': OFFICER,
    // Courses and employers are operational data, not personal.
    'Query.trainingCourses': grant(ROLES, ['public']),
    'Query.employers': grant(['EMPLOYMENT_OFFICER'], ['public']),

    'Mutation.issueCertificate': OFFICER,
    'Mutation.createTrainingCourse': OFFICER,
    'Mutation.enrolInTraining': OFFICER,
    'Mutation.completeTraining': OFFICER,
    'Mutation.registerEmployer': OFFICER,
    'Mutation.recommendJob': OFFICER,
    'Mutation.startPlacement': OFFICER,
    'Mutation.endPlacement': OFFICER,
    'Mutation.answerEmploymentReferral': OFFICER,
    'Mutation.receiveEmploymentHandoff': SERVICE_ONLY,
    'Mutation.receiveEmploymentSharingRevocation': SERVICE_ONLY,
    'EmploymentSharingRevocationReceipt.*': { as: 'Mutation.receiveEmploymentSharingRevocation' },
    'EmploymentPayload.*': { as: 'Mutation.issueCertificate' },

    '_entities.Person': grant(
      [
        'HOSPITAL_CLINICIAN',
        'REGISTRY_OFFICER',
        'SOCIAL_WORKER',
        'PLATFORM_OFFICER',
        'INSTITUTION_STAFF',
        'CIVIL_AFFAIRS_OFFICER',
        'EMPLOYMENT_OFFICER',
        'GUARDIANSHIP_OFFICER',
      ],
      ['public'],
    ),
    'Person.pid': { as: '_entities.Person' },
    'Person.disabilityCertificate': CERTIFICATE,
    'DisabilityCertificate.*': { as: 'Person.disabilityCertificate' },
    'Person.employment': EMPLOYMENT_RECORD,
    'EmploymentProfile.*': { as: 'Person.employment' },
    'Placement.*': { as: 'Person.employment' },
    'Training.*': { as: 'Person.employment' },
    'JobRecommendation.*': { as: 'Person.employment' },
    'EmploymentReferral.*': grants(EMPLOYMENT_RECORD, grant(['SERVICE'], ['service-only'])),
    'EmploymentReferralConnection.*': { as: 'Query.employmentReferrals' },
    'EmploymentReferralEdge.*': { as: 'Query.employmentReferrals' },
    'PlacementConnection.*': { as: 'Query.placementsEndingSoon' },
    'PlacementEdge.*': { as: 'Query.placementsEndingSoon' },
    // The journey's employment events: what the certificate and the record show the caller, no more (the resolver asks both entries).
    'Person.employmentJourney': grant(JOURNEY_ROLES, ['region'], { appliedBy: 'query' }),
    'JourneyEvent.*': { as: 'Person.employmentJourney' },

    'TrainingCourse.*': PUBLIC,
    'TrainingCourseConnection.*': PUBLIC,
    'TrainingCourseEdge.*': PUBLIC,
    // Employers are operational data, read wherever a placement or recommendation names one.
    'Employer.*': PUBLIC,
    'EmployerConnection.*': { as: 'Query.employers' },
    'EmployerEdge.*': { as: 'Query.employers' },
    'PageInfo.*': PUBLIC,

    // Audit trails (the data-protection officer's) and the region's indicators, as in every agency.
    ...SHARED_RULES,
  },
};

export const employmentPolicy: SubgraphPolicy = {
  table: employmentPolicyTable,
  subjects: {
    ...SHARED_SUBJECTS,
  },
  sources: ['consent'],
};
