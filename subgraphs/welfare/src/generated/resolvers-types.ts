import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '#platform/graphql/context.js';
import type { AuditEntryRecord } from '#platform/audit/audit.js';
import type { ReaderRef } from '#platform/audit/audit-trail-resolvers.js';
import type { ReferralRecord, TransitionRecord, ConsentRecord } from '../data/referrals.js';
import type { InstitutionRecord } from '../data/institutions.js';
import type { BenefitRecord } from '../data/benefits.js';
import type { StaffRecord } from '../data/staff.js';
import type { SocialWorkerRecord } from '../data/social-workers.js';
import type { Division } from '#platform/statistics/division.js';
import type { IndicatorsRef } from '#platform/statistics/indicators.js';
import type { ReReviewRecord, AssessmentRecord, ServiceAgreementRecord, DeliveredServiceRecord } from '../data/workflow.js';
import type { HandoffRecord } from '../data/handoffs.js';
import type { WelfareContext } from '../context.js';
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

export type AddInstitutionStaffInput = {
  directService: Scalars['Boolean']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  institutionId: Scalars['ID']['input'];
  qualified: Scalars['Boolean']['input'];
  role: StaffRole;
};

export type AddSocialWorkerInput = {
  countyCode: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  qualified: Scalars['Boolean']['input'];
  /** The subject of the social worker's tokens. */
  subject: Scalars['String']['input'];
};

export type Agency =
  | 'CIVIL_AFFAIRS'
  | 'DISABLED_PERSONS_FEDERATION'
  | 'HEALTH';

export type AnswerEmploymentHandoffInput = {
  decision: HandoffDecision;
  handoffId: Scalars['ID']['input'];
  /** Required to decline. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type AssessReferralInput = {
  assessment: IntakeAssessmentInput;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
};

export type AssessmentKind =
  | 'EXIT'
  | 'INTAKE'
  | 'PERIODIC'
  | 'REASSESSMENT';

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
  /** What the welfare subgraph recorded about the person, newest first. */
  welfareEntries: Array<AuditEntry>;
};

export type Benefit = {
  __typename?: 'Benefit';
  endedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind: BenefitKind;
  monthlyAmountCents: Scalars['Int']['output'];
  startedOn: Scalars['Date']['output'];
};

export type BenefitKind =
  | 'DISABILITY_LIVING_SUBSIDY'
  | 'EXTREME_POVERTY_SUPPORT'
  | 'GUARDIANSHIP_INCENTIVE'
  | 'MINIMUM_LIVING_ALLOWANCE'
  | 'SEVERE_DISABILITY_NURSING_SUBSIDY'
  | 'TEMPORARY_ASSISTANCE';

export type BenefitPayload = {
  __typename?: 'BenefitPayload';
  benefit: Benefit;
  person: Person;
};

export type CloseReason =
  | 'DECEASED'
  | 'HANDOFF_ACKNOWLEDGED'
  | 'LOST_TO_FOLLOW_UP'
  | 'NOT_SUITABLE'
  | 'RETURNED_TO_COMMUNITY'
  | 'WITHDRAWN';

export type CloseReferralInput = {
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  reason: CloseReason;
  referralId: Scalars['ID']['input'];
};

