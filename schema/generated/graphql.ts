/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BenefitKind =
  | 'DISABILITY_LIVING_SUBSIDY'
  | 'EXTREME_POVERTY_SUPPORT'
  | 'GUARDIANSHIP_INCENTIVE'
  | 'MINIMUM_LIVING_ALLOWANCE'
  | 'SEVERE_DISABILITY_NURSING_SUBSIDY'
  | 'TEMPORARY_ASSISTANCE';

export type DiagnosisCategory =
  | 'BIPOLAR_DISORDER'
  | 'EPILEPSY_MENTAL_DISORDER'
  | 'INTELLECTUAL_DISABILITY_MENTAL_DISORDER'
  | 'PERSISTENT_DELUSIONAL_DISORDER'
  | 'SCHIZOAFFECTIVE_DISORDER'
  | 'SCHIZOPHRENIA';

export type DisabilityCategory =
  | 'HEARING'
  | 'INTELLECTUAL'
  | 'MENTAL'
  | 'MULTIPLE'
  | 'PHYSICAL'
  | 'SPEECH'
  | 'VISUAL';

export type EmploymentStatus =
  | 'EMPLOYED'
  | 'IN_SHELTERED_EMPLOYMENT'
  | 'IN_TRAINING'
  | 'NOT_SEEKING'
  | 'SEEKING';

export type ManagementStatus =
  | 'ACTIVE'
  | 'DECEASED'
  | 'LOST_TO_FOLLOW_UP'
  | 'MOVED_OUT';

export type PatientFilter = {
  diagnosis?: DiagnosisCategory | null | undefined;
  managementStatus?: ManagementStatus | null | undefined;
  /** Only patients whose latest risk grade is at least this (0-5). */
  minRiskLevel?: number | null | undefined;
  /** Any GB/T 2260 code: a province, city or county; matches every county below it. */
  regionCode: string;
};

export type PlacementKind =
  | 'OPEN_EMPLOYMENT'
  | 'PUBLIC_WELFARE_POST'
  | 'SELF_EMPLOYMENT'
  | 'SHELTERED_EMPLOYMENT'
  | 'SUPPORTED_EMPLOYMENT';

export type ReferralChannel =
  /** Uploaded by a medical institution through the registry, with the patient's and guardian's consent. */
  | 'MEDICAL_INSTITUTION'
  /** An employer, village or residents' committee, social organisation or individual applied. */
  | 'THIRD_PARTY_APPLICATION'
  /** The patient or guardian applied through a social worker. */
  | 'VOLUNTARY_APPLICATION';

export type ReferralStatus =
  /** The institution accepted; its team must assess the person. */
  | 'ACCEPTED'
  /** Assessed by psychiatrist, nurse, therapist and social worker; consent and agreement pending. */
  | 'ASSESSED'
  /** Closed and registered on the platform (terminal); see closeReason. */
  | 'CLOSED'
  /** Sent to an institution, waiting for it to accept or decline. */
  | 'DISPATCHED'
  /** Consent and service agreement signed; services are delivered. */
  | 'IN_SERVICE'
  /** Post-rehabilitation referral made (employment, sheltered employment, other service, home); waiting for the receiver to acknowledge. */
  | 'REFERRED_OUT'
  /** Reviewed and registered; the county must dispatch it within 5 working days. */
  | 'REGISTERED'
  /** Review found no community-rehabilitation need (terminal). */
  | 'REJECTED'
  /** Relapse: sent back to a psychiatric hospital by the green channel; the case is suspended, not ended. */
  | 'RELAPSE_REFERRED'
  /** Submitted by any channel; a social worker must review it within 5 working days. */
  | 'SUBMITTED'
  /** The person moved; the case waits for an institution in the new county to accept it. */
  | 'TRANSFER_PENDING'
  /** No institution has room; after 90 days a social worker must re-review before dispatch. */
  | 'WAITLISTED';

export type RegionLevel =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

