// Who reads and writes what on the referral platform (DOMAIN.md §6): the one place welfare's access is decided.
// The SDL's @requiresScopes/@policy, docs/access-matrix.md and the access tests come from this table;
// the referral lists' SQL takes its scope from it (data/referral-scope.ts).
import {
  type Access,
  decide,
  EMPLOYMENT_SHARING,
  type Grants,
  grant,
  grants,
  JOURNEY_ROLES,
  PUBLIC,
  type PolicyTable,
  PERSON_KEY_ROLES,
  SHARED_RULES,
} from '#platform/access/policy.js';
import { SHARED_SUBJECTS, type SubgraphPolicy } from '#platform/access/policy-enforcement.js';
import { transitionRoles } from './domain/referral-workflow.js';
import { type Caller, ROLES, type Role } from '#platform/identity/identity.js';

const QUERY = { appliedBy: 'query' } as const;

/**
 * A referral case (status, channel, institution, dates): social workers, platform officers and
 * civil affairs in their region; institution staff their institution's cases; hospital
 * clinicians the referrals their hospital uploaded or received back (the closed loop);
 * employment officers the cases shared by an EMPLOYMENT_SHARING consent. Applied by the
 * referral queries' SQL, which reads these rules (data/referral-scope.ts).
 */
export const REFERRAL_CASE: Grants = grants(
  grant(['SOCIAL_WORKER', 'PLATFORM_OFFICER', 'CIVIL_AFFAIRS_OFFICER'], ['region'], QUERY),
  grant(['INSTITUTION_STAFF'], ['region', 'own-institution-cases'], QUERY),
  grant(['HOSPITAL_CLINICIAN'], ['region', 'own-hospital-uploads'], QUERY),
  grant(['EMPLOYMENT_OFFICER'], ['region', EMPLOYMENT_SHARING], QUERY),
);

/** Case detail (assessments, the service agreement, services): social workers and platform officers; institution staff of their cases. */
const CASE_DETAIL: Grants = grants(
  grant(['SOCIAL_WORKER', 'PLATFORM_OFFICER'], ['region'], QUERY),
  grant(['INSTITUTION_STAFF'], ['region', 'own-institution-cases'], QUERY),
);

/** Registry data the platform was told (management status, a discharge): social workers, platform officers and the case's institution. */
const REGISTRY_FACTS: Grants = grants(
  grant(['SOCIAL_WORKER', 'PLATFORM_OFFICER'], ['region'], QUERY),
  grant(['INSTITUTION_STAFF'], ['region', 'own-institution-cases'], QUERY),
);

/** Benefits: social workers, platform officers and civil affairs, in their region. */
const BENEFITS: Grants = grant(['SOCIAL_WORKER', 'PLATFORM_OFFICER', 'CIVIL_AFFAIRS_OFFICER'], ['region'], QUERY);

/** Lists of a region's cases for the people who work them. */
const CASEWORK_LISTS = grant(['SOCIAL_WORKER', 'PLATFORM_OFFICER', 'CIVIL_AFFAIRS_OFFICER'], ['region'], QUERY);

const SERVICE_ONLY = grant(['SERVICE'], ['service-only']);
const CIVIL_AFFAIRS = grant(['CIVIL_AFFAIRS_OFFICER'], ['region']);
const STAFF_OF_CASE = grant(['INSTITUTION_STAFF'], ['region', 'own-institution-cases']);
const caseWriters = (roles: readonly Role[], rules: Access['scope'] = ['region']) =>
  grants(
    grant(
      roles.filter((r) => r !== 'INSTITUTION_STAFF'),
      rules,
    ),
    roles.includes('INSTITUTION_STAFF') ? STAFF_OF_CASE : {},
  );

/**
 * Every mutation of the referral workflow with the roles the workflow table names. Two differ:
 * a case pending transfer is accepted by an institution of the region of its destination county
 * (whose case it is not yet), and the federation answers only hand-offs of cases in its region.
 */