export type Consent = {
  __typename?: 'Consent';
  grantedAt: Scalars['DateTime']['output'];
  /** Who agreed: the patient, the guardian, or both. */
  grantedBy: ConsentGrantor;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scope: ConsentScope;
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

export type CreateRehabInstitutionInput = {
  capacity: Scalars['Int']['input'];
  countyCode: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  prices: Array<ServicePriceInput>;
  serviceForms: Array<ServiceForm>;
};

/** A deadline in working days of China: weekends, public holidays and make-up working days (调休上班) as the State Council's yearly notice sets them. */
export type Deadline = {
  __typename?: 'Deadline';
  /** False when the deadline runs into a year the holiday data does not cover yet: it was counted on weekdays only (no public holidays, no make-up working days) and may move once that year's notice is added. Never a silent guess. */
  calendarCovered: Scalars['Boolean']['output'];
  /** The last day to act. */
  dueOn: Scalars['Date']['output'];
  /** Not met by its due day (or met after it). */
  overdue: Scalars['Boolean']['output'];
};

export type DispatchReferralInput = {
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  institutionId: Scalars['ID']['input'];
  /** Why the case goes ahead of others in the county's queue; required when its waitingPosition is over 1, and recorded on the history. */
  reason?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
};

/** A post-rehabilitation referral to employment, as the platform hands it to the disability federation: the exit assessment's readiness flags only (never diagnosis or risk grade). */
export type EmploymentHandoff = {
  __typename?: 'EmploymentHandoff';
  ableToWork: Scalars['Boolean']['output'];
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** County of residence, GB/T 2260. */
  countyCode: Scalars['String']['output'];
  declineReason?: Maybe<Scalars['String']['output']>;
  handedOverAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  needsSupport: Scalars['Boolean']['output'];
  outcome: ReferralOutcome;
  pid: Scalars['ID']['output'];
  referralId: Scalars['ID']['output'];
  status: HandoffStatus;
  willingToWork: Scalars['Boolean']['output'];
};

export type EndBenefitInput = {
  benefitId: Scalars['ID']['input'];
  endedOn: Scalars['Date']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** The periodic exit assessment: rehabilitation effect, illness, self-care, and readiness for work. */
export type ExitAssessmentInput = {
  ableToWork: Scalars['Boolean']['input'];
  assessedOn: Scalars['Date']['input'];
  effect: RehabEffect;
  illnessStable: Scalars['Boolean']['input'];
  needsSupport: Scalars['Boolean']['input'];
  selfCare: Scalars['Boolean']['input'];
  /** Social function restored enough for daily and community life. */
  socialFunction?: InputMaybe<Scalars['Boolean']['input']>;
  willingToWork: Scalars['Boolean']['input'];
};

export type GrantBenefitInput = {
  countyCode: Scalars['String']['input'];
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: BenefitKind;
  monthlyAmountCents: Scalars['Int']['input'];
  pid: Scalars['ID']['input'];
  startedOn: Scalars['Date']['input'];
};

export type HandoffDecision =
  | 'ACKNOWLEDGED'
  | 'DECLINED';

export type HandoffStatus =
  | 'ACKNOWLEDGED'
  | 'DECLINED'
  /** Waiting for the outbox relay's delivery to the federation. */
  | 'PENDING'
  /** Received by the federation; waiting for an employment officer's answer. */
  | 'RECEIVED';

export type InstitutionStaff = {
  __typename?: 'InstitutionStaff';
  /** Works directly with recipients (the action asks for at least 20 training hours a year). */
  directService: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  qualified: Scalars['Boolean']['output'];
  role: StaffRole;
  trainingHours: Scalars['Int']['output'];
};


export type InstitutionStaffTrainingHoursArgs = {
  year: Scalars['Int']['input'];
};

/** The multidisciplinary intake assessment: who took part (all four are required) and the rehabilitation opinion. */
export type IntakeAssessmentInput = {
  nurse: Scalars['Boolean']['input'];
  psychiatrist: Scalars['Boolean']['input'];
  /** The service forms the team recommends. */
  recommendedForms: Array<ServiceForm>;
  rehabTherapist: Scalars['Boolean']['input'];
  socialWorker: Scalars['Boolean']['input'];
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /** DISPATCHED → ACCEPTED by the institution it was sent to; TRANSFER_PENDING → ACCEPTED by an institution in the new county (which then re-assesses). */
  acceptReferral: ReferralPayload;
  /** REFERRED_OUT → CLOSED (HANDOFF_ACKNOWLEDGED): the staff of the institution a case was referred out to (OTHER_REHAB_SERVICE, receivingInstitutionId) acknowledge that they took the person on. The same acknowledgement again (idempotencyKey) answers as the first time. */
  acknowledgeReferralReceipt: ReferralPayload;
  /** Adds a staff member to an institution. */
  addInstitutionStaff: RehabInstitution;
  /** Registers a social worker of a county. */
  addSocialWorker: SocialWorker;
  /** The disability federation's answer to a hand-off (its service only): ACKNOWLEDGED closes the case (HANDOFF_ACKNOWLEDGED); DECLINED, with a reason, returns it to IN_SERVICE. Answering twice with the same answer changes nothing. */
  answerEmploymentHandoff: EmploymentHandoff;
  /** ACCEPTED → ASSESSED: the multidisciplinary intake assessment with a rehabilitation opinion. */
  assessReferral: ReferralPayload;
  /** Any active status → CLOSED, with a reason (withdrawn consent, death, lost to follow-up, not suitable; or the receiver's acknowledgement of an OTHER_REHAB_SERVICE hand-off). */
  closeReferral: ReferralPayload;
  /** Registers a community rehabilitation institution (civil affairs). */
  createRehabInstitution: RehabInstitution;
  /** DISPATCHED → REGISTERED: the institution declines, with a reason. */
  declineReferral: ReferralPayload;
  /** REGISTERED or WAITLISTED → DISPATCHED: the county's platform officer sends the case to an institution in its county with a free place (due within 5 working days of registration). A case waiting over 90 days needs a social worker's re-review first. NO_CAPACITY when the institution is full. The queue is first come, first served: a case with others ahead of it (waitingPosition > 1) needs input.reason, recorded on the history (else ILLEGAL_TRANSITION, extensions.reason NOT_NEXT_IN_LINE). */
  dispatchReferral: ReferralPayload;
  /** Ends a benefit on a day. */
  endBenefit: BenefitPayload;
  /** Grants a social-assistance or disability benefit. */
  grantBenefit: BenefitPayload;
  /** A consented referral upload, delivered by the registry's outbox relay (its service only): imported once as a SUBMITTED MEDICAL_INSTITUTION referral. The same upload again changes nothing; an upload withdrawn before it arrived is not imported. */
  receiveReferralUpload: ReferralUploadReceipt;
  /** The registry's notice that a person sent back to a hospital by the green channel was discharged (its service only): recorded on each of the person's RELAPSE_REFERRED cases as Referral.relapseDischargedOn. It does not resume the case: the institution resumes it (resumeService) with the re-assessment. The same notice again changes nothing. */
  receiveRegistryDischarge: RegistryDischargeReceipt;
  /** The registry's notice that a person's management status changed (its service only), sent only with the person's live REFERRAL_UPLOAD consent: DECEASED closes every open case of the person (reason DECEASED) and MOVED_OUT with a new county moves them there as a transfer, through the state machine; every notice is shown on the person's cases as Referral.registryStatus. The same notice again changes nothing. */
  receiveRegistryStatus: RegistryStatusReceipt;
  /** Records a periodic assessment of a case in service. */
  recordPeriodicAssessment: ReferralPayload;
  /** Records a social worker's re-review of willingness and circumstances, needed before a case waiting over 90 days is dispatched. The decision is honoured at once: stillWilling false closes the case (CLOSED, closeReason WITHDRAWN, the re-review as the history's reason, its consents revoked); circumstancesChanged sends it back to SUBMITTED for a new review (due 5 working days after the re-review; its place in the queue is kept). */
  recordReReview: ReferralPayload;
  /** Records a consent on the case: SERVICE_AGREEMENT before service, EMPLOYMENT_SHARING before an employment hand-off. */
  recordReferralConsent: ReferralPayload;
  /** Records one service delivered to a case in service. */
  recordService: ReferralPayload;
  /** Records hours of training of a staff member in a year. */
  recordStaffTraining: RehabInstitution;
  /** IN_SERVICE → RELAPSE_REFERRED: the green channel back to a psychiatric hospital on relapse; the case is suspended, not ended. Names the receiving hospital; the registry is told through the outbox and counts it as a relapse. */
  referForRelapse: ReferralPayload;
  /** IN_SERVICE → REFERRED_OUT with the exit assessment and an outcome. EMPLOYMENT and SHELTERED_EMPLOYMENT need an EMPLOYMENT_SHARING consent and are handed to the disability federation (the case closes when it acknowledges); RETURNED_TO_COMMUNITY closes at once. */
  referOut: ReferralPayload;
  /** The person moved; the case moves to the new county, from any active status before the hand-off out. ACCEPTED, ASSESSED, IN_SERVICE or RELAPSE_REFERRED → TRANSFER_PENDING: it waits for an institution there to accept it. SUBMITTED stays SUBMITTED for the new county's review. REGISTERED, WAITLISTED or DISPATCHED (the dispatch is void) → REGISTERED where an institution of the new county has a free place, else WAITLISTED: it queues there by its first registration. */
  requestTransfer: ReferralPayload;
  /** RELAPSE_REFERRED → IN_SERVICE after discharge, with the re-assessment. */
  resumeService: ReferralPayload;
  /** SUBMITTED → REGISTERED or REJECTED: a social worker reviews the need (due within 5 working days of submission). Rejecting needs a reason. */
  reviewReferral: ReferralPayload;
  /** Revokes a consent on the case. Revoking the SERVICE_AGREEMENT consent stops an active case in the same transaction: it closes as WITHDRAWN with the revocation as its reason, and service, assessments and dispatch are refused afterwards with CONSENT_REVOKED. */
  revokeReferralConsent: ReferralPayload;
  /** Changes an institution's capacity; it cannot go below the places taken. */
  setInstitutionCapacity: RehabInstitution;
  /** Records the signed service agreement between the institution and the patient and, where the case records a guardian (hasGuardian), the guardian too (PATIENT_AND_GUARDIAN); CONSENT_REQUIRED names the missing signatories (extensions.missingSignatories). */
  signServiceAgreement: ReferralPayload;
  /** ASSESSED → IN_SERVICE: needs a live SERVICE_AGREEMENT consent (by the patient and, where the case records a guardian, the guardian: one PATIENT_AND_GUARDIAN consent or one of each) and a signed service agreement. */
  startService: ReferralPayload;
  /** Submits a referral by a voluntary application (through a social worker) or a third party's application. Medical-institution referrals arrive from the registry's consented uploads. */
  submitReferral: ReferralPayload;
  /** REGISTERED → WAITLISTED: only when no institution in the county has a free place; otherwise PLACES_AVAILABLE (extensions.freePlaces). */
  waitlistReferral: ReferralPayload;
  /** The registry's notice that the consent behind an upload was revoked (its service only): a referral nobody has acted on yet (SUBMITTED) closes as WITHDRAWN through the state machine. The same notice again changes nothing. */
  withdrawReferralUpload: ReferralUploadReceipt;
};


export type MutationAcceptReferralArgs = {
  input: TransitionInput;
};


export type MutationAcknowledgeReferralReceiptArgs = {
  input: TransitionInput;
};


export type MutationAddInstitutionStaffArgs = {
  input: AddInstitutionStaffInput;
};


export type MutationAddSocialWorkerArgs = {
  input: AddSocialWorkerInput;
};


export type MutationAnswerEmploymentHandoffArgs = {
  input: AnswerEmploymentHandoffInput;
};


export type MutationAssessReferralArgs = {
  input: AssessReferralInput;
};


export type MutationCloseReferralArgs = {
  input: CloseReferralInput;
};


export type MutationCreateRehabInstitutionArgs = {
  input: CreateRehabInstitutionInput;
};


export type MutationDeclineReferralArgs = {
  input: TransitionInput;
};


export type MutationDispatchReferralArgs = {
  input: DispatchReferralInput;
};


export type MutationEndBenefitArgs = {
  input: EndBenefitInput;
};


export type MutationGrantBenefitArgs = {
  input: GrantBenefitInput;
};


export type MutationReceiveReferralUploadArgs = {
  input: ReceiveReferralUploadInput;
};


export type MutationReceiveRegistryDischargeArgs = {
  input: ReceiveRegistryDischargeInput;
};


export type MutationReceiveRegistryStatusArgs = {
  input: ReceiveRegistryStatusInput;
};


export type MutationRecordPeriodicAssessmentArgs = {
  input: RecordPeriodicAssessmentInput;
};


export type MutationRecordReReviewArgs = {
  input: RecordReReviewInput;
};


export type MutationRecordReferralConsentArgs = {
  input: RecordReferralConsentInput;
};


export type MutationRecordServiceArgs = {
  input: RecordServiceInput;
};


export type MutationRecordStaffTrainingArgs = {
  input: RecordStaffTrainingInput;
};


export type MutationReferForRelapseArgs = {
  input: ReferForRelapseInput;
};


export type MutationReferOutArgs = {
  input: ReferOutInput;
};


export type MutationRequestTransferArgs = {
  input: RequestTransferInput;
};


export type MutationResumeServiceArgs = {
  input: ResumeServiceInput;
};


export type MutationReviewReferralArgs = {
  input: ReviewReferralInput;
};


export type MutationRevokeReferralConsentArgs = {
  input: RevokeReferralConsentInput;
};


export type MutationSetInstitutionCapacityArgs = {
  input: SetInstitutionCapacityInput;
};


export type MutationSignServiceAgreementArgs = {
  input: SignServiceAgreementInput;
};


export type MutationStartServiceArgs = {
  input: TransitionInput;
};


export type MutationSubmitReferralArgs = {
  input: SubmitReferralInput;
};


export type MutationWaitlistReferralArgs = {
  input: TransitionInput;
};


export type MutationWithdrawReferralUploadArgs = {
  uploadId: Scalars['ID']['input'];
};

/** A county's free places and the cases at the head of its waiting queue that may be dispatched now. */
export type NextInLine = {
  __typename?: 'NextInLine';
  countyCode: Scalars['String']['output'];
  /** Places free in the county's institutions now (capacity less places taken). */
  freePlaces: Scalars['Int']['output'];
  /** The first min(freePlaces, waiting) cases of the queue, next in line first: these may be dispatched without a reason. */
  referrals: Array<Referral>;
  /** Cases in the county's queue (registered or wait-listed). */
  waiting: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** 统计期粒度。Granularity of an indicator period (DOMAIN.md §5, China time). */
export type PeriodGranularity =
  /** 月。A month, e.g. 2026-07. */
  | 'MONTH'
  /** 季度。A quarter, e.g. 2026-Q3. */
  | 'QUARTER'
  /** 年。A calendar year, e.g. 2026. */
  | 'YEAR';

export type Person = {
  __typename?: 'Person';
  /** Social-assistance and disability benefits (welfare) in the caller's region, newest first. */
  benefits: Array<Benefit>;
  pid: Scalars['ID']['output'];
  /** Referrals on the national referral platform (welfare), newest first: those in the caller's region (institution staff: of their institution; employment officers: with an EMPLOYMENT_SHARING consent). */
  referrals: Array<Referral>;
  /** The platform's events of the journey: the caller's referrals and benefits as the fields above show them (services and assessments not to hospital clinicians or employment officers); null for a role that sees neither. */
  welfareJourney?: Maybe<Array<JourneyEvent>>;
};

export type PriceUnit =
  | 'DAY'
  | 'MONTH'
  | 'SESSION';

export type Query = {
  __typename?: 'Query';
  /** 下一位可派单：the county's free places now and the head of its waiting queue they can take (as many cases as there are free places, in queue order). A place freed by a closure or a transfer shows up here at once. */
  nextInLine: NextInLine;
  /** Cases in service of a region whose periodic assessment is past due (Referral.periodicAssessmentDueOn before today), oldest due day first. */
  overdueAssessments: ReferralConnection;
  /** Referrals of a region past a deadline now: registration (not reviewed within 5 working days of submission) or dispatch (not dispatched within 5 working days of registration), oldest deadline first. */
  overdueReferrals: ReferralConnection;
  /** One referral on the national referral platform (welfare). */
  referral?: Maybe<Referral>;
  /** Referrals on the platform (welfare), newest first by submission. Keyset pagination; stable order. */
  referrals: ReferralConnection;
  /** A person's referrals in the caller's region, found by citizen ID (GB 11643) instead of a pid; none outside it, exactly as for a person the platform does not know. The ID is only used to derive the pid, never stored. */
  referralsByCitizenId: Array<Referral>;
  /** An administrative division by its GB/T 2260 code (welfare: civil affairs keeps the division list). */
  region?: Maybe<Region>;
  /** 指标序列（趋势图）。The indicators of a region for each period of the granularity from the start of the period `from` to the end of the period `to` (keys such as 2024, 2024-Q1, 2024-01), oldest first, at most 120 periods. Each period names the region by the division code valid at its end (GB/T 2260 codes change: a retired code maps to its successor, and a renamed county's successor to the code it replaced). FORBIDDEN outside the caller's region. */
  rehabIndicatorSeries: Array<RehabIndicators>;
  /** Indicators of the community-rehabilitation action for a region (any division, or 000000 for the country) and calendar year, or a quarter or month of it (period: 2026-Q3, 2026-07; the year when absent); each agency contributes its own figures. FORBIDDEN outside the caller's region. */
  rehabIndicators: RehabIndicators;
  /** One community rehabilitation institution. */
  rehabInstitution?: Maybe<RehabInstitution>;
  /** Community rehabilitation institutions (welfare) in a division, by id. */
  rehabInstitutions: RehabInstitutionConnection;
  /** Social workers of a region, by id. */
  socialWorkers: SocialWorkerConnection;
  /** A county's waiting list: registered and wait-listed referrals, longest waiting first (by first registration): the first-come-first-served queue that Referral.waitingPosition counts in. */
  waitingList: ReferralConnection;
};


export type QueryNextInLineArgs = {
  countyCode: Scalars['String']['input'];
};


export type QueryOverdueAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['String']['input'];
};


export type QueryOverdueReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  deadline: ReferralDeadline;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['String']['input'];
};


export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ReferralFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReferralsByCitizenIdArgs = {
  citizenId: Scalars['CitizenId']['input'];
};


export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


export type QueryRehabIndicatorSeriesArgs = {
  from: Scalars['String']['input'];
  granularity: PeriodGranularity;
  regionCode: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryRehabIndicatorsArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type QueryRehabInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRehabInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['String']['input'];
};


export type QuerySocialWorkersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['String']['input'];
};