export type PatientsInRegionQueryVariables = Exact<{
  filter: PatientFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PatientsInRegionQuery = { patients: { nodes: Array<{ pid: string, registry: { regionCode: string, riskLevel: number, managementStatus: ManagementStatus, diagnosis: { category: DiagnosisCategory } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PersonOverviewQueryVariables = Exact<{
  pid: string | number;
}>;


export type PersonOverviewQuery = { person: { pid: string, registry: { registeredOn: string, regionCode: string, riskLevel: number, managementStatus: ManagementStatus, diagnosis: { category: DiagnosisCategory, icd10: string }, hospitalizations: Array<{ admittedOn: string, dischargedOn: string | null, recommendsCommunityRehab: boolean | null }> } | null, referrals: Array<{ id: string, status: ReferralStatus, channel: ReferralChannel, submittedAt: string | Date, institution: { name: string } | null }>, benefits: Array<{ kind: BenefitKind, startedOn: string, monthlyAmountCents: number }>, disabilityCertificate: { category: DisabilityCategory, grade: number } | null, employment: { status: EmploymentStatus, placements: Array<{ kind: PlacementKind, startedOn: string, endedOn: string | null }> } | null } | null };

export type RegionIndicatorsQueryVariables = Exact<{
  regionCode: string;
  year: number;
}>;


export type RegionIndicatorsQuery = { region: { code: string, name: string, level: RegionLevel, parent: { code: string, name: string, parent: { code: string, name: string } | null } | null, children: Array<{ code: string, name: string }> } | null, rehabIndicators: { regionCode: string, year: number, countiesTotal: number, countiesCovered: number, coverageRate: number, coverageTarget: number | null, registeredRecipients: number | null, standardizedRecipients: number | null, standardizedServiceRate: number | null, standardizedServiceTarget: number | null, meanWaitingDays: number | null, waitingOver90Days: number | null, relapseRate: number | null, employmentRate: number | null, children: Array<{ regionCode: string, year: number, countiesTotal: number, countiesCovered: number, coverageRate: number, coverageTarget: number | null, registeredRecipients: number | null, standardizedRecipients: number | null, standardizedServiceRate: number | null, standardizedServiceTarget: number | null, meanWaitingDays: number | null, waitingOver90Days: number | null, relapseRate: number | null, employmentRate: number | null }> } };

export type IndicatorFiguresFragment = { regionCode: string, year: number, countiesTotal: number, countiesCovered: number, coverageRate: number, coverageTarget: number | null, registeredRecipients: number | null, standardizedRecipients: number | null, standardizedServiceRate: number | null, standardizedServiceTarget: number | null, meanWaitingDays: number | null, waitingOver90Days: number | null, relapseRate: number | null, employmentRate: number | null };

export const IndicatorFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RehabIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"countiesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"countiesCovered"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRate"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTarget"}},{"kind":"Field","name":{"kind":"Name","value":"registeredRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"standardizedRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"standardizedServiceRate"}},{"kind":"Field","name":{"kind":"Name","value":"standardizedServiceTarget"}},{"kind":"Field","name":{"kind":"Name","value":"meanWaitingDays"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOver90Days"}},{"kind":"Field","name":{"kind":"Name","value":"relapseRate"}},{"kind":"Field","name":{"kind":"Name","value":"employmentRate"}}]}}]} as unknown as DocumentNode<IndicatorFiguresFragment, unknown>;
export const PatientsInRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientsInRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"registry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"managementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PatientsInRegionQuery, PatientsInRegionQueryVariables>;
export const PersonOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"registry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"managementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"icd10"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hospitalizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recommendsCommunityRehab"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabilityCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonOverviewQuery, PersonOverviewQueryVariables>;
export const RegionIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rehabIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFigures"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RehabIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"countiesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"countiesCovered"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRate"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTarget"}},{"kind":"Field","name":{"kind":"Name","value":"registeredRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"standardizedRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"standardizedServiceRate"}},{"kind":"Field","name":{"kind":"Name","value":"standardizedServiceTarget"}},{"kind":"Field","name":{"kind":"Name","value":"meanWaitingDays"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOver90Days"}},{"kind":"Field","name":{"kind":"Name","value":"relapseRate"}},{"kind":"Field","name":{"kind":"Name","value":"employmentRate"}}]}}]} as unknown as DocumentNode<RegionIndicatorsQuery, RegionIndicatorsQueryVariables>;