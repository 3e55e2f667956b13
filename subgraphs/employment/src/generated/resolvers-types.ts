import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '#platform/graphql/context.js';
import type { AuditEntryRecord } from '#platform/audit/audit.js';
import type { ReaderRef } from '#platform/audit/audit-trail-resolvers.js';
import type { CertificateRecord } from '../data/certificates.js';
import type { EmploymentProfileRecord } from '../data/employment-profiles.js';
import type { EmploymentReferralRecord } from '../data/referrals.js';
import type { PlacementRecord } from '../data/placements.js';
import type { TrainingRecord, TrainingCourseRecord } from '../data/training.js';
import type { EmployerRecord } from '../data/employers.js';
import type { RecommendationRecord } from '../data/recommendations.js';
import type { IndicatorsRef } from '#platform/statistics/indicators.js';
import type { EmploymentContext } from '../context.js';
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

export type AnswerEmploymentReferralInput = {
  decision: EmploymentReferralDecision;
  /** Required to decline. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The referral's id (the platform's hand-off id). */
  referralId: Scalars['ID']['input'];
};

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
  /** What the employment subgraph recorded about the person, newest first. */
  employmentEntries: Array<AuditEntry>;
  pid: Scalars['ID']['output'];
};

export type CompleteTrainingInput = {
  completedOn: Scalars['Date']['input'];
  enrolmentId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTrainingCourseInput = {
  countyCode: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type DisabilityCategory =
  | 'HEARING'
  | 'INTELLECTUAL'
  | 'MENTAL'
  | 'MULTIPLE'
  | 'PHYSICAL'
  | 'SPEECH'
  | 'VISUAL';

export type DisabilityCertificate = {
  __typename?: 'DisabilityCertificate';
  category: DisabilityCategory;
  /** 1 (most severe) to 4. */
  grade: Scalars['Int']['output'];
  issuedOn: Scalars['Date']['output'];
  /** County of issue, GB/T 2260. */
  regionCode?: Maybe<Scalars['String']['output']>;
};

export type Employer = {
  __typename?: 'Employer';
  id: Scalars['ID']['output'];
  kind: EmployerKind;
  name: Scalars['String']['output'];
  /** County, GB/T 2260. */
  regionCode: Scalars['String']['output'];
};

export type EmployerConnection = {
  __typename?: 'EmployerConnection';
  edges: Array<EmployerEdge>;
  nodes: Array<Employer>;
  pageInfo: PageInfo;
};

export type EmployerEdge = {
  __typename?: 'EmployerEdge';
  cursor: Scalars['String']['output'];
  node: Employer;
};

export type EmployerKind =
  | 'COMPANY'
  | 'PUBLIC_INSTITUTION'
  | 'SHELTERED_WORKSHOP'
  | 'SOCIAL_ENTERPRISE';

export type EmploymentOutcome =
  | 'EMPLOYMENT'
  | 'SHELTERED_EMPLOYMENT';

/** Every employment write answers with the person, to read back what changed. */
export type EmploymentPayload = {
  __typename?: 'EmploymentPayload';
  person: Person;
};

export type EmploymentProfile = {
  __typename?: 'EmploymentProfile';
  /** Placements, newest first. */
  placements: Array<Placement>;
  /** Jobs recommended, newest first. */
  recommendations: Array<JobRecommendation>;
  /** Post-rehabilitation referrals from the platform, newest first. */
  referrals: Array<EmploymentReferral>;
  /** Derived from placements and trainings, never stored. */
  status: EmploymentStatus;
  /** Trainings, newest first. */
  trainings: Array<Training>;
};

/** A post-rehabilitation referral to employment from the platform: only the exit assessment's readiness flags (never diagnosis or risk grade). */
export type EmploymentReferral = {
  __typename?: 'EmploymentReferral';
  ableToWork: Scalars['Boolean']['output'];
  /** The platform has confirmed the answer. */
  answerDelivered: Scalars['Boolean']['output'];
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** County of residence, GB/T 2260. */
  countyCode: Scalars['String']['output'];
  declineReason?: Maybe<Scalars['String']['output']>;
  handedOverAt: Scalars['DateTime']['output'];
  /** The platform's hand-off id. */
  id: Scalars['ID']['output'];
  needsSupport: Scalars['Boolean']['output'];
  outcome: EmploymentOutcome;
  person: Person;
  /** Placements that followed this referral. */
  placements: Array<Placement>;
  receivedAt: Scalars['DateTime']['output'];
  status: EmploymentReferralStatus;
  willingToWork: Scalars['Boolean']['output'];
};

export type EmploymentReferralConnection = {
  __typename?: 'EmploymentReferralConnection';
  edges: Array<EmploymentReferralEdge>;
  nodes: Array<EmploymentReferral>;
  pageInfo: PageInfo;
};

export type EmploymentReferralDecision =
  | 'ACKNOWLEDGED'
  | 'DECLINED';

export type EmploymentReferralEdge = {
  __typename?: 'EmploymentReferralEdge';
  cursor: Scalars['String']['output'];
  node: EmploymentReferral;
};

export type EmploymentReferralStatus =
  | 'ACKNOWLEDGED'
  | 'DECLINED'
  /** Received from the platform, waiting for an officer's answer. */
  | 'RECEIVED';

export type EmploymentSharingRevocationReceipt = {
  __typename?: 'EmploymentSharingRevocationReceipt';
  revocationId: Scalars['ID']['output'];
};

export type EmploymentStatus =
  | 'EMPLOYED'
  | 'IN_SHELTERED_EMPLOYMENT'
  | 'IN_TRAINING'
  | 'NOT_SEEKING'
  | 'SEEKING';

export type EndPlacementInput = {
  endedOn: Scalars['Date']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  placementId: Scalars['ID']['input'];
};

export type EnrolInTrainingInput = {
  courseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pid: Scalars['ID']['input'];
  startedOn: Scalars['Date']['input'];
};

export type IssueCertificateInput = {
  /** County of issue, GB/T 2260. */
  countyCode: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  issuedOn: Scalars['Date']['input'];
  /** 20 characters: the 18-character citizen ID, the category digit and the grade digit. */
  number: Scalars['String']['input'];
  pid: Scalars['ID']['input'];
};

export type JobRecommendation = {
  __typename?: 'JobRecommendation';
  employer: Employer;
  position: Scalars['String']['output'];
  recommendedOn: Scalars['Date']['output'];
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
  /** An employment officer's answer to a post-rehabilitation referral: ACKNOWLEDGED (the platform then closes the case) or DECLINED with a reason (the case returns to service). The answer reaches the platform exactly once; answering again the same way changes nothing. */
  answerEmploymentReferral: EmploymentReferral;
  /** Records the completion of a training. */
  completeTraining: EmploymentPayload;
  /** Registers a vocational training course. */
  createTrainingCourse: TrainingCourse;
  /** Ends a placement on a day. */
  endPlacement: EmploymentPayload;
  /** Enrols a person in a course. */
  enrolInTraining: EmploymentPayload;
  /** Issues a disability certificate: the 20-character number is the citizen ID, the category digit (1-7; 6 is mental) and the grade digit (1-4). The number must belong to the person; it is kept only as a keyed digest. */
  issueCertificate: EmploymentPayload;
  /** A post-rehabilitation referral to employment, delivered by the platform's outbox relay (its service only): received once; the same hand-off again changes nothing. */
  receiveEmploymentHandoff: EmploymentReferral;
  /** That a case's EMPLOYMENT_SHARING consent was revoked on the platform, delivered by its outbox relay (its service only): the federation's access rules read it. The same revocation again changes nothing. */
  receiveEmploymentSharingRevocation: EmploymentSharingRevocationReceipt;
  /** Recommends a job at an employer to a person. */
  recommendJob: EmploymentPayload;
  /** Registers an employer. */
  registerEmployer: Employer;
  /** Starts a placement. It may not end before it starts, nor overlap another full-time placement; SUPPORTED_EMPLOYMENT needs a job coach. Link it to the person's acknowledged referral when it follows one. */
  startPlacement: EmploymentPayload;
};


export type MutationAnswerEmploymentReferralArgs = {
  input: AnswerEmploymentReferralInput;
};


export type MutationCompleteTrainingArgs = {
  input: CompleteTrainingInput;
};


export type MutationCreateTrainingCourseArgs = {
  input: CreateTrainingCourseInput;
};


export type MutationEndPlacementArgs = {
  input: EndPlacementInput;
};


export type MutationEnrolInTrainingArgs = {
  input: EnrolInTrainingInput;
};


export type MutationIssueCertificateArgs = {
  input: IssueCertificateInput;
};


export type MutationReceiveEmploymentHandoffArgs = {
  input: ReceiveEmploymentHandoffInput;
};


export type MutationReceiveEmploymentSharingRevocationArgs = {
  input: ReceiveEmploymentSharingRevocationInput;
};


export type MutationRecommendJobArgs = {
  input: RecommendJobInput;
};


export type MutationRegisterEmployerArgs = {
  input: RegisterEmployerInput;
};


export type MutationStartPlacementArgs = {
  input: StartPlacementInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Person = {
  __typename?: 'Person';
  /** Disability certificate (employment). Null when none, or issued outside the caller's region. */
  disabilityCertificate?: Maybe<DisabilityCertificate>;
  /** Employment services (employment) in the caller's region. Null when the person never used them; for social workers and platform officers, also null unless the platform handed the person over to the federation with an EMPLOYMENT_SHARING consent. */
  employment?: Maybe<EmploymentProfile>;
  /** The federation's events of the journey, as the certificate and profile fields show them to the caller; null for a role that sees neither. */
  employmentJourney?: Maybe<Array<JourneyEvent>>;
  pid: Scalars['ID']['output'];
};

export type Placement = {
  __typename?: 'Placement';
  employer?: Maybe<Employer>;
  endedOn?: Maybe<Scalars['Date']['output']>;
  fullTime: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  jobCoach?: Maybe<Scalars['String']['output']>;
  kind: PlacementKind;
  /** The referral this placement followed. */
  referralId?: Maybe<Scalars['ID']['output']>;
  /** County of the workplace, GB/T 2260. */
  regionCode: Scalars['String']['output'];
  startedOn: Scalars['Date']['output'];
};

export type PlacementConnection = {
  __typename?: 'PlacementConnection';
  edges: Array<PlacementEdge>;
  nodes: Array<Placement>;
  pageInfo: PageInfo;
};

export type PlacementEdge = {
  __typename?: 'PlacementEdge';
  cursor: Scalars['String']['output'];
  node: Placement;
};

export type PlacementKind =
  | 'OPEN_EMPLOYMENT'
  | 'PUBLIC_WELFARE_POST'
  | 'SELF_EMPLOYMENT'
  | 'SHELTERED_EMPLOYMENT'
  | 'SUPPORTED_EMPLOYMENT';

export type Query = {
  __typename?: 'Query';
  /** Employers of a region, by id. */
  employers: EmployerConnection;
  /** Post-rehabilitation referrals the platform handed to the federation in a region (any division level), oldest first; by default those waiting for an officer's answer. */
  employmentReferrals: EmploymentReferralConnection;
  /** Placements of a region that end within `withinDays` days (default 30), soonest first. */
  placementsEndingSoon: PlacementConnection;
  /** People of a region whose referral was acknowledged and who have no placement since, longest waiting first. */
  referredNotPlaced: EmploymentReferralConnection;
  /** Vocational training courses of a region, by id. */
  trainingCourses: TrainingCourseConnection;
};


export type QueryEmployersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['String']['input'];
};


export type QueryEmploymentReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['String']['input'];
  status?: InputMaybe<EmploymentReferralStatus>;
};


export type QueryPlacementsEndingSoonArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['String']['input'];
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReferredNotPlacedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['String']['input'];
};