const WORKFLOW_MUTATIONS: Record<string, Grants> = {
  ...Object.fromEntries(
    Object.entries(transitionRoles).map(([mutation, roles]) => [
      `Mutation.${mutation}`,
      roles!.includes('SERVICE') ? grants(SERVICE_ONLY, caseWriters(roles!.filter((r) => r !== 'SERVICE'))) : caseWriters(roles!),
    ]),
  ),
  'Mutation.acceptReferral': grant(['INSTITUTION_STAFF'], ['region', 'own-institution-cases', 'transfer-intake']),
  'Mutation.answerEmploymentHandoff': grant(['SERVICE'], ['service-only', 'region']),
};

export const welfarePolicyTable: PolicyTable = {
  subgraph: 'welfare',
  rules: {
    'Query.referral': REFERRAL_CASE,
    'Query.referrals': REFERRAL_CASE,
    'Query.overdueReferrals': CASEWORK_LISTS,
    'Query.overdueAssessments': CASEWORK_LISTS,
    'Query.referralsByCitizenId': grant(['SOCIAL_WORKER', 'PLATFORM_OFFICER'], ['region'], QUERY),
    'Query.waitingList': CASEWORK_LISTS,
    'Query.nextInLine': CASEWORK_LISTS,
    'Query.socialWorkers': grant(['SOCIAL_WORKER', 'PLATFORM_OFFICER', 'CIVIL_AFFAIRS_OFFICER'], ['region']),
    // Institutions and regions are public operational data; the indicators are aggregates of the caller's region.
    'Query.rehabInstitutions': PUBLIC,
    'Query.rehabInstitution': PUBLIC,
    'Query.region': PUBLIC,
    'Query.rehabIndicators': grant(ROLES, ['region']),
    'Query.rehabIndicatorSeries': grant(ROLES, ['region']),

    // The referral workflow's mutations: the roles its table names for each (domain/referral-workflow.ts),
    // in the caller's region; institution staff on their institution's cases; SERVICE for the agencies' hand-offs.
    ...WORKFLOW_MUTATIONS,
    'Mutation.receiveRegistryDischarge': SERVICE_ONLY,
    'Mutation.createRehabInstitution': CIVIL_AFFAIRS,
    'Mutation.setInstitutionCapacity': CIVIL_AFFAIRS,
    // An institution's register entry: civil affairs of its region; its staff their own institution (institutions are public: elsewhere is FORBIDDEN).
    'Mutation.addInstitutionStaff': grants(CIVIL_AFFAIRS, grant(['INSTITUTION_STAFF'], ['own-institution'])),
    'Mutation.recordStaffTraining': grants(CIVIL_AFFAIRS, grant(['INSTITUTION_STAFF'], ['own-institution'])),
    'Mutation.addSocialWorker': CIVIL_AFFAIRS,
    'Mutation.grantBenefit': CIVIL_AFFAIRS,
    'Mutation.endBenefit': CIVIL_AFFAIRS,
    'ReferralUploadReceipt.*': SERVICE_ONLY,
    'RegistryStatusReceipt.*': SERVICE_ONLY,
    'RegistryDischargeReceipt.*': SERVICE_ONLY,
    // A write answers with the case to its writer, whose write was checked against the case.
    'ReferralPayload.*': grants(REFERRAL_CASE, grant(['SOCIAL_WORKER', 'PLATFORM_OFFICER', 'INSTITUTION_STAFF', 'HOSPITAL_CLINICIAN'], ['public'])),
    'BenefitPayload.*': { as: 'Mutation.grantBenefit' },

    '_entities.Person': grant(PERSON_KEY_ROLES, ['public']),
    'Person.pid': { as: '_entities.Person' },
    'Person.referrals': REFERRAL_CASE,
    'Person.benefits': BENEFITS,
    'Benefit.*': { as: 'Person.benefits' },
    // The journey's platform events: what Person.referrals and Person.benefits show the caller, no more (the loader asks both entries).
    'Person.welfareJourney': grant(JOURNEY_ROLES, ['region'], QUERY),
    'JourneyEvent.*': { as: 'Person.welfareJourney' },

    // A case's parts: decided where the case is read (its query's SQL); detail narrower.
    'Referral.*': { as: 'Query.referrals' },
    'Referral.assessments': CASE_DETAIL,
    'Referral.serviceAgreement': CASE_DETAIL,
    'Referral.services': CASE_DETAIL,
    'Referral.reReviews': {
      as: 'Query.referrals',
      roles: ['HOSPITAL_CLINICIAN', 'SOCIAL_WORKER', 'PLATFORM_OFFICER', 'INSTITUTION_STAFF', 'CIVIL_AFFAIRS_OFFICER'],
    },
    'Referral.registryStatus': REGISTRY_FACTS,
    'Referral.relapseDischargedOn': REGISTRY_FACTS,
    // Employment officers read the exit assessment's readiness flags, on the hand-off.
    'Referral.employmentHandoff': { as: 'Query.referrals' },
    'EmploymentHandoff.*': grants(REFERRAL_CASE, SERVICE_ONLY),
    'ReferralConnection.*': { as: 'Query.referrals' },
    'ReferralEdge.*': { as: 'Query.referrals' },
    'Deadline.*': { as: 'Query.referrals' },
    'ReReview.*': { as: 'Referral.reReviews' },
    'ReferralTransition.*': { as: 'Query.referrals' },
    'Consent.*': { as: 'Query.referrals' },
    'RegistryStatus.*': { as: 'Referral.registryStatus' },
    'RehabAssessment.*': { as: 'Referral.assessments' },
    'ServiceAgreement.*': { as: 'Referral.serviceAgreement' },
    'ServiceRecordConnection.*': { as: 'Referral.services' },
    'ServiceRecordEdge.*': { as: 'Referral.services' },
    'ServiceRecord.*': { as: 'Referral.services' },
    'NextInLine.*': { as: 'Query.nextInLine' },

    'RehabInstitution.*': PUBLIC,
    'RehabInstitutionConnection.*': PUBLIC,
    'RehabInstitutionEdge.*': PUBLIC,
    'ServicePrice.*': PUBLIC,
    'InstitutionStaff.*': PUBLIC,
    'SocialWorker.*': PUBLIC,
    'SocialWorkerConnection.*': { as: 'Query.socialWorkers' },
    'SocialWorkerEdge.*': { as: 'Query.socialWorkers' },
    'Region.*': PUBLIC,
    'PageInfo.*': PUBLIC,

    // Audit trails (the data-protection officer's) and the region's indicators, as in every agency.
    ...SHARED_RULES,
  },
};

/**
 * Whether the caller may write to this case, as the policy's entry of the write says (by default
 * the first workflow mutation the caller's role may call): the case's county in the caller's
 * region; institution staff only their institution's cases.
 */
export function mayWriteCase(
  caller: Caller,
  kase: { countyCode: string; institutionId: string | null; transferPending?: boolean },
  coordinate?: string,
): boolean {
  const write = coordinate ?? Object.keys(WORKFLOW_MUTATIONS).find((c) => WORKFLOW_MUTATIONS[c]![caller.role] !== undefined);
  if (!write) return false;
  const facts = {
    regionCode: kase.countyCode,
    breakGlass: false,
    institutions: kase.institutionId ? [kase.institutionId] : [],
    hospitalCode: null,
    consents: {},
    transferPending: kase.transferPending === true,
  };
  return decide(welfarePolicyTable, write, caller, facts) === 'allow';
}

export const welfarePolicy: SubgraphPolicy = {
  table: welfarePolicyTable,
  subjects: {
    ...SHARED_SUBJECTS,
  },
  sources: [],
};