export type QueryWaitingListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  countyCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReReview = {
  __typename?: 'ReReview';
  at: Scalars['DateTime']['output'];
  circumstancesChanged: Scalars['Boolean']['output'];
  stillWilling: Scalars['Boolean']['output'];
};

/** What one reader (a token's subject) read, wrote and was refused across the agencies, newest first: for the data-protection officer. */
export type ReaderTrail = {
  __typename?: 'ReaderTrail';
  subject: Scalars['String']['output'];
  /** What the welfare subgraph recorded of the reader, newest first (at most 1,000 rows). */
  welfareEntries: Array<AuditEntry>;
};

export type ReceiveReferralUploadInput = {
  /** County of residence, GB/T 2260. */
  countyCode: Scalars['String']['input'];
  /** Whether the person has a guardian, as the registry records it; where true, the case's consents and service agreement need the guardian's signature too. Omitted: unknown (as before), and only the person's signature is asked for. */
  hasGuardian?: InputMaybe<Scalars['Boolean']['input']>;
  /** The uploading hospital (the clinician's institution code): its clinicians read the imported case, the closed loop of DOMAIN.md §6. Omitted: unknown, and no hospital's clinicians read it. */
  hospitalCode?: InputMaybe<Scalars['String']['input']>;
  pid: Scalars['ID']['input'];
  recommendsCommunityRehab: Scalars['Boolean']['input'];
  /** The registry's upload id: the import is idempotent on it. */
  uploadId: Scalars['ID']['input'];
  uploadedAt: Scalars['DateTime']['input'];
};

export type ReceiveRegistryDischargeInput = {
  /** The registry's id of the discharge notice: the notice is idempotent on it. */
  dischargeId: Scalars['ID']['input'];
  /** The day of the discharge. */
  dischargedOn: Scalars['Date']['input'];
  pid: Scalars['ID']['input'];
};

export type ReceiveRegistryStatusInput = {
  /** The registry's id of the status change: the notice is idempotent on it. */
  changeId: Scalars['ID']['input'];
  /** With MOVED_OUT: the county the person moved to, when the registry knows it. */
  movedToCountyCode?: InputMaybe<Scalars['String']['input']>;
  pid: Scalars['ID']['input'];
  /** The day the status holds from. */
  since: Scalars['Date']['input'];
  status: RegistryManagementStatus;
};