export type QueryTrainingCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['String']['input'];
};

/** What one reader (a token's subject) read, wrote and was refused across the agencies, newest first: for the data-protection officer. */
export type ReaderTrail = {
  __typename?: 'ReaderTrail';
  /** What the employment subgraph recorded of the reader, newest first (at most 1,000 rows). */
  employmentEntries: Array<AuditEntry>;
  subject: Scalars['String']['output'];
};

/** A hand-off as the platform sends it: the exit assessment's readiness flags only. */
export type ReceiveEmploymentHandoffInput = {
  ableToWork: Scalars['Boolean']['input'];
  /** County of residence, GB/T 2260. */
  countyCode: Scalars['String']['input'];
  handedOverAt: Scalars['DateTime']['input'];
  /** The platform's hand-off id: receiving is idempotent on it. */
  handoffId: Scalars['ID']['input'];
  needsSupport: Scalars['Boolean']['input'];
  outcome: EmploymentOutcome;
  pid: Scalars['ID']['input'];
  referralId: Scalars['ID']['input'];
  willingToWork: Scalars['Boolean']['input'];
};

export type ReceiveEmploymentSharingRevocationInput = {
  pid: Scalars['ID']['input'];
  /** The platform's case whose consent was revoked. */
  referralId: Scalars['ID']['input'];
  /** The platform's id of the revocation: the delivery is idempotent on it. */
  revocationId: Scalars['ID']['input'];
  revokedAt: Scalars['DateTime']['input'];
};

