import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '#platform/graphql/context.js';
import type { AuditEntryRecord } from '#platform/audit/audit.js';
import type { ReaderRef } from '#platform/audit/audit-trail-resolvers.js';
import type { PatientRecord } from '../data/patients.js';
import type { FollowUpRecord } from '../data/follow-ups.js';
import type { HospitalizationRecord } from '../data/hospitalizations.js';
import type { BreakGlassGrantRecord } from '../data/break-glass.js';
import type { ReferralUploadRecord } from '../data/referral-uploads.js';
import type { ConsentRecord } from '../data/consents.js';
import type { RelapseRecord, RiskAssessmentRecord } from '../data/risk-history.js';
import type { OverdueRow } from '../data/overdue.js';
import type { IndicatorsRef } from '#platform/statistics/indicators.js';
import type { RegistryContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An 18-character GB 11643 citizen identity number; input only, never returned by the graph. */
  CitizenId: { input: string; output: string; }
  /** ISO 8601 calendar date, e.g. 2024-03-01 */
  Date: { input: string; output: string; }
  /** ISO 8601 timestamp with offset, e.g. 2024-03-01T08:30:00+08:00 */
  DateTime: { input: string | Date; output: string | Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Agency =
  | 'CIVIL_AFFAIRS'
  | 'DISABLED_PERSONS_FEDERATION'
  | 'HEALTH';

/** One audit row: who read or wrote which fields of a person, when, under which role and purpose. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  fields: Array<Scalars['String']['output']>;
  operationName?: Maybe<Scalars['String']['output']>;
  /** The person the row is about (the reader trail names them); null for a write about no one. */
  pid?: Maybe<Scalars['ID']['output']>;
  purpose: Scalars['String']['output'];
  requestId: Scalars['String']['output'];
  role: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

/** A person's audit trail across the agencies, for the data-protection officer. */
export type AuditTrail = {
  __typename?: 'AuditTrail';
  pid: Scalars['ID']['output'];
  /** What the registry subgraph recorded about the person, newest first. */
  registryEntries: Array<AuditEntry>;
};

/** A clinician's emergency access to one person outside their region: expires, always audited, reviewed. */
export type BreakGlassGrant = {
  __typename?: 'BreakGlassGrant';
  expiresAt: Scalars['DateTime']['output'];
  grantedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  pid: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Subject of the clinician's token. */
  subject: Scalars['String']['output'];
};

export type CaseHoldingReceipt = {
  __typename?: 'CaseHoldingReceipt';
  eventId: Scalars['ID']['output'];
};

export type ConsentGrantor =
  | 'GUARDIAN'
  | 'PATIENT'
  | 'PATIENT_AND_GUARDIAN';

export type ConsentScope =
  /** Sharing the person's readiness for work with the employment services. */
  | 'EMPLOYMENT_SHARING'
  /** Upload of the referral from the registry to the platform. */
  | 'REFERRAL_UPLOAD'
  /** Informed consent and service agreement with the rehab institution. */
  | 'SERVICE_AGREEMENT';

export type Diagnosis = {
  __typename?: 'Diagnosis';
  category: DiagnosisCategory;
  diagnosedOn: Scalars['Date']['output'];
  /** ICD-10 code, e.g. F20.0 */
  icd10: Scalars['String']['output'];
};

export type DiagnosisCategory =
  | 'BIPOLAR_DISORDER'
  | 'EPILEPSY_MENTAL_DISORDER'
  | 'INTELLECTUAL_DISABILITY_MENTAL_DISORDER'
  | 'PERSISTENT_DELUSIONAL_DISORDER'
  | 'SCHIZOAFFECTIVE_DISORDER'
  | 'SCHIZOPHRENIA';

export type DischargeAssessment = {
  __typename?: 'DischargeAssessment';
  ableToWork: Scalars['Boolean']['output'];
  assessedOn: Scalars['Date']['output'];
  needsSupport: Scalars['Boolean']['output'];
  recommendsCommunityRehab: Scalars['Boolean']['output'];
  willingToWork: Scalars['Boolean']['output'];
};

/** The discharge rehabilitation assessment: community rehabilitation, and readiness for work. */
export type DischargeAssessmentInput = {
  ableToWork: Scalars['Boolean']['input'];
  needsSupport: Scalars['Boolean']['input'];
  recommendsCommunityRehab: Scalars['Boolean']['input'];
  willingToWork: Scalars['Boolean']['input'];
};

export type EmergencyHandling =
  | 'CRISIS_INTERVENTION'
  | 'EMERGENCY_ADMISSION'
  | 'MEDICATION_ADJUSTMENT'
  | 'OUTPATIENT_TREATMENT';

export type FollowUp = {
  __typename?: 'FollowUp';
  adverseReactions: Scalars['Boolean']['output'];
  condition: FollowUpCondition;
  date: Scalars['Date']['output'];
  hospitalizedSinceLastVisit: Scalars['Boolean']['output'];
  insight: Insight;
  medicationAdherence: MedicationAdherence;
  mode: FollowUpMode;
  /** The next visit this one asked for. */
  nextDueOn: Scalars['Date']['output'];
  riskLevel: Scalars['Int']['output'];
};

export type FollowUpCondition =
  | 'BASICALLY_STABLE'
  | 'STABLE'
  | 'UNSTABLE';

export type FollowUpConnection = {
  __typename?: 'FollowUpConnection';
  edges: Array<FollowUpEdge>;
  nodes: Array<FollowUp>;
  pageInfo: PageInfo;
};

export type FollowUpEdge = {
  __typename?: 'FollowUpEdge';
  cursor: Scalars['String']['output'];
  node: FollowUp;
};

export type FollowUpMode =
  | 'HOME_VISIT'
  | 'OUTPATIENT'
  | 'PHONE';

export type GreenChannelRelapseReceipt = {
  __typename?: 'GreenChannelRelapseReceipt';
  greenChannelId: Scalars['ID']['output'];
  /** False when the registry has no patient with this pid: nothing was recorded. */
  recorded: Scalars['Boolean']['output'];
};

export type Hospitalization = {
  __typename?: 'Hospitalization';
  admittedOn: Scalars['Date']['output'];
  /** The full discharge rehabilitation assessment, null until recorded. */
  dischargeAssessment?: Maybe<DischargeAssessment>;
  /** Discharge information is due within 10 working days of discharge; null before discharge. */
  dischargeInformationDueOn?: Maybe<Scalars['Date']['output']>;
  /** The assessment came (or is still missing) after its due date. */
  dischargeInformationOverdue: Scalars['Boolean']['output'];
  dischargedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Discharge rehabilitation assessment: whether community rehabilitation is recommended. */
  recommendsCommunityRehab?: Maybe<Scalars['Boolean']['output']>;
};

export type Insight =
  | 'GOOD'
  | 'NONE'
  | 'PARTIAL';

/** One event of a person's journey, from one agency. */
export type JourneyEvent = {
  __typename?: 'JourneyEvent';
  at: Scalars['DateTime']['output'];
  /** Machine-readable kind, e.g. DIAGNOSED, FOLLOW_UP, REFERRAL_REGISTERED, BENEFIT_STARTED, PLACEMENT_STARTED. */
  kind: Scalars['String']['output'];
  source: Agency;
  /** One human-readable line. */
  summary: Scalars['String']['output'];
};

export type ManagementStatus =
  | 'ACTIVE'
  | 'DECEASED'
  | 'LOST_TO_FOLLOW_UP'
  | 'MOVED_OUT';

export type MedicationAdherence =
  | 'INTERMITTENT'
  | 'NONE'
  | 'REGULAR';

export type Mutation = {
  __typename?: 'Mutation';
  /** Break-glass: opens one registered person outside the clinician's region for a stated emergency (at least 10 characters), for BREAK_GLASS_HOURS (default 3). */
  openBreakGlass: BreakGlassGrant;
  /** That an institution took on, or no longer holds, a person's case on the platform, delivered by the platform's outbox relay (its service only): the registry's access rules read it. The same event again changes nothing; the latest change per case and institution wins. */
  receiveCaseHolding: CaseHoldingReceipt;
  /** A green-channel referral of a case in rehabilitation back to a psychiatric hospital, delivered by the platform's outbox relay (its service only): recorded once as a relapse of the person (the relapse rate counts it). The same referral again changes nothing; a person the registry does not know is not recorded. */
  receiveGreenChannelRelapse: GreenChannelRelapseReceipt;
  /** The platform's news of the case it imported from an upload (its service only): shown on the upload as platformStatus, the latest step winning. The same event again changes nothing. */
  receiveUploadCaseStatus: UploadCaseStatusReceipt;
  /** Records an admission to a psychiatric hospital; one after registration counts as a readmission. */
  recordAdmission: RegistryWritePayload;
  /** Records a REFERRAL_UPLOAD consent given by the patient, the guardian, or both. */
  recordConsent: RegistryWritePayload;
  /** Records the discharge of an open hospitalisation, with the discharge rehabilitation assessment when it is ready (due within 10 working days). */
  recordDischarge: RegistryWritePayload;
  /** Records the discharge rehabilitation assessment of a discharged hospitalisation that has none yet. */
  recordDischargeAssessment: RegistryWritePayload;
  /** Records a follow-up visit: its classification and next due date are derived from the grade and symptoms, and its grade becomes the latest risk assessment. */
  recordFollowUp: RegistryWritePayload;
  /** Records a relapse and its emergency handling; its grade becomes the latest risk assessment. */
  recordRelapse: RegistryWritePayload;
  /** Registers a patient in the severe-mental-disorder registry. The citizen ID only derives the pid; the graph never returns it. A person registered already answers ALREADY_EXISTS with the pid when the record is in the caller's region, else REGISTERED_ELSEWHERE with neither pid nor region. */
  registerPatient: RegisterPatientPayload;
  /** Revokes a consent; a referral upload that the platform has not imported yet is cancelled with it. */
  revokeConsent: RegistryWritePayload;
  /** Changes the management status (lost to follow-up, moved out, deceased, or active again). */
  setManagementStatus: RegistryWritePayload;
  /** Uploads a referral to the national referral platform. Needs a live REFERRAL_UPLOAD consent of the patient and, when there is a guardian, of the guardian. The platform imports it exactly once. */
  uploadReferral: ReferralUpload;
};


export type MutationOpenBreakGlassArgs = {
  pid: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReceiveCaseHoldingArgs = {
  input: ReceiveCaseHoldingInput;
};


export type MutationReceiveGreenChannelRelapseArgs = {
  input: ReceiveGreenChannelRelapseInput;
};


export type MutationReceiveUploadCaseStatusArgs = {
  input: ReceiveUploadCaseStatusInput;
};


export type MutationRecordAdmissionArgs = {
  input: RecordAdmissionInput;
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRecordDischargeArgs = {
  input: RecordDischargeInput;
};


export type MutationRecordDischargeAssessmentArgs = {
  input: RecordDischargeAssessmentInput;
};


export type MutationRecordFollowUpArgs = {
  input: RecordFollowUpInput;
};


export type MutationRecordRelapseArgs = {
  input: RecordRelapseInput;
};


export type MutationRegisterPatientArgs = {
  input: RegisterPatientInput;
};


export type MutationRevokeConsentArgs = {
  input: RevokeConsentInput;
};


export type MutationSetManagementStatusArgs = {
  input: SetManagementStatusInput;
};


export type MutationUploadReferralArgs = {
  input: UploadReferralInput;
};

/** A patient whose next follow-up is overdue. */
export type OverdueFollowUp = {
  __typename?: 'OverdueFollowUp';
  daysOverdue: Scalars['Int']['output'];
  /** When the follow-up was due. */
  dueOn: Scalars['Date']['output'];
  /** Classification at the last visit (what the interval was). */
  lastCondition?: Maybe<FollowUpCondition>;
  person: Person;
};

export type OverdueFollowUpConnection = {
  __typename?: 'OverdueFollowUpConnection';
  edges: Array<OverdueFollowUpEdge>;
  nodes: Array<OverdueFollowUp>;
  pageInfo: PageInfo;
};

export type OverdueFollowUpEdge = {
  __typename?: 'OverdueFollowUpEdge';
  cursor: Scalars['String']['output'];
  node: OverdueFollowUp;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PatientFilter = {
  diagnosis?: InputMaybe<DiagnosisCategory>;
  managementStatus?: InputMaybe<ManagementStatus>;
  /** Only patients whose latest risk grade is at least this (0-5). */
  minRiskLevel?: InputMaybe<Scalars['Int']['input']>;
  /** Any GB/T 2260 code: a province, city or county; matches every county below it. */
  regionCode: Scalars['String']['input'];
};

export type Person = {
  __typename?: 'Person';
  employmentJourney?: Maybe<Array<JourneyEvent>>;
  /** The whole journey across the three agencies, one time-ordered list (oldest first), from since to until (days, both included) and from the agencies asked. Each agency's own access rules decide which of its events appear; an agency that is down contributes nothing and is named in an error. */
  journey: Array<JourneyEvent>;
  /** Pseudonymous cross-agency linkage key. Never the national ID number. */
  pid: Scalars['ID']['output'];
  /** Registry record (registry). Null when the person is not registered or the caller may not see it: outside their region, or, for civil-affairs staff, without the patient's REFERRAL_UPLOAD consent. */
  registry?: Maybe<RegistryRecord>;
  /** The registry's events of the journey; null when the caller may not see the registry record. */
  registryJourney?: Maybe<Array<JourneyEvent>>;
  welfareJourney?: Maybe<Array<JourneyEvent>>;
};


export type PersonJourneyArgs = {
  since?: InputMaybe<Scalars['Date']['input']>;
  sources?: InputMaybe<Array<Agency>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  nodes: Array<Person>;
  pageInfo: PageInfo;
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** The steps of a case imported from an upload that the platform tells the hospital. */
export type PlatformCaseStatus =
  /** A rehabilitation institution accepted the case (again, after a transfer). */
  | 'ACCEPTED'
  /** The case closed. */
  | 'CLOSED';

export type Query = {
  __typename?: 'Query';
  /** A person's audit trail in all three agencies (data-protection officer only). */
  auditTrail?: Maybe<AuditTrail>;
  /** Break-glass grants for the data-protection officer's review, newest first (at most 500). */
  breakGlassReviews: Array<BreakGlassGrant>;
  /** Patients of a county whose next follow-up is overdue today (or on `asOf`), the most overdue first. Keyset pagination. */
  overdueFollowUps: OverdueFollowUpConnection;
  /** Registry patients (registry). Keyset pagination in pid order. */
  patients: PersonConnection;
  /** One person's cross-agency view, by pseudonymous linkage key. Null when unknown or not visible to the caller. The registry is the graph's master index of people. */
  person?: Maybe<Person>;
  /** One reader's audit trail in all the agencies: who read, wrote or was refused which person's what, when (data-protection officer only). */
  readerTrail?: Maybe<ReaderTrail>;
};


export type QueryAuditTrailArgs = {
  pid: Scalars['ID']['input'];
};


export type QueryBreakGlassReviewsArgs = {
  reviewed?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOverdueFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  countyCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPatientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: PatientFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  pid: Scalars['ID']['input'];
};


export type QueryReaderTrailArgs = {
  subject: Scalars['String']['input'];
};

/** What one reader (a token's subject) read, wrote and was refused across the agencies, newest first: for the data-protection officer. */
export type ReaderTrail = {
  __typename?: 'ReaderTrail';
  /** What the registry subgraph recorded of the reader, newest first (at most 1,000 rows). */
  registryEntries: Array<AuditEntry>;
  subject: Scalars['String']['output'];
};

export type ReceiveCaseHoldingInput = {
  /** When the case changed. */
  at: Scalars['DateTime']['input'];
  /** The platform's id of the change: the delivery is idempotent on it. */
  eventId: Scalars['ID']['input'];
  /** True: the institution took the case on; false: it no longer holds it (closed, transferred, referred out). */
  holds: Scalars['Boolean']['input'];
  institutionId: Scalars['ID']['input'];
  pid: Scalars['ID']['input'];
  /** The platform's case. */
  referralId: Scalars['ID']['input'];
};

export type ReceiveGreenChannelRelapseInput = {
  /** The platform's id of this green-channel referral (a case may be referred back more than once): the delivery is idempotent on it. */
  greenChannelId: Scalars['ID']['input'];
  /** The receiving psychiatric hospital's unified social credit code (GB 32100). */
  hospitalCode: Scalars['String']['input'];
  pid: Scalars['ID']['input'];
  /** The day the case was referred back (China time). */
  referredOn: Scalars['Date']['input'];
};

export type ReceiveUploadCaseStatusInput = {
  /** When the case reached the status. */
  at: Scalars['DateTime']['input'];
  /** The platform's id of the event: the delivery is idempotent on it. */
  eventId: Scalars['ID']['input'];
  status: PlatformCaseStatus;
  uploadId: Scalars['ID']['input'];
};

export type RecordAdmissionInput = {
  admittedOn: Scalars['Date']['input'];
  hospitalName: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pid: Scalars['ID']['input'];
};

export type RecordConsentInput = {
  grantedBy: ConsentGrantor;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pid: Scalars['ID']['input'];
};

export type RecordDischargeAssessmentInput = {
  assessment: DischargeAssessmentInput;
  hospitalizationId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type RecordDischargeInput = {
  /** Null when the assessment follows later (recordDischargeAssessment). */
  assessment?: InputMaybe<DischargeAssessmentInput>;
  dischargedOn: Scalars['Date']['input'];
  hospitalizationId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type RecordFollowUpInput = {
  adverseReactions: Scalars['Boolean']['input'];
  date: Scalars['Date']['input'];
  hospitalizedSinceLastVisit: Scalars['Boolean']['input'];
  /** Retries with the same key return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  insight: Insight;
  medicationAdherence: MedicationAdherence;
  mode: FollowUpMode;
  pid: Scalars['ID']['input'];
  /** Risk grade 0-5. */
  riskLevel: Scalars['Int']['input'];
  socialFunction: SocialFunctionInput;
  /** Have the psychotic symptoms gone? With grade 0 and no adverse reactions this makes the patient STABLE. */
  symptomsResolved: Scalars['Boolean']['input'];
};

export type RecordRelapseInput = {
  /** The relapse led to an admission (record it with recordAdmission). */
  admitted: Scalars['Boolean']['input'];
  handledBy: RelapseHandler;
  handling: EmergencyHandling;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  occurredOn: Scalars['Date']['input'];
  pid: Scalars['ID']['input'];
  riskLevel: Scalars['Int']['input'];
};

/** A consented referral upload: the registry's outbox relay delivers it to the referral platform, which imports it exactly once. */
export type ReferralUpload = {
  __typename?: 'ReferralUpload';
  /** County of residence, GB/T 2260: where the platform registers the referral. */
  countyCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  pid: Scalars['ID']['output'];
  /** What became of the case the platform imported from the upload, as the platform told it: ACCEPTED by a rehabilitation institution, then CLOSED; null until the platform told anything. */
  platformStatus?: Maybe<PlatformCaseStatus>;
  /** When the platform's case reached platformStatus. */
  platformStatusAt?: Maybe<Scalars['DateTime']['output']>;
  recommendsCommunityRehab: Scalars['Boolean']['output'];
  status: ReferralUploadStatus;
  uploadedAt: Scalars['DateTime']['output'];
};

export type ReferralUploadStatus =
  /** The consent was revoked before the platform imported it. */
  | 'CANCELLED'
  /** Imported by the platform. */
  | 'DELIVERED'
  /** Waiting for the outbox relay's delivery to the platform. */
  | 'PENDING';

export type RegisterPatientInput = {
  citizenId: Scalars['CitizenId']['input'];
  /** County-level GB/T 2260 division of residence. */
  countyCode: Scalars['String']['input'];
  diagnosedOn: Scalars['Date']['input'];
  diagnosis: DiagnosisCategory;
  guardianName?: InputMaybe<Scalars['String']['input']>;
  /** ICD-10 code matching the category, e.g. F20.0 for schizophrenia. */
  icd10: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Defaults to today. */
  registeredOn?: InputMaybe<Scalars['Date']['input']>;
  /** Risk grade 0-5 of the assessment at registration. */
  riskLevel: Scalars['Int']['input'];
};

export type RegisterPatientPayload = {
  __typename?: 'RegisterPatientPayload';
  person: Person;
};

/** A consent recorded in the registry. */
export type RegistryConsent = {
  __typename?: 'RegistryConsent';
  grantedAt: Scalars['DateTime']['output'];
  grantedBy: ConsentGrantor;
  id: Scalars['ID']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scope: ConsentScope;
};

export type RegistryRecord = {
  __typename?: 'RegistryRecord';
  /** Age today in a 5-year band, e.g. "35-39"; "85+" above 84. */
  ageBand: Scalars['String']['output'];
  /** Birth date (health staff only; analysts get ageBand). */
  birthDate: Scalars['Date']['output'];
  /** Consents recorded in the registry, newest first. */
  consents: Array<RegistryConsent>;
  diagnosis: Diagnosis;
  /** The next follow-up is due before today. */
  followUpOverdue: Scalars['Boolean']['output'];
  /** Follow-up visits, newest first. */
  followUps: FollowUpConnection;
  /** Follow-up visits in a calendar year (the national standard asks for at least 4). */
  followUpsInYear: Scalars['Int']['output'];
  /** Whether a guardian is registered (the guardian's name stays in the registry). */
  hasGuardian: Scalars['Boolean']['output'];
  /** Hospitalisations, newest first. */
  hospitalizations: Array<Hospitalization>;
  managementStatus: ManagementStatus;
  /** The day the management status last changed. */
  managementStatusSince: Scalars['Date']['output'];
  /** Name of the patient (health staff only). */
  name: Scalars['String']['output'];
  /** When the next follow-up is due (from the last visit's classification), null before the first visit. */
  nextFollowUpDue?: Maybe<Scalars['Date']['output']>;
  /** Referral uploads to the platform, newest first. */
  referralUploads: Array<ReferralUpload>;
  /** County of residence, GB/T 2260. */
  regionCode: Scalars['String']['output'];
  registeredOn: Scalars['Date']['output'];
  /** Relapses and their emergency handling, newest first: those recorded in the registry and the platform's green-channel referrals back to a hospital. */
  relapses: Array<Relapse>;
  /** Every risk assessment (registration, follow-ups, relapses), newest first. */
  riskHistory: Array<RiskAssessment>;
  /** Latest risk assessment grade, 0 (none) to 5 (most severe). */
  riskLevel: Scalars['Int']['output'];
  sex: Sex;
};


export type RegistryRecordFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type RegistryRecordFollowUpsInYearArgs = {
  year: Scalars['Int']['input'];
};

/** Every registry write answers with the person, to read back what changed. */
export type RegistryWritePayload = {
  __typename?: 'RegistryWritePayload';
  person: Person;
};

/** Indicators of the community-rehabilitation action (DOMAIN.md §5) for a region and period (a year, quarter or month); the agencies join their figures on (regionCode, year, period). */
export type RehabIndicators = {
  __typename?: 'RehabIndicators';
  /** 规范管理率：在管患者中本年初至统计期末随访至少4次者所占比例。Management rate: patients under management in the period with at least 4 follow-ups from the year's start to the period's end (the national management standard is yearly) ÷ patients under management. */
  managementRate?: Maybe<Scalars['Float']['output']>;
  period: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  /** 在管患者数：统计期内任一时点在管的患者。Patients under management at some time in the period: registered by its end, and ACTIVE or with a status change during or after it. */
  registryActivePatients?: Maybe<Scalars['Int']['output']>;
  /** 复发患者数：在管患者中统计期内复发者。Of the patients under management, those with a relapse record, a green-channel referral back to a hospital (told by the platform) or a readmission (an admission after registration) in the period. */
  registryRelapsedPatients?: Maybe<Scalars['Int']['output']>;
  /** 规律服药率：在管患者中本年初至统计期末最后一次随访为规律服药者所占比例。Regular-medication rate: patients under management whose last follow-up from the year's start to the period's end found regular medication ÷ patients under management. */
  regularMedicationRate?: Maybe<Scalars['Float']['output']>;
  /** 复发率：统计期内在管患者中复发（复发记录、绿色通道转回医院或再入院）者所占比例。Relapse rate: patients under management in the period with a relapse record, a green-channel referral back to a hospital (told by the platform) or a readmission in it ÷ patients under management (registryRelapsedPatients ÷ registryActivePatients). */
  relapseRate?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

export type Relapse = {
  __typename?: 'Relapse';
  /** The relapse led to an admission; for a green-channel relapse, the registry has an admission of the person within 30 days of the referral. */
  admitted: Scalars['Boolean']['output'];
  /** HOSPITAL for a green-channel relapse. */
  handledBy: RelapseHandler;
  /** Null for a green-channel relapse: the receiving hospital decides. */
  handling?: Maybe<EmergencyHandling>;
  /** The day of the relapse; for a green-channel relapse, the day of the referral. */
  occurredOn: Scalars['Date']['output'];
  /** The receiving psychiatric hospital's unified social credit code (GB 32100), for a green-channel relapse; null otherwise. */
  receivingHospitalCode?: Maybe<Scalars['String']['output']>;
  /** Risk grade 0-5; null for a green-channel relapse (the receiving hospital grades it). */
  riskLevel?: Maybe<Scalars['Int']['output']>;
  /** Where the relapse comes from: recorded in the registry, or the platform's green channel. */
  source: RelapseSource;
};

export type RelapseHandler =
  | 'COMMUNITY'
  | 'HOSPITAL'
  | 'POLICE';

export type RelapseSource =
  /** A case in rehabilitation referred back to a psychiatric hospital by the platform's green channel (told through its outbox). */
  | 'GREEN_CHANNEL'
  /** Recorded in the registry (recordRelapse). */
  | 'REGISTRY';

export type RevokeConsentInput = {
  consentId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type RiskAssessment = {
  __typename?: 'RiskAssessment';
  assessedOn: Scalars['Date']['output'];
  /** Risk grade 0-5. */
  riskLevel: Scalars['Int']['output'];
  /** Where the grade was recorded: REGISTRATION, FOLLOW_UP or RELAPSE. */
  source: Scalars['String']['output'];
};

export type SetManagementStatusInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** With MOVED_OUT only: the county-level division (GB/T 2260) the person moved to, when known. With the person's REFERRAL_UPLOAD consent the platform moves the person's open cases there (a transfer). */
  movedToCountyCode?: InputMaybe<Scalars['String']['input']>;
  pid: Scalars['ID']['input'];
  since: Scalars['Date']['input'];
  status: ManagementStatus;
};

export type Sex =
  | 'F'
  | 'M';

/** The five social-function items of the national follow-up form, each 0 (good), 1 (fair) or 2 (poor). */
export type SocialFunctionInput = {
  housework: Scalars['Int']['input'];
  learning: Scalars['Int']['input'];
  personalCare: Scalars['Int']['input'];
  productiveWork: Scalars['Int']['input'];
  socialInteraction: Scalars['Int']['input'];
};

export type UploadCaseStatusReceipt = {
  __typename?: 'UploadCaseStatusReceipt';
  eventId: Scalars['ID']['output'];
  /** False when the registry has no such upload: nothing was recorded. */
  recorded: Scalars['Boolean']['output'];
};

export type UploadReferralInput = {
  /** The hospitalisation whose discharge assessment recommends community rehabilitation; null for an outpatient assessment. */
  hospitalizationId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pid: Scalars['ID']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  AuditTrail: AuditTrail;
  Person: Person;
  ReaderTrail: ReaderTrail;
  RehabIndicators: RehabIndicators;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AuditTrail:
    ( { __typename: 'AuditTrail' }
    & GraphQLRecursivePick<FederationTypes['AuditTrail'], {"pid":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"pid":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Person'], {"welfareJourney":{"at":true,"source":true,"kind":true,"summary":true},"employmentJourney":{"at":true,"source":true,"kind":true,"summary":true}}> ) );
  ReaderTrail:
    ( { __typename: 'ReaderTrail' }
    & GraphQLRecursivePick<FederationTypes['ReaderTrail'], {"subject":true}> );
  RehabIndicators:
    ( { __typename: 'RehabIndicators' }
    & GraphQLRecursivePick<FederationTypes['RehabIndicators'], {"regionCode":true,"year":true,"period":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: Agency;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditTrail: ResolverTypeWrapper<PersonRef>;
  BreakGlassGrant: ResolverTypeWrapper<BreakGlassGrantRecord>;
  CaseHoldingReceipt: ResolverTypeWrapper<CaseHoldingReceipt>;
  CitizenId: ResolverTypeWrapper<Scalars['CitizenId']['output']>;
  ConsentGrantor: ConsentGrantor;
  ConsentScope: ConsentScope;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Diagnosis: ResolverTypeWrapper<Diagnosis>;
  DiagnosisCategory: DiagnosisCategory;
  DischargeAssessment: ResolverTypeWrapper<DischargeAssessment>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DischargeAssessmentInput: DischargeAssessmentInput;
  EmergencyHandling: EmergencyHandling;
  FollowUp: ResolverTypeWrapper<FollowUpRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FollowUpCondition: FollowUpCondition;
  FollowUpConnection: ResolverTypeWrapper<Omit<FollowUpConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['FollowUpEdge']>, nodes: Array<ResolversTypes['FollowUp']> }>;
  FollowUpEdge: ResolverTypeWrapper<Omit<FollowUpEdge, 'node'> & { node: ResolversTypes['FollowUp'] }>;
  FollowUpMode: FollowUpMode;
  GreenChannelRelapseReceipt: ResolverTypeWrapper<GreenChannelRelapseReceipt>;
  Hospitalization: ResolverTypeWrapper<HospitalizationRecord>;
  Insight: Insight;
  JourneyEvent: ResolverTypeWrapper<JourneyEvent>;
  ManagementStatus: ManagementStatus;
  MedicationAdherence: MedicationAdherence;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OverdueFollowUp: ResolverTypeWrapper<OverdueRow>;
  OverdueFollowUpConnection: ResolverTypeWrapper<Omit<OverdueFollowUpConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OverdueFollowUpEdge']>, nodes: Array<ResolversTypes['OverdueFollowUp']> }>;
  OverdueFollowUpEdge: ResolverTypeWrapper<Omit<OverdueFollowUpEdge, 'node'> & { node: ResolversTypes['OverdueFollowUp'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PatientFilter: PatientFilter;
  Person: ResolverTypeWrapper<PersonRef>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PersonEdge']>, nodes: Array<ResolversTypes['Person']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PlatformCaseStatus: PlatformCaseStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReaderTrail: ResolverTypeWrapper<ReaderRef>;
  ReceiveCaseHoldingInput: ReceiveCaseHoldingInput;
  ReceiveGreenChannelRelapseInput: ReceiveGreenChannelRelapseInput;
  ReceiveUploadCaseStatusInput: ReceiveUploadCaseStatusInput;
  RecordAdmissionInput: RecordAdmissionInput;
  RecordConsentInput: RecordConsentInput;
  RecordDischargeAssessmentInput: RecordDischargeAssessmentInput;
  RecordDischargeInput: RecordDischargeInput;
  RecordFollowUpInput: RecordFollowUpInput;
  RecordRelapseInput: RecordRelapseInput;
  ReferralUpload: ResolverTypeWrapper<ReferralUploadRecord>;
  ReferralUploadStatus: ReferralUploadStatus;
  RegisterPatientInput: RegisterPatientInput;
  RegisterPatientPayload: ResolverTypeWrapper<Omit<RegisterPatientPayload, 'person'> & { person: ResolversTypes['Person'] }>;
  RegistryConsent: ResolverTypeWrapper<ConsentRecord>;
  RegistryRecord: ResolverTypeWrapper<PatientRecord>;
  RegistryWritePayload: ResolverTypeWrapper<Omit<RegistryWritePayload, 'person'> & { person: ResolversTypes['Person'] }>;
  RehabIndicators: ResolverTypeWrapper<IndicatorsRef>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Relapse: ResolverTypeWrapper<RelapseRecord>;
  RelapseHandler: RelapseHandler;
  RelapseSource: RelapseSource;
  RevokeConsentInput: RevokeConsentInput;
  RiskAssessment: ResolverTypeWrapper<RiskAssessmentRecord>;
  SetManagementStatusInput: SetManagementStatusInput;
  Sex: Sex;
  SocialFunctionInput: SocialFunctionInput;
  UploadCaseStatusReceipt: ResolverTypeWrapper<UploadCaseStatusReceipt>;
  UploadReferralInput: UploadReferralInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntryRecord;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditTrail: PersonRef;
  BreakGlassGrant: BreakGlassGrantRecord;
  CaseHoldingReceipt: CaseHoldingReceipt;
  CitizenId: Scalars['CitizenId']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Diagnosis: Diagnosis;
  DischargeAssessment: DischargeAssessment;
  Boolean: Scalars['Boolean']['output'];
  DischargeAssessmentInput: DischargeAssessmentInput;
  FollowUp: FollowUpRecord;
  Int: Scalars['Int']['output'];
  FollowUpConnection: Omit<FollowUpConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['FollowUpEdge']>, nodes: Array<ResolversParentTypes['FollowUp']> };
  FollowUpEdge: Omit<FollowUpEdge, 'node'> & { node: ResolversParentTypes['FollowUp'] };
  GreenChannelRelapseReceipt: GreenChannelRelapseReceipt;
  Hospitalization: HospitalizationRecord;
  JourneyEvent: JourneyEvent;
  Mutation: Record<PropertyKey, never>;
  OverdueFollowUp: OverdueRow;
  OverdueFollowUpConnection: Omit<OverdueFollowUpConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OverdueFollowUpEdge']>, nodes: Array<ResolversParentTypes['OverdueFollowUp']> };
  OverdueFollowUpEdge: Omit<OverdueFollowUpEdge, 'node'> & { node: ResolversParentTypes['OverdueFollowUp'] };
  PageInfo: PageInfo;
  PatientFilter: PatientFilter;
  Person: PersonRef;
  PersonConnection: Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PersonEdge']>, nodes: Array<ResolversParentTypes['Person']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  Query: Record<PropertyKey, never>;
  ReaderTrail: ReaderRef;
  ReceiveCaseHoldingInput: ReceiveCaseHoldingInput;
  ReceiveGreenChannelRelapseInput: ReceiveGreenChannelRelapseInput;
  ReceiveUploadCaseStatusInput: ReceiveUploadCaseStatusInput;
  RecordAdmissionInput: RecordAdmissionInput;
  RecordConsentInput: RecordConsentInput;
  RecordDischargeAssessmentInput: RecordDischargeAssessmentInput;
  RecordDischargeInput: RecordDischargeInput;
  RecordFollowUpInput: RecordFollowUpInput;
  RecordRelapseInput: RecordRelapseInput;
  ReferralUpload: ReferralUploadRecord;
  RegisterPatientInput: RegisterPatientInput;
  RegisterPatientPayload: Omit<RegisterPatientPayload, 'person'> & { person: ResolversParentTypes['Person'] };
  RegistryConsent: ConsentRecord;
  RegistryRecord: PatientRecord;
  RegistryWritePayload: Omit<RegistryWritePayload, 'person'> & { person: ResolversParentTypes['Person'] };
  RehabIndicators: IndicatorsRef;
  Float: Scalars['Float']['output'];
  Relapse: RelapseRecord;
  RevokeConsentInput: RevokeConsentInput;
  RiskAssessment: RiskAssessmentRecord;
  SetManagementStatusInput: SetManagementStatusInput;
  SocialFunctionInput: SocialFunctionInput;
  UploadCaseStatusReceipt: UploadCaseStatusReceipt;
  UploadReferralInput: UploadReferralInput;
};

export type AuditEntryResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pid?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditTrailResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['AuditTrail'] = ResolversParentTypes['AuditTrail'], FederationReferenceType extends FederationReferenceTypes['AuditTrail'] = FederationReferenceTypes['AuditTrail']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditTrail']> | FederationReferenceType, FederationReferenceType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registryEntries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
};

export type BreakGlassGrantResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['BreakGlassGrant'] = ResolversParentTypes['BreakGlassGrant']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseHoldingReceiptResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['CaseHoldingReceipt'] = ResolversParentTypes['CaseHoldingReceipt']> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface CitizenIdScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CitizenId'], any> {
  name: 'CitizenId';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DiagnosisResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Diagnosis'] = ResolversParentTypes['Diagnosis']> = {
  category?: Resolver<ResolversTypes['DiagnosisCategory'], ParentType, ContextType>;
  diagnosedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  icd10?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DischargeAssessmentResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['DischargeAssessment'] = ResolversParentTypes['DischargeAssessment']> = {
  ableToWork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  needsSupport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recommendsCommunityRehab?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  willingToWork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FollowUpResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = {
  adverseReactions?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['FollowUpCondition'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hospitalizedSinceLastVisit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  insight?: Resolver<ResolversTypes['Insight'], ParentType, ContextType>;
  medicationAdherence?: Resolver<ResolversTypes['MedicationAdherence'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['FollowUpMode'], ParentType, ContextType>;
  nextDueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FollowUpConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['FollowUpConnection'] = ResolversParentTypes['FollowUpConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FollowUpEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FollowUpEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['FollowUpEdge'] = ResolversParentTypes['FollowUpEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FollowUp'], ParentType, ContextType>;
};

export type GreenChannelRelapseReceiptResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['GreenChannelRelapseReceipt'] = ResolversParentTypes['GreenChannelRelapseReceipt']> = {
  greenChannelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HospitalizationResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Hospitalization'] = ResolversParentTypes['Hospitalization']> = {
  admittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dischargeAssessment?: Resolver<Maybe<ResolversTypes['DischargeAssessment']>, ParentType, ContextType>;
  dischargeInformationDueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dischargeInformationOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dischargedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recommendsCommunityRehab?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type JourneyEventResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['JourneyEvent'] = ResolversParentTypes['JourneyEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  openBreakGlass?: Resolver<ResolversTypes['BreakGlassGrant'], ParentType, ContextType, RequireFields<MutationOpenBreakGlassArgs, 'pid' | 'reason'>>;
  receiveCaseHolding?: Resolver<ResolversTypes['CaseHoldingReceipt'], ParentType, ContextType, RequireFields<MutationReceiveCaseHoldingArgs, 'input'>>;
  receiveGreenChannelRelapse?: Resolver<ResolversTypes['GreenChannelRelapseReceipt'], ParentType, ContextType, RequireFields<MutationReceiveGreenChannelRelapseArgs, 'input'>>;
  receiveUploadCaseStatus?: Resolver<ResolversTypes['UploadCaseStatusReceipt'], ParentType, ContextType, RequireFields<MutationReceiveUploadCaseStatusArgs, 'input'>>;
  recordAdmission?: Resolver<ResolversTypes['RegistryWritePayload'], ParentType, ContextType, RequireFields<MutationRecordAdmissionArgs, 'input'>>;
  recordConsent?: Resolver<ResolversTypes['RegistryWritePayload'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  recordDischarge?: Resolver<ResolversTypes['RegistryWritePayload'], ParentType, ContextType, RequireFields<MutationRecordDischargeArgs, 'input'>>;
  recordDischargeAssessment?: Resolver<ResolversTypes['RegistryWritePayload'], ParentType, ContextType, RequireFields<MutationRecordDischargeAssessmentArgs, 'input'>>;
  recordFollowUp?: Resolver<ResolversTypes['RegistryWritePayload'], ParentType, ContextType, RequireFields<MutationRecordFollowUpArgs, 'input'>>;
  recordRelapse?: Resolver<ResolversTypes['RegistryWritePayload'], ParentType, ContextType, RequireFields<MutationRecordRelapseArgs, 'input'>>;
  registerPatient?: Resolver<ResolversTypes['RegisterPatientPayload'], ParentType, ContextType, RequireFields<MutationRegisterPatientArgs, 'input'>>;
  revokeConsent?: Resolver<ResolversTypes['RegistryWritePayload'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'input'>>;
  setManagementStatus?: Resolver<ResolversTypes['RegistryWritePayload'], ParentType, ContextType, RequireFields<MutationSetManagementStatusArgs, 'input'>>;
  uploadReferral?: Resolver<ResolversTypes['ReferralUpload'], ParentType, ContextType, RequireFields<MutationUploadReferralArgs, 'input'>>;
};

export type OverdueFollowUpResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['OverdueFollowUp'] = ResolversParentTypes['OverdueFollowUp']> = {
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lastCondition?: Resolver<Maybe<ResolversTypes['FollowUpCondition']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type OverdueFollowUpConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['OverdueFollowUpConnection'] = ResolversParentTypes['OverdueFollowUpConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OverdueFollowUpEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OverdueFollowUp']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OverdueFollowUpEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['OverdueFollowUpEdge'] = ResolversParentTypes['OverdueFollowUpEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OverdueFollowUp'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  journey?: Resolver<Array<ResolversTypes['JourneyEvent']>, ParentType, ContextType, Partial<PersonJourneyArgs>>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registry?: Resolver<Maybe<ResolversTypes['RegistryRecord']>, ParentType, ContextType>;
  registryJourney?: Resolver<Maybe<Array<ResolversTypes['JourneyEvent']>>, ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditTrail?: Resolver<Maybe<ResolversTypes['AuditTrail']>, ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'pid'>>;
  breakGlassReviews?: Resolver<Array<ResolversTypes['BreakGlassGrant']>, ParentType, ContextType, RequireFields<QueryBreakGlassReviewsArgs, 'reviewed'>>;
  overdueFollowUps?: Resolver<ResolversTypes['OverdueFollowUpConnection'], ParentType, ContextType, RequireFields<QueryOverdueFollowUpsArgs, 'countyCode' | 'first'>>;
  patients?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPatientsArgs, 'filter' | 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'pid'>>;
  readerTrail?: Resolver<Maybe<ResolversTypes['ReaderTrail']>, ParentType, ContextType, RequireFields<QueryReaderTrailArgs, 'subject'>>;
};

export type ReaderTrailResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ReaderTrail'] = ResolversParentTypes['ReaderTrail'], FederationReferenceType extends FederationReferenceTypes['ReaderTrail'] = FederationReferenceTypes['ReaderTrail']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReaderTrail']> | FederationReferenceType, FederationReferenceType, ContextType>;
  registryEntries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReferralUploadResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ReferralUpload'] = ResolversParentTypes['ReferralUpload']> = {
  countyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platformStatus?: Resolver<Maybe<ResolversTypes['PlatformCaseStatus']>, ParentType, ContextType>;
  platformStatusAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recommendsCommunityRehab?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralUploadStatus'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RegisterPatientPayloadResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RegisterPatientPayload'] = ResolversParentTypes['RegisterPatientPayload']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type RegistryConsentResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RegistryConsent'] = ResolversParentTypes['RegistryConsent']> = {
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedBy?: Resolver<ResolversTypes['ConsentGrantor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ConsentScope'], ParentType, ContextType>;
};

export type RegistryRecordResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RegistryRecord'] = ResolversParentTypes['RegistryRecord']> = {
  ageBand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['RegistryConsent']>, ParentType, ContextType>;
  diagnosis?: Resolver<ResolversTypes['Diagnosis'], ParentType, ContextType>;
  followUpOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  followUps?: Resolver<ResolversTypes['FollowUpConnection'], ParentType, ContextType, RequireFields<RegistryRecordFollowUpsArgs, 'first'>>;
  followUpsInYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<RegistryRecordFollowUpsInYearArgs, 'year'>>;
  hasGuardian?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hospitalizations?: Resolver<Array<ResolversTypes['Hospitalization']>, ParentType, ContextType>;
  managementStatus?: Resolver<ResolversTypes['ManagementStatus'], ParentType, ContextType>;
  managementStatusSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextFollowUpDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  referralUploads?: Resolver<Array<ResolversTypes['ReferralUpload']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  relapses?: Resolver<Array<ResolversTypes['Relapse']>, ParentType, ContextType>;
  riskHistory?: Resolver<Array<ResolversTypes['RiskAssessment']>, ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
};

export type RegistryWritePayloadResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RegistryWritePayload'] = ResolversParentTypes['RegistryWritePayload']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type RehabIndicatorsResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RehabIndicators'] = ResolversParentTypes['RehabIndicators'], FederationReferenceType extends FederationReferenceTypes['RehabIndicators'] = FederationReferenceTypes['RehabIndicators']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RehabIndicators']> | FederationReferenceType, FederationReferenceType, ContextType>;
  managementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registryActivePatients?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  registryRelapsedPatients?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  regularMedicationRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  relapseRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelapseResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Relapse'] = ResolversParentTypes['Relapse']> = {
  admitted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  handledBy?: Resolver<ResolversTypes['RelapseHandler'], ParentType, ContextType>;
  handling?: Resolver<Maybe<ResolversTypes['EmergencyHandling']>, ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  receivingHospitalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  riskLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RelapseSource'], ParentType, ContextType>;
};

export type RiskAssessmentResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RiskAssessment'] = ResolversParentTypes['RiskAssessment']> = {
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UploadCaseStatusReceiptResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['UploadCaseStatusReceipt'] = ResolversParentTypes['UploadCaseStatusReceipt']> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RegistryContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  BreakGlassGrant?: BreakGlassGrantResolvers<ContextType>;
  CaseHoldingReceipt?: CaseHoldingReceiptResolvers<ContextType>;
  CitizenId?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Diagnosis?: DiagnosisResolvers<ContextType>;
  DischargeAssessment?: DischargeAssessmentResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  FollowUpConnection?: FollowUpConnectionResolvers<ContextType>;
  FollowUpEdge?: FollowUpEdgeResolvers<ContextType>;
  GreenChannelRelapseReceipt?: GreenChannelRelapseReceiptResolvers<ContextType>;
  Hospitalization?: HospitalizationResolvers<ContextType>;
  JourneyEvent?: JourneyEventResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OverdueFollowUp?: OverdueFollowUpResolvers<ContextType>;
  OverdueFollowUpConnection?: OverdueFollowUpConnectionResolvers<ContextType>;
  OverdueFollowUpEdge?: OverdueFollowUpEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReaderTrail?: ReaderTrailResolvers<ContextType>;
  ReferralUpload?: ReferralUploadResolvers<ContextType>;
  RegisterPatientPayload?: RegisterPatientPayloadResolvers<ContextType>;
  RegistryConsent?: RegistryConsentResolvers<ContextType>;
  RegistryRecord?: RegistryRecordResolvers<ContextType>;
  RegistryWritePayload?: RegistryWritePayloadResolvers<ContextType>;
  RehabIndicators?: RehabIndicatorsResolvers<ContextType>;
  Relapse?: RelapseResolvers<ContextType>;
  RiskAssessment?: RiskAssessmentResolvers<ContextType>;
  UploadCaseStatusReceipt?: UploadCaseStatusReceiptResolvers<ContextType>;
};