export type RecordPeriodicAssessmentInput = {
  /** Able to work. */
  ableToWork?: InputMaybe<Scalars['Boolean']['input']>;
  assessedOn: Scalars['Date']['input'];
  /** Rehabilitation effect so far. */
  effect: RehabEffect;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The exit assessment's dimensions, assessed periodically too: illness stable. */
  illnessStable?: InputMaybe<Scalars['Boolean']['input']>;
  referralId: Scalars['ID']['input'];
  /** Cares for themselves. */
  selfCare?: InputMaybe<Scalars['Boolean']['input']>;
  /** Social function restored enough for daily and community life. */
  socialFunction?: InputMaybe<Scalars['Boolean']['input']>;
  /** Willing to work. */
  willingToWork?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RecordReReviewInput = {
  circumstancesChanged: Scalars['Boolean']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
  stillWilling: Scalars['Boolean']['input'];
};

export type RecordReferralConsentInput = {
  grantedBy: ConsentGrantor;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
  scope: ConsentScope;
};

export type RecordServiceInput = {
  date: Scalars['Date']['input'];
  durationMinutes: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
  serviceForm: ServiceForm;
  staffId: Scalars['ID']['input'];
};

export type RecordStaffTrainingInput = {
  hours: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  staffId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type ReferForRelapseInput = {
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Required: why the person is sent back (the relapse). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The psychiatric hospital that takes the person in: its unified social credit code (GB 32100, 18 characters). */
  receivingHospitalCode: Scalars['String']['input'];
  referralId: Scalars['ID']['input'];
};

export type ReferOutInput = {
  exitAssessment: ExitAssessmentInput;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  outcome: ReferralOutcome;
  /** With OTHER_REHAB_SERVICE only: the rehabilitation institution (in the case's county) that takes the person on; the case then closes when its staff acknowledge (acknowledgeReferralReceipt). Omitted: the case is closed by hand as before. */
  receivingInstitutionId?: InputMaybe<Scalars['ID']['input']>;
  referralId: Scalars['ID']['input'];
};

export type Referral = {
  __typename?: 'Referral';
  /** How it was applied for, for a third party's application. */
  applicant?: Maybe<ThirdPartyApplicant>;
  /** Intake, periodic, re- and exit assessments, oldest first. Case detail: never for hospital clinicians or employment officers (DOMAIN.md §6). */
  assessments: Array<RehabAssessment>;
  channel: ReferralChannel;
  closeReason?: Maybe<CloseReason>;
  consents: Array<Consent>;
  /** The dispatch deadline: dispatchDueOn and dispatchOverdue, and whether the holiday data covers it; null before registration. */
  dispatchDeadline?: Maybe<Deadline>;
  /** The day dispatch is due: 5 working days after registration; null before registration. */
  dispatchDueOn?: Maybe<Scalars['Date']['output']>;
  /** Not dispatched by its due day (or dispatched after it). */
  dispatchOverdue: Scalars['Boolean']['output'];
  /** The hand-off to the disability federation, for employment outcomes. */
  employmentHandoff?: Maybe<EmploymentHandoff>;
  /** Whether the person has a guardian, as recorded at intake; null when unknown (a hospital upload that does not say). Where true, consents and the service agreement need the guardian's signature too. */
  hasGuardian?: Maybe<Scalars['Boolean']['output']>;
  /** Every transition, oldest first. */
  history: Array<ReferralTransition>;
  id: Scalars['ID']['output'];
  institution?: Maybe<RehabInstitution>;
  /** Waiting (registered or wait-listed) over 90 days with no re-review in the last 90: dispatch is refused until a social worker re-reviews. */
  needsReReview: Scalars['Boolean']['output'];
  outcome?: Maybe<ReferralOutcome>;
  /** In service: the day the next periodic assessment is due, the configured interval (PERIODIC_ASSESSMENT_INTERVAL_MONTHS, 3 by default) after the latest assessment or the start of service; null in any other status. */
  periodicAssessmentDueOn?: Maybe<Scalars['Date']['output']>;
  person: Person;
  /** Social workers' re-reviews of a long wait, newest first. Not for employment officers, who see the exit assessment's readiness flags only (employmentHandoff). */
  reReviews: Array<ReReview>;
  /** Referred out to OTHER_REHAB_SERVICE: the institution that takes the person on, whose staff acknowledge it (and read the case). */
  receivingInstitution?: Maybe<RehabInstitution>;
  /** County that the referral belongs to, GB/T 2260. */
  regionCode: Scalars['String']['output'];
  registeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The social worker's review deadline: registrationDueOn and registrationOverdue, and whether the holiday data covers it. */
  registrationDeadline: Deadline;
  /** The day the social worker's review is due: 5 working days after submission (or, for a case a re-review sent back for review, after that re-review). */
  registrationDueOn: Scalars['Date']['output'];
  /** Not reviewed by its due day (or reviewed after it). */
  registrationOverdue: Scalars['Boolean']['output'];
  /** The registry's latest management status of the person (e.g. LOST_TO_FOLLOW_UP), as told to the platform with the person's REFERRAL_UPLOAD consent; null when the registry told nothing. Registry data: for social workers, platform officers and the case's institution only (DOMAIN.md §6). */
  registryStatus?: Maybe<RegistryStatus>;
  /** RELAPSE_REFERRED: the day the registry told the platform of the person's discharge after the green-channel referral; the institution may then resume service (resumeService) with the re-assessment. Null while the person is in hospital, when the registry told nothing, and in any other status. Registry data: for social workers, platform officers and the case's institution only (DOMAIN.md §6). */
  relapseDischargedOn?: Maybe<Scalars['Date']['output']>;
  serviceAgreement?: Maybe<ServiceAgreement>;
  /** Services delivered, newest first. Case detail: never for hospital clinicians or employment officers (DOMAIN.md §6). */
  services: ServiceRecordConnection;
  status: ReferralStatus;
  submittedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; every transition increments it. */
  version: Scalars['Int']['output'];
  /** Days from registration to intake, or to today while still waiting. */
  waitingDays?: Maybe<Scalars['Int']['output']>;
  /** Position in the county's first-come-first-served waiting queue (1 is next in line), by first registration; null when the case is not waiting (registered or wait-listed). */
  waitingPosition?: Maybe<Scalars['Int']['output']>;
};


export type ReferralServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReferralChannel =
  /** Uploaded by a medical institution through the registry, with the patient's and guardian's consent. */
  | 'MEDICAL_INSTITUTION'
  /** An employer, village or residents' committee, social organisation or individual applied. */
  | 'THIRD_PARTY_APPLICATION'
  /** The patient or guardian applied through a social worker. */
  | 'VOLUNTARY_APPLICATION';

export type ReferralConnection = {
  __typename?: 'ReferralConnection';
  edges: Array<ReferralEdge>;
  nodes: Array<Referral>;
  pageInfo: PageInfo;
};

export type ReferralDeadline =
  /** Dispatch within 5 working days of registration. */
  | 'DISPATCH'
  /** Review within 5 working days of submission. */
  | 'REGISTRATION';

export type ReferralEdge = {
  __typename?: 'ReferralEdge';
  cursor: Scalars['String']['output'];
  node: Referral;
};

export type ReferralFilter = {
  channel?: InputMaybe<ReferralChannel>;
  /** Any GB/T 2260 code: a province, city or county; matches every county below it. */
  regionCode: Scalars['String']['input'];
  status?: InputMaybe<ReferralStatus>;
  /** Only referrals submitted on or after this day (China Standard Time). */
  submittedSince?: InputMaybe<Scalars['Date']['input']>;
};

export type ReferralOutcome =
  | 'EMPLOYMENT'
  | 'OTHER_REHAB_SERVICE'
  | 'RETURNED_TO_COMMUNITY'
  | 'SHELTERED_EMPLOYMENT';

/** What every transition answers: the referral as it now stands. */
export type ReferralPayload = {
  __typename?: 'ReferralPayload';
  referral: Referral;
};

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

export type ReferralTransition = {
  __typename?: 'ReferralTransition';
  actorRole: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  from?: Maybe<ReferralStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  to: ReferralStatus;
};

/** What the platform made of an upload it was sent or told to withdraw. */
export type ReferralUploadReceipt = {
  __typename?: 'ReferralUploadReceipt';
  status: ReferralUploadReceiptStatus;
  uploadId: Scalars['ID']['output'];
};

export type ReferralUploadReceiptStatus =
  /** A SUBMITTED referral holds the upload. */
  | 'IMPORTED'
  /** Withdrawn after the platform had acted on the referral: the case stays for a social worker to close. */
  | 'KEPT'
  /** The upload was withdrawn: its referral closed as WITHDRAWN, or it was never imported. */
  | 'WITHDRAWN';

export type Region = {
  __typename?: 'Region';
  children: Array<Region>;
  code: Scalars['String']['output'];
  level: RegionLevel;
  name: Scalars['String']['output'];
  parent?: Maybe<Region>;
};

export type RegionLevel =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

export type RegistryDischargeReceipt = {
  __typename?: 'RegistryDischargeReceipt';
  /** The person's RELAPSE_REFERRED cases the discharge was recorded on. */
  casesMarked: Scalars['Int']['output'];
  dischargeId: Scalars['ID']['output'];
};

/** The management statuses the registry tells the platform. */
export type RegistryManagementStatus =
  /** Managed again (after being lost to follow-up). */
  | 'ACTIVE'
  /** Every open case of the person closes (reason DECEASED). */
  | 'DECEASED'
  /** Shown on the person's cases (Referral.registryStatus) for their social workers to decide; nothing closes by itself. */
  | 'LOST_TO_FOLLOW_UP'
  /** Moved away: with the new county, each open case moves there as a transfer would (held by an institution: TRANSFER_PENDING). */
  | 'MOVED_OUT';

/** The registry's latest management status of the person, as the registry told the platform (only with the person's REFERRAL_UPLOAD consent). */
export type RegistryStatus = {
  __typename?: 'RegistryStatus';
  /** The day it holds from. */
  since: Scalars['Date']['output'];
  status: RegistryManagementStatus;
};

/** What the platform did with a registry status notice; a notice received again answers as the first time. */
export type RegistryStatusReceipt = {
  __typename?: 'RegistryStatusReceipt';
  /** Open cases the notice closed. */
  casesClosed: Scalars['Int']['output'];
  /** Open cases the notice moved to the new county. */
  casesMoved: Scalars['Int']['output'];
  changeId: Scalars['ID']['output'];
};

export type RehabAssessment = {
  __typename?: 'RehabAssessment';
  ableToWork?: Maybe<Scalars['Boolean']['output']>;
  assessedOn: Scalars['Date']['output'];
  effect?: Maybe<RehabEffect>;
  /** Periodic and exit assessments: the dimensions assessed (null where not recorded). */
  illnessStable?: Maybe<Scalars['Boolean']['output']>;
  kind: AssessmentKind;
  recommendedForms: Array<ServiceForm>;
  selfCare?: Maybe<Scalars['Boolean']['output']>;
  socialFunction?: Maybe<Scalars['Boolean']['output']>;
  willingToWork?: Maybe<Scalars['Boolean']['output']>;
};

export type RehabEffect =
  | 'MARKED'
  | 'NONE'
  | 'SOME';

/** Indicators of the community-rehabilitation action (DOMAIN.md §5) for a region and period (a year, quarter or month); the agencies join their figures on (regionCode, year, period). */
export type RehabIndicators = {
  __typename?: 'RehabIndicators';
  /** 定期评估及时率：统计期内到期的定期评估中按时完成的比例。Assessments on time: of the periodic assessments due in the period (those recorded in it, and those of cases in service that fell due in it and are still missing), the share done by their due day (the configured interval, 3 months by default, after the previous assessment or the start of service). */
  assessmentsOnTimeRate?: Maybe<Scalars['Float']['output']>;
  /** 下级行政区划的同一指标。The same indicators for the same period for each division directly below the region. */
  children: Array<RehabIndicators>;
  /** 开展社区康复服务的县（市、区）数：本年初至统计期末。Counties of the region with an institution that recorded a service from the year's start to the period's end. */
  countiesCovered: Scalars['Int']['output'];
  /** 县级行政区划数：辖区内县级行政区划数。County-level divisions under the region in GB/T 2260 (the region itself when it is a county). */
  countiesTotal: Scalars['Int']['output'];
  /** 精神障碍社区康复服务覆盖率：本年初至统计期末。Community rehabilitation coverage, year to date: counties of the region with an institution that recorded a service from the year's start to the period's end ÷ county-level divisions in the region (countiesCovered ÷ countiesTotal). */
  coverageRate: Scalars['Float']['output'];
  /** 社区康复服务覆盖率目标：行动方案的年度目标。The action plan's coverage target for the period's year: 0.5, 0.65 and 0.8 for 2023, 2024 and 2025; null for other years. */
  coverageTarget?: Maybe<Scalars['Float']['output']>;
  /** 按时派送率：统计期内派送的转介中5个工作日内派送的比例。Share of the referrals dispatched in the period that were dispatched within 5 working days of registration. */
  dispatchOnTimeRate?: Maybe<Scalars['Float']['output']>;
  /** 统计期粒度。The period's granularity: YEAR, QUARTER or MONTH. */
  granularity: PeriodGranularity;
  /** 平均等待天数：统计期内接收的转介从登记到接收的平均天数。Mean days from registration to intake, over the referrals accepted in the period. */
  meanWaitingDays?: Maybe<Scalars['Float']['output']>;
  /** 统计期：年（2026）、季度（2026-Q3）或月（2026-07），按北京时间。The period: a year (2026), a quarter (2026-Q3) or a month (2026-07), in China time; every agency answers for the same one. */
  period: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  /** 登记康复对象数：本年初至统计期末。Registered recipients, year to date: people with a referral registered on the platform and not rejected, in the region, open at some time from the year's start to the period's end. */
  registeredRecipients?: Maybe<Scalars['Int']['output']>;
  /** 按时登记率：统计期内审核的转介中5个工作日内审核的比例。Share of the referrals reviewed in the period that were reviewed within 5 working days of submission. */
  registrationOnTimeRate?: Maybe<Scalars['Float']['output']>;
  /** 工作人员培训达标率：年度培训满20学时的直接服务人员比例。Share of the direct-service staff of the region's institutions with at least 20 training hours in the period's year (staff, not recipients: never suppressed). */
  staffTrainingComplianceRate?: Maybe<Scalars['Float']['output']>;
  /** 接受规范服务人数：本年初至统计期末。Registered recipients who from the year's start to the period's end had a signed service agreement, an assessment and services in at least 3 distinct months. */
  standardizedRecipients?: Maybe<Scalars['Int']['output']>;
  /** 康复对象规范服务率：本年初至统计期末。Standardized-service rate, year to date: standardizedRecipients ÷ registeredRecipients. */
  standardizedServiceRate?: Maybe<Scalars['Float']['output']>;
  /** 规范服务率目标：行动方案的年度目标。The action plan's standardized-service target for the period's year: 0.3, 0.45 and 0.6 for 2023, 2024 and 2025; null for other years. */
  standardizedServiceTarget?: Maybe<Scalars['Float']['output']>;
  /** 等待超过90天人数：统计期末时点数。Referrals in the region waiting (REGISTERED or WAITLISTED) for more than 90 days at the period's end, or now for the current period. */
  waitingOver90Days?: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
};

export type RehabInstitution = {
  __typename?: 'RehabInstitution';
  /** Cases the institution holds now (accepted, assessed, in service, or suspended by a relapse). */
  activeRecipients: Scalars['Int']['output'];
  capacity: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Places promised: held cases plus cases dispatched and not yet accepted; dispatch never takes it past capacity. */
  placesTaken: Scalars['Int']['output'];
  prices: Array<ServicePrice>;
  /** Share of staff with a professional qualification (the action asks for at least 30 %); null without staff. */
  qualifiedStaffShare?: Maybe<Scalars['Float']['output']>;
  regionCode: Scalars['String']['output'];
  serviceForms: Array<ServiceForm>;
  staff: Array<InstitutionStaff>;
};

export type RehabInstitutionConnection = {
  __typename?: 'RehabInstitutionConnection';
  edges: Array<RehabInstitutionEdge>;
  nodes: Array<RehabInstitution>;
  pageInfo: PageInfo;
};

export type RehabInstitutionEdge = {
  __typename?: 'RehabInstitutionEdge';
  cursor: Scalars['String']['output'];
  node: RehabInstitution;
};

export type RequestTransferInput = {
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The county the person moved to, GB/T 2260. */
  newCountyCode: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  referralId: Scalars['ID']['input'];
};

export type ResumeServiceInput = {
  effect: RehabEffect;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The re-assessment after discharge. */
  reassessedOn: Scalars['Date']['input'];
  referralId: Scalars['ID']['input'];
};

export type ReviewDecision =
  | 'REGISTER'
  | 'REJECT';

export type ReviewReferralInput = {
  decision: ReviewDecision;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Required to reject. */
  reason?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
};

export type RevokeReferralConsentInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
  scope: ConsentScope;
};

export type ServiceAgreement = {
  __typename?: 'ServiceAgreement';
  serviceForms: Array<ServiceForm>;
  signedBy: ConsentGrantor;
  signedOn: Scalars['Date']['output'];
};

export type ServiceForm =
  | 'DAY_TRAINING'
  | 'FAMILY_EXCHANGE'
  | 'HOME_SUPPORT'
  | 'PEER_SUPPORT'
  | 'TRANSITIONAL_HOUSING'
  | 'VOCATIONAL_REHABILITATION';

export type ServicePrice = {
  __typename?: 'ServicePrice';
  priceCents: Scalars['Int']['output'];
  serviceForm: ServiceForm;
  unit: PriceUnit;
};

export type ServicePriceInput = {
  /** Published price in fen (cents) per unit. */
  priceCents: Scalars['Int']['input'];
  serviceForm: ServiceForm;
  unit: PriceUnit;
};

export type ServiceRecord = {
  __typename?: 'ServiceRecord';
  date: Scalars['Date']['output'];
  durationMinutes: Scalars['Int']['output'];
  serviceForm: ServiceForm;
  staffId: Scalars['ID']['output'];
};

export type ServiceRecordConnection = {
  __typename?: 'ServiceRecordConnection';
  edges: Array<ServiceRecordEdge>;
  nodes: Array<ServiceRecord>;
  pageInfo: PageInfo;
};

export type ServiceRecordEdge = {
  __typename?: 'ServiceRecordEdge';
  cursor: Scalars['String']['output'];
  node: ServiceRecord;
};

export type SetInstitutionCapacityInput = {
  capacity: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  institutionId: Scalars['ID']['input'];
};

export type SignServiceAgreementInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
  serviceForms: Array<ServiceForm>;
  signedBy: ConsentGrantor;
  signedOn: Scalars['Date']['input'];
};

