// Who reads and writes what in the registry (DOMAIN.md §6): the one place its access is decided.
// The SDL's @requiresScopes/@policy, docs/access-matrix.md and the access tests come from this table.
import {
  grant,
  grants,
  JOURNEY_ROLES,
  PERSON_ROLES,
  PUBLIC,
  type PolicyTable,
  UPLOAD_CONSENT,
  PERSON_KEY_ROLES,
  SHARED_RULES,
  DATA_PROTECTION,
} from '#platform/access/policy.js';
import { SHARED_SUBJECTS, type SubgraphPolicy } from '#platform/access/policy-enforcement.js';

const HEALTH = ['HOSPITAL_CLINICIAN', 'REGISTRY_OFFICER'] as const;

/** A person at all: in the caller's region; a clinician's break-glass grant opens one outside it. */
const PERSON = grants(grant(PERSON_ROLES, ['region']), grant(['HOSPITAL_CLINICIAN'], ['region', 'break-glass']));

/**
 * The registry record: health staff in their region (clinicians also by break-glass); social
 * workers and platform officers with the consent; institution staff with the consent and only
 * of people with a case at their institution. Civil affairs, employment and guardianship never.
 */
const REGISTRY_RECORD = grants(
  grant(['HOSPITAL_CLINICIAN'], ['region', 'break-glass']),
  grant(['REGISTRY_OFFICER'], ['region']),
  grant(['SOCIAL_WORKER', 'PLATFORM_OFFICER'], ['region', UPLOAD_CONSENT]),
  grant(['INSTITUTION_STAFF'], ['region', UPLOAD_CONSENT, 'own-institution-cases']),
);

const HEALTH_IN_REGION = grant(HEALTH, ['region']);
const SERVICE_ONLY = grant(['SERVICE'], ['service-only']);
const DPO = DATA_PROTECTION;

export const registryPolicyTable: PolicyTable = {
  subgraph: 'registry',
  rules: {
    'Query.person': PERSON,
    'Query.breakGlassReviews': DPO,
    'Query.auditTrail': DPO,
    'Query.readerTrail': DPO,
    'Query.overdueFollowUps': HEALTH_IN_REGION,
    'Query.patients': grant(HEALTH, ['region'], { appliedBy: 'query' }),

    'Mutation.registerPatient': HEALTH_IN_REGION,
    'Mutation.openBreakGlass': grant(['HOSPITAL_CLINICIAN'], ['public']),
    'Mutation.recordFollowUp': HEALTH_IN_REGION,
    'Mutation.recordAdmission': grant(['HOSPITAL_CLINICIAN'], ['region']),
    'Mutation.recordDischarge': grant(['HOSPITAL_CLINICIAN'], ['region']),
    'Mutation.recordDischargeAssessment': grant(['HOSPITAL_CLINICIAN'], ['region']),
    'Mutation.recordConsent': HEALTH_IN_REGION,
    'Mutation.revokeConsent': HEALTH_IN_REGION,
    'Mutation.recordRelapse': HEALTH_IN_REGION,
    'Mutation.setManagementStatus': grant(['REGISTRY_OFFICER'], ['region']),
    // The upload's consent is the write's own rule: its absence answers CONSENT_REQUIRED, naming whose is missing.
    'Mutation.uploadReferral': grant(['HOSPITAL_CLINICIAN'], ['region']),
    'Mutation.receiveGreenChannelRelapse': SERVICE_ONLY,
    'Mutation.receiveUploadCaseStatus': SERVICE_ONLY,
    'Mutation.receiveCaseHolding': SERVICE_ONLY,
    'CaseHoldingReceipt.*': { as: 'Mutation.receiveCaseHolding' },
    'UploadCaseStatusReceipt.*': { as: 'Mutation.receiveUploadCaseStatus' },
    'GreenChannelRelapseReceipt.*': { as: 'Mutation.receiveGreenChannelRelapse' },
    'RegistryWritePayload.*': { as: 'Mutation.recordFollowUp' },
    'RegisterPatientPayload.*': { as: 'Mutation.registerPatient' },
    'BreakGlassGrant.*': grants(DPO, grant(['HOSPITAL_CLINICIAN'], ['public'])),

    '_entities.Person': grant(PERSON_KEY_ROLES, ['public']),
    'Person.pid': { as: '_entities.Person' },
    'Person.registry': REGISTRY_RECORD,
    // The record's parts: decided once at Person.registry; names and birth dates for health staff only.
    'RegistryRecord.*': { as: 'Person.registry' },
    'RegistryRecord.name': { as: 'Person.registry', roles: HEALTH },
    'RegistryRecord.birthDate': { as: 'Person.registry', roles: HEALTH },
    'Diagnosis.*': { as: 'Person.registry' },
    'FollowUp.*': { as: 'Person.registry' },
    'FollowUpConnection.*': { as: 'Person.registry' },
    'FollowUpEdge.*': { as: 'Person.registry' },
    'Hospitalization.*': { as: 'Person.registry' },
    'DischargeAssessment.*': { as: 'Person.registry' },
    'Relapse.*': { as: 'Person.registry' },
    'RiskAssessment.*': { as: 'Person.registry' },
    'RegistryConsent.*': { as: 'Person.registry' },
    // Uploads: health staff with the record; the platform's status of the upload is what the hospital follows (the closed loop).
    'ReferralUpload.*': { as: 'Person.registry' },
    // The registry's own journey events go to the record's readers, where they may read the record.
    'Person.registryJourney': REGISTRY_RECORD,
    'Person.welfareJourney': { as: 'Person.journey' },
    'Person.employmentJourney': { as: 'Person.journey' },
    // Each agency's part of the journey is decided by its own policy; the merge itself tells nothing more.
    'Person.journey': grant(JOURNEY_ROLES, ['region'], { appliedBy: 'query' }),
    'JourneyEvent.*': { as: 'Person.journey' },

    'PersonConnection.*': { as: 'Query.patients' },
    'PersonEdge.*': { as: 'Query.patients' },
    'PageInfo.*': PUBLIC,
    'OverdueFollowUpConnection.*': { as: 'Query.overdueFollowUps' },
    'OverdueFollowUpEdge.*': { as: 'Query.overdueFollowUps' },
    'OverdueFollowUp.*': { as: 'Query.overdueFollowUps' },

    // Audit trails (the data-protection officer's) and the region's indicators, as in every agency.
    ...SHARED_RULES,
  },
};

export const registryPolicy: SubgraphPolicy = {
  table: registryPolicyTable,
  subjects: {
    ...SHARED_SUBJECTS,
  },
  sources: ['regionOf', 'breakGlass', 'consent', 'institutionsHoldingCase'],
};