export type RecommendJobInput = {
  employerId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pid: Scalars['ID']['input'];
  position: Scalars['String']['input'];
  recommendedOn: Scalars['Date']['input'];
};

export type RegisterEmployerInput = {
  countyCode: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: EmployerKind;
  name: Scalars['String']['input'];
};

/** Indicators of the community-rehabilitation action (DOMAIN.md §5) for a region and period (a year, quarter or month); the agencies join their figures on (regionCode, year, period). */
export type RehabIndicators = {
  __typename?: 'RehabIndicators';
  /** 康复后就业率：统计期内确认的就业转介中180天内实现就业的比例。Employment rate: employmentReferralsPlaced ÷ employmentReferralsAcknowledged. */
  employmentRate?: Maybe<Scalars['Float']['output']>;
  /** 就业转介确认数：统计期内残联确认的康复后就业及辅助性就业转介。Post-rehabilitation referrals to EMPLOYMENT or SHELTERED_EMPLOYMENT acknowledged by the federation in the period. */
  employmentReferralsAcknowledged?: Maybe<Scalars['Int']['output']>;
  /** 转介后就业数：其中确认后180天内开始就业安置者。Of these, referrals followed by a placement of the person starting within 180 days of the acknowledgement (while the window is open, those placed so far). */
  employmentReferralsPlaced?: Maybe<Scalars['Int']['output']>;
  period: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type StartPlacementInput = {
  /** County of the workplace, GB/T 2260. */
  countyCode: Scalars['String']['input'];
  /** Null for self-employment. */
  employerId?: InputMaybe<Scalars['ID']['input']>;
  /** Known end of a fixed-term placement. */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  fullTime: Scalars['Boolean']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Required for SUPPORTED_EMPLOYMENT. */
  jobCoach?: InputMaybe<Scalars['String']['input']>;
  kind: PlacementKind;
  pid: Scalars['ID']['input'];
  /** The acknowledged referral this placement follows. */
  referralId?: InputMaybe<Scalars['ID']['input']>;
  startedOn: Scalars['Date']['input'];
};

export type Training = {
  __typename?: 'Training';
  completedOn?: Maybe<Scalars['Date']['output']>;
  course: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  startedOn: Scalars['Date']['output'];
};

export type TrainingCourse = {
  __typename?: 'TrainingCourse';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** County, GB/T 2260. */
  regionCode: Scalars['String']['output'];
};

export type TrainingCourseConnection = {
  __typename?: 'TrainingCourseConnection';
  edges: Array<TrainingCourseEdge>;
  nodes: Array<TrainingCourse>;
  pageInfo: PageInfo;
};

export type TrainingCourseEdge = {
  __typename?: 'TrainingCourseEdge';
  cursor: Scalars['String']['output'];
  node: TrainingCourse;
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
  Agency: Agency;
  AnswerEmploymentReferralInput: AnswerEmploymentReferralInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecord>;
  AuditTrail: ResolverTypeWrapper<PersonRef>;
  CompleteTrainingInput: CompleteTrainingInput;
  CreateTrainingCourseInput: CreateTrainingCourseInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisabilityCategory: DisabilityCategory;
  DisabilityCertificate: ResolverTypeWrapper<CertificateRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Employer: ResolverTypeWrapper<EmployerRecord>;
  EmployerConnection: ResolverTypeWrapper<Omit<EmployerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EmployerEdge']>, nodes: Array<ResolversTypes['Employer']> }>;
  EmployerEdge: ResolverTypeWrapper<Omit<EmployerEdge, 'node'> & { node: ResolversTypes['Employer'] }>;
  EmployerKind: EmployerKind;
  EmploymentOutcome: EmploymentOutcome;
  EmploymentPayload: ResolverTypeWrapper<Omit<EmploymentPayload, 'person'> & { person: ResolversTypes['Person'] }>;
  EmploymentProfile: ResolverTypeWrapper<EmploymentProfileRecord>;
  EmploymentReferral: ResolverTypeWrapper<EmploymentReferralRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EmploymentReferralConnection: ResolverTypeWrapper<Omit<EmploymentReferralConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EmploymentReferralEdge']>, nodes: Array<ResolversTypes['EmploymentReferral']> }>;
  EmploymentReferralDecision: EmploymentReferralDecision;
  EmploymentReferralEdge: ResolverTypeWrapper<Omit<EmploymentReferralEdge, 'node'> & { node: ResolversTypes['EmploymentReferral'] }>;
  EmploymentReferralStatus: EmploymentReferralStatus;
  EmploymentSharingRevocationReceipt: ResolverTypeWrapper<EmploymentSharingRevocationReceipt>;
  EmploymentStatus: EmploymentStatus;
  EndPlacementInput: EndPlacementInput;
  EnrolInTrainingInput: EnrolInTrainingInput;
  IssueCertificateInput: IssueCertificateInput;
  JobRecommendation: ResolverTypeWrapper<RecommendationRecord>;
  JourneyEvent: ResolverTypeWrapper<JourneyEvent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonRef>;
  Placement: ResolverTypeWrapper<PlacementRecord>;
  PlacementConnection: ResolverTypeWrapper<Omit<PlacementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlacementEdge']>, nodes: Array<ResolversTypes['Placement']> }>;
  PlacementEdge: ResolverTypeWrapper<Omit<PlacementEdge, 'node'> & { node: ResolversTypes['Placement'] }>;
  PlacementKind: PlacementKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReaderTrail: ResolverTypeWrapper<ReaderRef>;
  ReceiveEmploymentHandoffInput: ReceiveEmploymentHandoffInput;
  ReceiveEmploymentSharingRevocationInput: ReceiveEmploymentSharingRevocationInput;
  RecommendJobInput: RecommendJobInput;
  RegisterEmployerInput: RegisterEmployerInput;
  RehabIndicators: ResolverTypeWrapper<IndicatorsRef>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  StartPlacementInput: StartPlacementInput;
  Training: ResolverTypeWrapper<TrainingRecord>;
  TrainingCourse: ResolverTypeWrapper<TrainingCourseRecord>;
  TrainingCourseConnection: ResolverTypeWrapper<Omit<TrainingCourseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TrainingCourseEdge']>, nodes: Array<ResolversTypes['TrainingCourse']> }>;
  TrainingCourseEdge: ResolverTypeWrapper<Omit<TrainingCourseEdge, 'node'> & { node: ResolversTypes['TrainingCourse'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnswerEmploymentReferralInput: AnswerEmploymentReferralInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditEntry: AuditEntryRecord;
  AuditTrail: PersonRef;
  CompleteTrainingInput: CompleteTrainingInput;
  CreateTrainingCourseInput: CreateTrainingCourseInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisabilityCertificate: CertificateRecord;
  Int: Scalars['Int']['output'];
  Employer: EmployerRecord;
  EmployerConnection: Omit<EmployerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EmployerEdge']>, nodes: Array<ResolversParentTypes['Employer']> };
  EmployerEdge: Omit<EmployerEdge, 'node'> & { node: ResolversParentTypes['Employer'] };
  EmploymentPayload: Omit<EmploymentPayload, 'person'> & { person: ResolversParentTypes['Person'] };
  EmploymentProfile: EmploymentProfileRecord;
  EmploymentReferral: EmploymentReferralRecord;
  Boolean: Scalars['Boolean']['output'];
  EmploymentReferralConnection: Omit<EmploymentReferralConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EmploymentReferralEdge']>, nodes: Array<ResolversParentTypes['EmploymentReferral']> };
  EmploymentReferralEdge: Omit<EmploymentReferralEdge, 'node'> & { node: ResolversParentTypes['EmploymentReferral'] };
  EmploymentSharingRevocationReceipt: EmploymentSharingRevocationReceipt;
  EndPlacementInput: EndPlacementInput;
  EnrolInTrainingInput: EnrolInTrainingInput;
  IssueCertificateInput: IssueCertificateInput;
  JobRecommendation: RecommendationRecord;
  JourneyEvent: JourneyEvent;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonRef;
  Placement: PlacementRecord;
  PlacementConnection: Omit<PlacementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlacementEdge']>, nodes: Array<ResolversParentTypes['Placement']> };
  PlacementEdge: Omit<PlacementEdge, 'node'> & { node: ResolversParentTypes['Placement'] };
  Query: Record<PropertyKey, never>;
  ReaderTrail: ReaderRef;
  ReceiveEmploymentHandoffInput: ReceiveEmploymentHandoffInput;
  ReceiveEmploymentSharingRevocationInput: ReceiveEmploymentSharingRevocationInput;
  RecommendJobInput: RecommendJobInput;
  RegisterEmployerInput: RegisterEmployerInput;
  RehabIndicators: IndicatorsRef;
  Float: Scalars['Float']['output'];
  StartPlacementInput: StartPlacementInput;
  Training: TrainingRecord;
  TrainingCourse: TrainingCourseRecord;
  TrainingCourseConnection: Omit<TrainingCourseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TrainingCourseEdge']>, nodes: Array<ResolversParentTypes['TrainingCourse']> };
  TrainingCourseEdge: Omit<TrainingCourseEdge, 'node'> & { node: ResolversParentTypes['TrainingCourse'] };
};

export type AuditEntryResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export type AuditTrailResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['AuditTrail'] = ResolversParentTypes['AuditTrail'], FederationReferenceType extends FederationReferenceTypes['AuditTrail'] = FederationReferenceTypes['AuditTrail']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditTrail']> | FederationReferenceType, FederationReferenceType, ContextType>;
  employmentEntries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisabilityCertificateResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['DisabilityCertificate'] = ResolversParentTypes['DisabilityCertificate']> = {
  category?: Resolver<ResolversTypes['DisabilityCategory'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EmployerResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['Employer'] = ResolversParentTypes['Employer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EmployerKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EmployerConnectionResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['EmployerConnection'] = ResolversParentTypes['EmployerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmployerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Employer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EmployerEdgeResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['EmployerEdge'] = ResolversParentTypes['EmployerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
};

export type EmploymentPayloadResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['EmploymentPayload'] = ResolversParentTypes['EmploymentPayload']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type EmploymentProfileResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['EmploymentProfile'] = ResolversParentTypes['EmploymentProfile']> = {
  placements?: Resolver<Array<ResolversTypes['Placement']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['JobRecommendation']>, ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['EmploymentReferral']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmploymentStatus'], ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes['Training']>, ParentType, ContextType>;
};

export type EmploymentReferralResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['EmploymentReferral'] = ResolversParentTypes['EmploymentReferral']> = {
  ableToWork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  answerDelivered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  countyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handedOverAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needsSupport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['EmploymentOutcome'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  placements?: Resolver<Array<ResolversTypes['Placement']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmploymentReferralStatus'], ParentType, ContextType>;
  willingToWork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EmploymentReferralConnectionResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['EmploymentReferralConnection'] = ResolversParentTypes['EmploymentReferralConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmploymentReferralEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EmploymentReferral']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EmploymentReferralEdgeResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['EmploymentReferralEdge'] = ResolversParentTypes['EmploymentReferralEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EmploymentReferral'], ParentType, ContextType>;
};

export type EmploymentSharingRevocationReceiptResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['EmploymentSharingRevocationReceipt'] = ResolversParentTypes['EmploymentSharingRevocationReceipt']> = {
  revocationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type JobRecommendationResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['JobRecommendation'] = ResolversParentTypes['JobRecommendation']> = {
  employer?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type JourneyEventResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['JourneyEvent'] = ResolversParentTypes['JourneyEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  answerEmploymentReferral?: Resolver<ResolversTypes['EmploymentReferral'], ParentType, ContextType, RequireFields<MutationAnswerEmploymentReferralArgs, 'input'>>;
  completeTraining?: Resolver<ResolversTypes['EmploymentPayload'], ParentType, ContextType, RequireFields<MutationCompleteTrainingArgs, 'input'>>;
  createTrainingCourse?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType, RequireFields<MutationCreateTrainingCourseArgs, 'input'>>;
  endPlacement?: Resolver<ResolversTypes['EmploymentPayload'], ParentType, ContextType, RequireFields<MutationEndPlacementArgs, 'input'>>;
  enrolInTraining?: Resolver<ResolversTypes['EmploymentPayload'], ParentType, ContextType, RequireFields<MutationEnrolInTrainingArgs, 'input'>>;
  issueCertificate?: Resolver<ResolversTypes['EmploymentPayload'], ParentType, ContextType, RequireFields<MutationIssueCertificateArgs, 'input'>>;
  receiveEmploymentHandoff?: Resolver<ResolversTypes['EmploymentReferral'], ParentType, ContextType, RequireFields<MutationReceiveEmploymentHandoffArgs, 'input'>>;
  receiveEmploymentSharingRevocation?: Resolver<ResolversTypes['EmploymentSharingRevocationReceipt'], ParentType, ContextType, RequireFields<MutationReceiveEmploymentSharingRevocationArgs, 'input'>>;
  recommendJob?: Resolver<ResolversTypes['EmploymentPayload'], ParentType, ContextType, RequireFields<MutationRecommendJobArgs, 'input'>>;
  registerEmployer?: Resolver<ResolversTypes['Employer'], ParentType, ContextType, RequireFields<MutationRegisterEmployerArgs, 'input'>>;
  startPlacement?: Resolver<ResolversTypes['EmploymentPayload'], ParentType, ContextType, RequireFields<MutationStartPlacementArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  disabilityCertificate?: Resolver<Maybe<ResolversTypes['DisabilityCertificate']>, ParentType, ContextType>;
  employment?: Resolver<Maybe<ResolversTypes['EmploymentProfile']>, ParentType, ContextType>;
  employmentJourney?: Resolver<Maybe<Array<ResolversTypes['JourneyEvent']>>, ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PlacementResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['Placement'] = ResolversParentTypes['Placement']> = {
  employer?: Resolver<Maybe<ResolversTypes['Employer']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fullTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobCoach?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlacementKind'], ParentType, ContextType>;
  referralId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PlacementConnectionResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['PlacementConnection'] = ResolversParentTypes['PlacementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlacementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Placement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PlacementEdgeResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['PlacementEdge'] = ResolversParentTypes['PlacementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Placement'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  employers?: Resolver<ResolversTypes['EmployerConnection'], ParentType, ContextType, RequireFields<QueryEmployersArgs, 'first' | 'regionCode'>>;
  employmentReferrals?: Resolver<ResolversTypes['EmploymentReferralConnection'], ParentType, ContextType, RequireFields<QueryEmploymentReferralsArgs, 'first' | 'regionCode' | 'status'>>;
  placementsEndingSoon?: Resolver<ResolversTypes['PlacementConnection'], ParentType, ContextType, RequireFields<QueryPlacementsEndingSoonArgs, 'first' | 'regionCode' | 'withinDays'>>;
  referredNotPlaced?: Resolver<ResolversTypes['EmploymentReferralConnection'], ParentType, ContextType, RequireFields<QueryReferredNotPlacedArgs, 'first' | 'regionCode'>>;
  trainingCourses?: Resolver<ResolversTypes['TrainingCourseConnection'], ParentType, ContextType, RequireFields<QueryTrainingCoursesArgs, 'first' | 'regionCode'>>;
};

export type ReaderTrailResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['ReaderTrail'] = ResolversParentTypes['ReaderTrail'], FederationReferenceType extends FederationReferenceTypes['ReaderTrail'] = FederationReferenceTypes['ReaderTrail']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReaderTrail']> | FederationReferenceType, FederationReferenceType, ContextType>;
  employmentEntries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RehabIndicatorsResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['RehabIndicators'] = ResolversParentTypes['RehabIndicators'], FederationReferenceType extends FederationReferenceTypes['RehabIndicators'] = FederationReferenceTypes['RehabIndicators']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RehabIndicators']> | FederationReferenceType, FederationReferenceType, ContextType>;
  employmentRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  employmentReferralsAcknowledged?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  employmentReferralsPlaced?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['Training'] = ResolversParentTypes['Training']> = {
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type TrainingCourseResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['TrainingCourse'] = ResolversParentTypes['TrainingCourse']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrainingCourseConnectionResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['TrainingCourseConnection'] = ResolversParentTypes['TrainingCourseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingCourseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TrainingCourse']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TrainingCourseEdgeResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['TrainingCourseEdge'] = ResolversParentTypes['TrainingCourseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType>;
};

export type Resolvers<ContextType = EmploymentContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisabilityCertificate?: DisabilityCertificateResolvers<ContextType>;
  Employer?: EmployerResolvers<ContextType>;
  EmployerConnection?: EmployerConnectionResolvers<ContextType>;
  EmployerEdge?: EmployerEdgeResolvers<ContextType>;
  EmploymentPayload?: EmploymentPayloadResolvers<ContextType>;
  EmploymentProfile?: EmploymentProfileResolvers<ContextType>;
  EmploymentReferral?: EmploymentReferralResolvers<ContextType>;
  EmploymentReferralConnection?: EmploymentReferralConnectionResolvers<ContextType>;
  EmploymentReferralEdge?: EmploymentReferralEdgeResolvers<ContextType>;
  EmploymentSharingRevocationReceipt?: EmploymentSharingRevocationReceiptResolvers<ContextType>;
  JobRecommendation?: JobRecommendationResolvers<ContextType>;
  JourneyEvent?: JourneyEventResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Placement?: PlacementResolvers<ContextType>;
  PlacementConnection?: PlacementConnectionResolvers<ContextType>;
  PlacementEdge?: PlacementEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReaderTrail?: ReaderTrailResolvers<ContextType>;
  RehabIndicators?: RehabIndicatorsResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
  TrainingCourse?: TrainingCourseResolvers<ContextType>;
  TrainingCourseConnection?: TrainingCourseConnectionResolvers<ContextType>;
  TrainingCourseEdge?: TrainingCourseEdgeResolvers<ContextType>;
};