export type SocialWorker = {
  __typename?: 'SocialWorker';
  id: Scalars['ID']['output'];
  qualified: Scalars['Boolean']['output'];
  /** County, GB/T 2260. */
  regionCode: Scalars['String']['output'];
};

export type SocialWorkerConnection = {
  __typename?: 'SocialWorkerConnection';
  edges: Array<SocialWorkerEdge>;
  nodes: Array<SocialWorker>;
  pageInfo: PageInfo;
};

export type SocialWorkerEdge = {
  __typename?: 'SocialWorkerEdge';
  cursor: Scalars['String']['output'];
  node: SocialWorker;
};

export type StaffRole =
  | 'NURSE'
  | 'PSYCHIATRIST'
  | 'REHAB_THERAPIST'
  | 'SOCIAL_WORKER';

/** Names the person by exactly one of pid and citizenId. */
export type SubmitReferralInput = {
  /** Who applied, for a third party's application. */
  applicant?: InputMaybe<ThirdPartyApplicant>;
  channel: ReferralChannel;
  /** Instead of pid: the person's citizen ID (GB 11643). The platform derives the pid from it as the registry does and stores no citizen ID; a retry under the same idempotency key may use either form. */
  citizenId?: InputMaybe<Scalars['CitizenId']['input']>;
  /** County of residence, GB/T 2260. */
  countyCode: Scalars['String']['input'];
  /** Whether the person has a guardian (监护人); where true, consents and the service agreement need the guardian's signature too. Omitted: unknown, and only the person's signature is asked for. */
  hasGuardian?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pid?: InputMaybe<Scalars['ID']['input']>;
};

export type ThirdPartyApplicant =
  | 'EMPLOYER'
  | 'INDIVIDUAL'
  | 'RESIDENTS_COMMITTEE'
  | 'SOCIAL_ORGANISATION'
  | 'VILLAGE_COMMITTEE';

/** Common to every transition: the case, the version the client read (optimistic concurrency), a reason where the transition needs one, and an idempotency key for retries. */
export type TransitionInput = {
  /** The version the client last read; a stale one is VERSION_CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** A retry with the same key returns the first result; the same key with another input is IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Required where the transition says so (declining, rejecting, closing, relapse, transfer). */
  reason?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
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
    & GraphQLRecursivePick<FederationTypes['Person'], {"pid":true}> );
  ReaderTrail:
    ( { __typename: 'ReaderTrail' }
    & GraphQLRecursivePick<FederationTypes['ReaderTrail'], {"subject":true}> );
  RehabIndicators:
    ( { __typename: 'RehabIndicators' }
    & GraphQLRecursivePick<FederationTypes['RehabIndicators'], {"regionCode":true,"year":true,"period":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddInstitutionStaffInput: AddInstitutionStaffInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddSocialWorkerInput: AddSocialWorkerInput;
  Agency: Agency;
  AnswerEmploymentHandoffInput: AnswerEmploymentHandoffInput;
  AssessReferralInput: AssessReferralInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AssessmentKind: AssessmentKind;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecord>;
  AuditTrail: ResolverTypeWrapper<PersonRef>;
  Benefit: ResolverTypeWrapper<BenefitRecord>;
  BenefitKind: BenefitKind;
  BenefitPayload: ResolverTypeWrapper<Omit<BenefitPayload, 'benefit' | 'person'> & { benefit: ResolversTypes['Benefit'], person: ResolversTypes['Person'] }>;
  CitizenId: ResolverTypeWrapper<Scalars['CitizenId']['output']>;
  CloseReason: CloseReason;
  CloseReferralInput: CloseReferralInput;
  Consent: ResolverTypeWrapper<ConsentRecord>;
  ConsentGrantor: ConsentGrantor;
  ConsentScope: ConsentScope;
  CreateRehabInstitutionInput: CreateRehabInstitutionInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deadline: ResolverTypeWrapper<Deadline>;
  DispatchReferralInput: DispatchReferralInput;
  EmploymentHandoff: ResolverTypeWrapper<HandoffRecord>;
  EndBenefitInput: EndBenefitInput;
  ExitAssessmentInput: ExitAssessmentInput;
  GrantBenefitInput: GrantBenefitInput;
  HandoffDecision: HandoffDecision;
  HandoffStatus: HandoffStatus;
  InstitutionStaff: ResolverTypeWrapper<StaffRecord>;
  IntakeAssessmentInput: IntakeAssessmentInput;
  JourneyEvent: ResolverTypeWrapper<JourneyEvent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NextInLine: ResolverTypeWrapper<Omit<NextInLine, 'referrals'> & { referrals: Array<ResolversTypes['Referral']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodGranularity: PeriodGranularity;
  Person: ResolverTypeWrapper<PersonRef>;
  PriceUnit: PriceUnit;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReReview: ResolverTypeWrapper<ReReviewRecord>;
  ReaderTrail: ResolverTypeWrapper<ReaderRef>;
  ReceiveReferralUploadInput: ReceiveReferralUploadInput;
  ReceiveRegistryDischargeInput: ReceiveRegistryDischargeInput;
  ReceiveRegistryStatusInput: ReceiveRegistryStatusInput;
  RecordPeriodicAssessmentInput: RecordPeriodicAssessmentInput;
  RecordReReviewInput: RecordReReviewInput;
  RecordReferralConsentInput: RecordReferralConsentInput;
  RecordServiceInput: RecordServiceInput;
  RecordStaffTrainingInput: RecordStaffTrainingInput;
  ReferForRelapseInput: ReferForRelapseInput;
  ReferOutInput: ReferOutInput;
  Referral: ResolverTypeWrapper<ReferralRecord>;
  ReferralChannel: ReferralChannel;
  ReferralConnection: ResolverTypeWrapper<Omit<ReferralConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ReferralEdge']>, nodes: Array<ResolversTypes['Referral']> }>;
  ReferralDeadline: ReferralDeadline;
  ReferralEdge: ResolverTypeWrapper<Omit<ReferralEdge, 'node'> & { node: ResolversTypes['Referral'] }>;
  ReferralFilter: ReferralFilter;
  ReferralOutcome: ReferralOutcome;
  ReferralPayload: ResolverTypeWrapper<Omit<ReferralPayload, 'referral'> & { referral: ResolversTypes['Referral'] }>;
  ReferralStatus: ReferralStatus;
  ReferralTransition: ResolverTypeWrapper<TransitionRecord>;
  ReferralUploadReceipt: ResolverTypeWrapper<ReferralUploadReceipt>;
  ReferralUploadReceiptStatus: ReferralUploadReceiptStatus;
  Region: ResolverTypeWrapper<Division>;
  RegionLevel: RegionLevel;
  RegistryDischargeReceipt: ResolverTypeWrapper<RegistryDischargeReceipt>;
  RegistryManagementStatus: RegistryManagementStatus;
  RegistryStatus: ResolverTypeWrapper<RegistryStatus>;
  RegistryStatusReceipt: ResolverTypeWrapper<RegistryStatusReceipt>;
  RehabAssessment: ResolverTypeWrapper<AssessmentRecord>;
  RehabEffect: RehabEffect;
  RehabIndicators: ResolverTypeWrapper<IndicatorsRef>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  RehabInstitution: ResolverTypeWrapper<InstitutionRecord>;
  RehabInstitutionConnection: ResolverTypeWrapper<Omit<RehabInstitutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RehabInstitutionEdge']>, nodes: Array<ResolversTypes['RehabInstitution']> }>;
  RehabInstitutionEdge: ResolverTypeWrapper<Omit<RehabInstitutionEdge, 'node'> & { node: ResolversTypes['RehabInstitution'] }>;
  RequestTransferInput: RequestTransferInput;
  ResumeServiceInput: ResumeServiceInput;
  ReviewDecision: ReviewDecision;
  ReviewReferralInput: ReviewReferralInput;
  RevokeReferralConsentInput: RevokeReferralConsentInput;
  ServiceAgreement: ResolverTypeWrapper<ServiceAgreementRecord>;
  ServiceForm: ServiceForm;
  ServicePrice: ResolverTypeWrapper<ServicePrice>;
  ServicePriceInput: ServicePriceInput;
  ServiceRecord: ResolverTypeWrapper<DeliveredServiceRecord>;
  ServiceRecordConnection: ResolverTypeWrapper<Omit<ServiceRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceRecordEdge']>, nodes: Array<ResolversTypes['ServiceRecord']> }>;
  ServiceRecordEdge: ResolverTypeWrapper<Omit<ServiceRecordEdge, 'node'> & { node: ResolversTypes['ServiceRecord'] }>;
  SetInstitutionCapacityInput: SetInstitutionCapacityInput;
  SignServiceAgreementInput: SignServiceAgreementInput;
  SocialWorker: ResolverTypeWrapper<SocialWorkerRecord>;
  SocialWorkerConnection: ResolverTypeWrapper<Omit<SocialWorkerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SocialWorkerEdge']>, nodes: Array<ResolversTypes['SocialWorker']> }>;
  SocialWorkerEdge: ResolverTypeWrapper<Omit<SocialWorkerEdge, 'node'> & { node: ResolversTypes['SocialWorker'] }>;
  StaffRole: StaffRole;
  SubmitReferralInput: SubmitReferralInput;
  ThirdPartyApplicant: ThirdPartyApplicant;
  TransitionInput: TransitionInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddInstitutionStaffInput: AddInstitutionStaffInput;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AddSocialWorkerInput: AddSocialWorkerInput;
  AnswerEmploymentHandoffInput: AnswerEmploymentHandoffInput;
  AssessReferralInput: AssessReferralInput;
  Int: Scalars['Int']['output'];
  AuditEntry: AuditEntryRecord;
  AuditTrail: PersonRef;
  Benefit: BenefitRecord;
  BenefitPayload: Omit<BenefitPayload, 'benefit' | 'person'> & { benefit: ResolversParentTypes['Benefit'], person: ResolversParentTypes['Person'] };
  CitizenId: Scalars['CitizenId']['output'];
  CloseReferralInput: CloseReferralInput;
  Consent: ConsentRecord;
  CreateRehabInstitutionInput: CreateRehabInstitutionInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deadline: Deadline;
  DispatchReferralInput: DispatchReferralInput;
  EmploymentHandoff: HandoffRecord;
  EndBenefitInput: EndBenefitInput;
  ExitAssessmentInput: ExitAssessmentInput;
  GrantBenefitInput: GrantBenefitInput;
  InstitutionStaff: StaffRecord;
  IntakeAssessmentInput: IntakeAssessmentInput;
  JourneyEvent: JourneyEvent;
  Mutation: Record<PropertyKey, never>;
  NextInLine: Omit<NextInLine, 'referrals'> & { referrals: Array<ResolversParentTypes['Referral']> };
  PageInfo: PageInfo;
  Person: PersonRef;
  Query: Record<PropertyKey, never>;
  ReReview: ReReviewRecord;
  ReaderTrail: ReaderRef;
  ReceiveReferralUploadInput: ReceiveReferralUploadInput;
  ReceiveRegistryDischargeInput: ReceiveRegistryDischargeInput;
  ReceiveRegistryStatusInput: ReceiveRegistryStatusInput;
  RecordPeriodicAssessmentInput: RecordPeriodicAssessmentInput;
  RecordReReviewInput: RecordReReviewInput;
  RecordReferralConsentInput: RecordReferralConsentInput;
  RecordServiceInput: RecordServiceInput;
  RecordStaffTrainingInput: RecordStaffTrainingInput;
  ReferForRelapseInput: ReferForRelapseInput;
  ReferOutInput: ReferOutInput;
  Referral: ReferralRecord;
  ReferralConnection: Omit<ReferralConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ReferralEdge']>, nodes: Array<ResolversParentTypes['Referral']> };
  ReferralEdge: Omit<ReferralEdge, 'node'> & { node: ResolversParentTypes['Referral'] };
  ReferralFilter: ReferralFilter;
  ReferralPayload: Omit<ReferralPayload, 'referral'> & { referral: ResolversParentTypes['Referral'] };
  ReferralTransition: TransitionRecord;
  ReferralUploadReceipt: ReferralUploadReceipt;
  Region: Division;
  RegistryDischargeReceipt: RegistryDischargeReceipt;
  RegistryStatus: RegistryStatus;
  RegistryStatusReceipt: RegistryStatusReceipt;
  RehabAssessment: AssessmentRecord;
  RehabIndicators: IndicatorsRef;
  Float: Scalars['Float']['output'];
  RehabInstitution: InstitutionRecord;
  RehabInstitutionConnection: Omit<RehabInstitutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RehabInstitutionEdge']>, nodes: Array<ResolversParentTypes['RehabInstitution']> };
  RehabInstitutionEdge: Omit<RehabInstitutionEdge, 'node'> & { node: ResolversParentTypes['RehabInstitution'] };
  RequestTransferInput: RequestTransferInput;
  ResumeServiceInput: ResumeServiceInput;
  ReviewReferralInput: ReviewReferralInput;
  RevokeReferralConsentInput: RevokeReferralConsentInput;
  ServiceAgreement: ServiceAgreementRecord;
  ServicePrice: ServicePrice;
  ServicePriceInput: ServicePriceInput;
  ServiceRecord: DeliveredServiceRecord;
  ServiceRecordConnection: Omit<ServiceRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceRecordEdge']>, nodes: Array<ResolversParentTypes['ServiceRecord']> };
  ServiceRecordEdge: Omit<ServiceRecordEdge, 'node'> & { node: ResolversParentTypes['ServiceRecord'] };
  SetInstitutionCapacityInput: SetInstitutionCapacityInput;
  SignServiceAgreementInput: SignServiceAgreementInput;
  SocialWorker: SocialWorkerRecord;
  SocialWorkerConnection: Omit<SocialWorkerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SocialWorkerEdge']>, nodes: Array<ResolversParentTypes['SocialWorker']> };
  SocialWorkerEdge: Omit<SocialWorkerEdge, 'node'> & { node: ResolversParentTypes['SocialWorker'] };
  SubmitReferralInput: SubmitReferralInput;
  TransitionInput: TransitionInput;
};

export type AuditEntryResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export type AuditTrailResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['AuditTrail'] = ResolversParentTypes['AuditTrail'], FederationReferenceType extends FederationReferenceTypes['AuditTrail'] = FederationReferenceTypes['AuditTrail']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditTrail']> | FederationReferenceType, FederationReferenceType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  welfareEntries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
};

export type BenefitResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Benefit'] = ResolversParentTypes['Benefit']> = {
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BenefitKind'], ParentType, ContextType>;
  monthlyAmountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type BenefitPayloadResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['BenefitPayload'] = ResolversParentTypes['BenefitPayload']> = {
  benefit?: Resolver<ResolversTypes['Benefit'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export interface CitizenIdScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CitizenId'], any> {
  name: 'CitizenId';
}

export type ConsentResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedBy?: Resolver<ResolversTypes['ConsentGrantor'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ConsentScope'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadlineResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Deadline'] = ResolversParentTypes['Deadline']> = {
  calendarCovered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EmploymentHandoffResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['EmploymentHandoff'] = ResolversParentTypes['EmploymentHandoff']> = {
  ableToWork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  countyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handedOverAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needsSupport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ReferralOutcome'], ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  referralId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HandoffStatus'], ParentType, ContextType>;
  willingToWork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type InstitutionStaffResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['InstitutionStaff'] = ResolversParentTypes['InstitutionStaff']> = {
  directService?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  qualified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StaffRole'], ParentType, ContextType>;
  trainingHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<InstitutionStaffTrainingHoursArgs, 'year'>>;
};

export type JourneyEventResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['JourneyEvent'] = ResolversParentTypes['JourneyEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptReferral?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationAcceptReferralArgs, 'input'>>;
  acknowledgeReferralReceipt?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationAcknowledgeReferralReceiptArgs, 'input'>>;
  addInstitutionStaff?: Resolver<ResolversTypes['RehabInstitution'], ParentType, ContextType, RequireFields<MutationAddInstitutionStaffArgs, 'input'>>;
  addSocialWorker?: Resolver<ResolversTypes['SocialWorker'], ParentType, ContextType, RequireFields<MutationAddSocialWorkerArgs, 'input'>>;
  answerEmploymentHandoff?: Resolver<ResolversTypes['EmploymentHandoff'], ParentType, ContextType, RequireFields<MutationAnswerEmploymentHandoffArgs, 'input'>>;
  assessReferral?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationAssessReferralArgs, 'input'>>;
  closeReferral?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationCloseReferralArgs, 'input'>>;
  createRehabInstitution?: Resolver<ResolversTypes['RehabInstitution'], ParentType, ContextType, RequireFields<MutationCreateRehabInstitutionArgs, 'input'>>;
  declineReferral?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationDeclineReferralArgs, 'input'>>;
  dispatchReferral?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationDispatchReferralArgs, 'input'>>;
  endBenefit?: Resolver<ResolversTypes['BenefitPayload'], ParentType, ContextType, RequireFields<MutationEndBenefitArgs, 'input'>>;
  grantBenefit?: Resolver<ResolversTypes['BenefitPayload'], ParentType, ContextType, RequireFields<MutationGrantBenefitArgs, 'input'>>;
  receiveReferralUpload?: Resolver<ResolversTypes['ReferralUploadReceipt'], ParentType, ContextType, RequireFields<MutationReceiveReferralUploadArgs, 'input'>>;
  receiveRegistryDischarge?: Resolver<ResolversTypes['RegistryDischargeReceipt'], ParentType, ContextType, RequireFields<MutationReceiveRegistryDischargeArgs, 'input'>>;
  receiveRegistryStatus?: Resolver<ResolversTypes['RegistryStatusReceipt'], ParentType, ContextType, RequireFields<MutationReceiveRegistryStatusArgs, 'input'>>;
  recordPeriodicAssessment?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationRecordPeriodicAssessmentArgs, 'input'>>;
  recordReReview?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationRecordReReviewArgs, 'input'>>;
  recordReferralConsent?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationRecordReferralConsentArgs, 'input'>>;
  recordService?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationRecordServiceArgs, 'input'>>;
  recordStaffTraining?: Resolver<ResolversTypes['RehabInstitution'], ParentType, ContextType, RequireFields<MutationRecordStaffTrainingArgs, 'input'>>;
  referForRelapse?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationReferForRelapseArgs, 'input'>>;
  referOut?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationReferOutArgs, 'input'>>;
  requestTransfer?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationRequestTransferArgs, 'input'>>;
  resumeService?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationResumeServiceArgs, 'input'>>;
  reviewReferral?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationReviewReferralArgs, 'input'>>;
  revokeReferralConsent?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationRevokeReferralConsentArgs, 'input'>>;
  setInstitutionCapacity?: Resolver<ResolversTypes['RehabInstitution'], ParentType, ContextType, RequireFields<MutationSetInstitutionCapacityArgs, 'input'>>;
  signServiceAgreement?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationSignServiceAgreementArgs, 'input'>>;
  startService?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationStartServiceArgs, 'input'>>;
  submitReferral?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationSubmitReferralArgs, 'input'>>;
  waitlistReferral?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<MutationWaitlistReferralArgs, 'input'>>;
  withdrawReferralUpload?: Resolver<ResolversTypes['ReferralUploadReceipt'], ParentType, ContextType, RequireFields<MutationWithdrawReferralUploadArgs, 'uploadId'>>;
};

export type NextInLineResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['NextInLine'] = ResolversParentTypes['NextInLine']> = {
  countyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  benefits?: Resolver<Array<ResolversTypes['Benefit']>, ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  welfareJourney?: Resolver<Maybe<Array<ResolversTypes['JourneyEvent']>>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  nextInLine?: Resolver<ResolversTypes['NextInLine'], ParentType, ContextType, RequireFields<QueryNextInLineArgs, 'countyCode'>>;
  overdueAssessments?: Resolver<ResolversTypes['ReferralConnection'], ParentType, ContextType, RequireFields<QueryOverdueAssessmentsArgs, 'first' | 'regionCode'>>;
  overdueReferrals?: Resolver<ResolversTypes['ReferralConnection'], ParentType, ContextType, RequireFields<QueryOverdueReferralsArgs, 'deadline' | 'first' | 'regionCode'>>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType, RequireFields<QueryReferralArgs, 'id'>>;
  referrals?: Resolver<ResolversTypes['ReferralConnection'], ParentType, ContextType, RequireFields<QueryReferralsArgs, 'filter' | 'first'>>;
  referralsByCitizenId?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType, RequireFields<QueryReferralsByCitizenIdArgs, 'citizenId'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  rehabIndicatorSeries?: Resolver<Array<ResolversTypes['RehabIndicators']>, ParentType, ContextType, RequireFields<QueryRehabIndicatorSeriesArgs, 'from' | 'granularity' | 'regionCode' | 'to'>>;
  rehabIndicators?: Resolver<ResolversTypes['RehabIndicators'], ParentType, ContextType, RequireFields<QueryRehabIndicatorsArgs, 'regionCode' | 'year'>>;
  rehabInstitution?: Resolver<Maybe<ResolversTypes['RehabInstitution']>, ParentType, ContextType, RequireFields<QueryRehabInstitutionArgs, 'id'>>;
  rehabInstitutions?: Resolver<ResolversTypes['RehabInstitutionConnection'], ParentType, ContextType, RequireFields<QueryRehabInstitutionsArgs, 'first' | 'regionCode'>>;
  socialWorkers?: Resolver<ResolversTypes['SocialWorkerConnection'], ParentType, ContextType, RequireFields<QuerySocialWorkersArgs, 'first' | 'regionCode'>>;
  waitingList?: Resolver<ResolversTypes['ReferralConnection'], ParentType, ContextType, RequireFields<QueryWaitingListArgs, 'countyCode' | 'first'>>;
};

export type ReReviewResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ReReview'] = ResolversParentTypes['ReReview']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  circumstancesChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stillWilling?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReaderTrailResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ReaderTrail'] = ResolversParentTypes['ReaderTrail'], FederationReferenceType extends FederationReferenceTypes['ReaderTrail'] = FederationReferenceTypes['ReaderTrail']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReaderTrail']> | FederationReferenceType, FederationReferenceType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  welfareEntries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
};

export type ReferralResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral']> = {
  applicant?: Resolver<Maybe<ResolversTypes['ThirdPartyApplicant']>, ParentType, ContextType>;
  assessments?: Resolver<Array<ResolversTypes['RehabAssessment']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ReferralChannel'], ParentType, ContextType>;
  closeReason?: Resolver<Maybe<ResolversTypes['CloseReason']>, ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  dispatchDeadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  dispatchDueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dispatchOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  employmentHandoff?: Resolver<Maybe<ResolversTypes['EmploymentHandoff']>, ParentType, ContextType>;
  hasGuardian?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ReferralTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['RehabInstitution']>, ParentType, ContextType>;
  needsReReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ReferralOutcome']>, ParentType, ContextType>;
  periodicAssessmentDueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reReviews?: Resolver<Array<ResolversTypes['ReReview']>, ParentType, ContextType>;
  receivingInstitution?: Resolver<Maybe<ResolversTypes['RehabInstitution']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  registrationDeadline?: Resolver<ResolversTypes['Deadline'], ParentType, ContextType>;
  registrationDueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  registrationOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registryStatus?: Resolver<Maybe<ResolversTypes['RegistryStatus']>, ParentType, ContextType>;
  relapseDischargedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  serviceAgreement?: Resolver<Maybe<ResolversTypes['ServiceAgreement']>, ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceRecordConnection'], ParentType, ContextType, RequireFields<ReferralServicesArgs, 'first'>>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  waitingPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ReferralConnectionResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ReferralConnection'] = ResolversParentTypes['ReferralConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReferralEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ReferralEdgeResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ReferralEdge'] = ResolversParentTypes['ReferralEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Referral'], ParentType, ContextType>;
};

export type ReferralPayloadResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ReferralPayload'] = ResolversParentTypes['ReferralPayload']> = {
  referral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType>;
};

export type ReferralTransitionResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ReferralTransition'] = ResolversParentTypes['ReferralTransition']> = {
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ReferralStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
};

export type ReferralUploadReceiptResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ReferralUploadReceipt'] = ResolversParentTypes['ReferralUploadReceipt']> = {
  status?: Resolver<ResolversTypes['ReferralUploadReceiptStatus'], ParentType, ContextType>;
  uploadId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type RegistryDischargeReceiptResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['RegistryDischargeReceipt'] = ResolversParentTypes['RegistryDischargeReceipt']> = {
  casesMarked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dischargeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RegistryStatusResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['RegistryStatus'] = ResolversParentTypes['RegistryStatus']> = {
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistryManagementStatus'], ParentType, ContextType>;
};

export type RegistryStatusReceiptResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['RegistryStatusReceipt'] = ResolversParentTypes['RegistryStatusReceipt']> = {
  casesClosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RehabAssessmentResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['RehabAssessment'] = ResolversParentTypes['RehabAssessment']> = {
  ableToWork?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effect?: Resolver<Maybe<ResolversTypes['RehabEffect']>, ParentType, ContextType>;
  illnessStable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssessmentKind'], ParentType, ContextType>;
  recommendedForms?: Resolver<Array<ResolversTypes['ServiceForm']>, ParentType, ContextType>;
  selfCare?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  socialFunction?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  willingToWork?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type RehabIndicatorsResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['RehabIndicators'] = ResolversParentTypes['RehabIndicators'], FederationReferenceType extends FederationReferenceTypes['RehabIndicators'] = FederationReferenceTypes['RehabIndicators']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RehabIndicators']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assessmentsOnTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['RehabIndicators']>, ParentType, ContextType>;
  countiesCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countiesTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverageRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  coverageTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dispatchOnTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['PeriodGranularity'], ParentType, ContextType>;
  meanWaitingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredRecipients?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  registrationOnTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  staffTrainingComplianceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  standardizedRecipients?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  standardizedServiceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  standardizedServiceTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  waitingOver90Days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RehabInstitutionResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['RehabInstitution'] = ResolversParentTypes['RehabInstitution']> = {
  activeRecipients?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placesTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prices?: Resolver<Array<ResolversTypes['ServicePrice']>, ParentType, ContextType>;
  qualifiedStaffShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceForms?: Resolver<Array<ResolversTypes['ServiceForm']>, ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['InstitutionStaff']>, ParentType, ContextType>;
};

export type RehabInstitutionConnectionResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['RehabInstitutionConnection'] = ResolversParentTypes['RehabInstitutionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RehabInstitutionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RehabInstitution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RehabInstitutionEdgeResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['RehabInstitutionEdge'] = ResolversParentTypes['RehabInstitutionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RehabInstitution'], ParentType, ContextType>;
};

export type ServiceAgreementResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ServiceAgreement'] = ResolversParentTypes['ServiceAgreement']> = {
  serviceForms?: Resolver<Array<ResolversTypes['ServiceForm']>, ParentType, ContextType>;
  signedBy?: Resolver<ResolversTypes['ConsentGrantor'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ServicePriceResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ServicePrice'] = ResolversParentTypes['ServicePrice']> = {
  priceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceForm?: Resolver<ResolversTypes['ServiceForm'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['PriceUnit'], ParentType, ContextType>;
};

export type ServiceRecordResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ServiceRecord'] = ResolversParentTypes['ServiceRecord']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceForm?: Resolver<ResolversTypes['ServiceForm'], ParentType, ContextType>;
  staffId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ServiceRecordConnectionResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ServiceRecordConnection'] = ResolversParentTypes['ServiceRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceRecordEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ServiceRecordEdgeResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ServiceRecordEdge'] = ResolversParentTypes['ServiceRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceRecord'], ParentType, ContextType>;
};

export type SocialWorkerResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['SocialWorker'] = ResolversParentTypes['SocialWorker']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  qualified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SocialWorkerConnectionResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['SocialWorkerConnection'] = ResolversParentTypes['SocialWorkerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SocialWorkerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SocialWorker']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SocialWorkerEdgeResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['SocialWorkerEdge'] = ResolversParentTypes['SocialWorkerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SocialWorker'], ParentType, ContextType>;
};

export type Resolvers<ContextType = WelfareContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  Benefit?: BenefitResolvers<ContextType>;
  BenefitPayload?: BenefitPayloadResolvers<ContextType>;
  CitizenId?: GraphQLScalarType;
  Consent?: ConsentResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deadline?: DeadlineResolvers<ContextType>;
  EmploymentHandoff?: EmploymentHandoffResolvers<ContextType>;
  InstitutionStaff?: InstitutionStaffResolvers<ContextType>;
  JourneyEvent?: JourneyEventResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NextInLine?: NextInLineResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReReview?: ReReviewResolvers<ContextType>;
  ReaderTrail?: ReaderTrailResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralConnection?: ReferralConnectionResolvers<ContextType>;
  ReferralEdge?: ReferralEdgeResolvers<ContextType>;
  ReferralPayload?: ReferralPayloadResolvers<ContextType>;
  ReferralTransition?: ReferralTransitionResolvers<ContextType>;
  ReferralUploadReceipt?: ReferralUploadReceiptResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegistryDischargeReceipt?: RegistryDischargeReceiptResolvers<ContextType>;
  RegistryStatus?: RegistryStatusResolvers<ContextType>;
  RegistryStatusReceipt?: RegistryStatusReceiptResolvers<ContextType>;
  RehabAssessment?: RehabAssessmentResolvers<ContextType>;
  RehabIndicators?: RehabIndicatorsResolvers<ContextType>;
  RehabInstitution?: RehabInstitutionResolvers<ContextType>;
  RehabInstitutionConnection?: RehabInstitutionConnectionResolvers<ContextType>;
  RehabInstitutionEdge?: RehabInstitutionEdgeResolvers<ContextType>;
  ServiceAgreement?: ServiceAgreementResolvers<ContextType>;
  ServicePrice?: ServicePriceResolvers<ContextType>;
  ServiceRecord?: ServiceRecordResolvers<ContextType>;
  ServiceRecordConnection?: ServiceRecordConnectionResolvers<ContextType>;
  ServiceRecordEdge?: ServiceRecordEdgeResolvers<ContextType>;
  SocialWorker?: SocialWorkerResolvers<ContextType>;
  SocialWorkerConnection?: SocialWorkerConnectionResolvers<ContextType>;
  SocialWorkerEdge?: SocialWorkerEdgeResolvers<ContextType>;
};

