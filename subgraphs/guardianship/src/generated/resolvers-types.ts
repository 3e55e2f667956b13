import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '#platform/graphql/context.js';
import type { AuditEntryRecord } from '#platform/audit/audit.js';
import type { ReaderRef } from '#platform/audit/audit-trail-resolvers.js';
import type { WardRecord } from '../data/wards.js';
import type { GuardianRecord } from '../data/guardians.js';
import type { AgreementRecord } from '../data/agreements.js';
import type { ReviewRecord } from '../data/reviews.js';
import type { PaymentRecord } from '../data/payments.js';
import type { IndicatorsRef } from '#platform/statistics/indicators.js';
import type { GuardianshipContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  /** What the guardianship subgraph recorded about the person, newest first. */
  guardianshipEntries: Array<AuditEntry>;
  pid: Scalars['ID']['output'];
};

export type DecideIncentivePaymentInput = {
  /** 8 to 128 letters, digits or . _ : -; a retry with the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pid: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

/** Why a person is a ward of the incentive; only this flag is kept, never the risk grade or the diagnosis. */
export type Eligibility =
  /** The health commission notified the person as risk grade 3 or above. */
  | 'HIGH_RISK'
  /** The person lives on the minimum living allowance or extreme-poverty support. */
  | 'LOW_INCOME';

export type EndGuardianInput = {
  /** Not before the guardianship began, nor in the future. */
  endedOn: Scalars['Date']['input'];
  guardianId: Scalars['ID']['input'];
  /** 8 to 128 letters, digits or . _ : -; a retry with the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type EnrolWardInput = {
  /** County-level GB/T 2260 code of the ward's residence. */
  countyCode: Scalars['String']['input'];
  eligibility: Eligibility;
  /** The day the person became eligible; not in the future. */
  eligibleSince: Scalars['Date']['input'];
  /** 8 to 128 letters, digits or . _ : -; a retry with the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pid: Scalars['ID']['input'];
};

export type Guardian = {
  __typename?: 'Guardian';
  endedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  relationship: GuardianRelationship;
  since: Scalars['Date']['output'];
};

export type GuardianRelationship =
  | 'CHILD'
  | 'OTHER'
  | 'OTHER_RELATIVE'
  | 'PARENT'
  | 'SIBLING'
  | 'SPOUSE'
  | 'VILLAGE_COMMITTEE';

/** A person's place in the guardianship incentive (guardianship). */
export type Guardianship = {
  __typename?: 'Guardianship';
  /** The responsibility agreement in force now, if any. */
  agreementInForce?: Maybe<ResponsibilityAgreement>;
  /** Responsibility agreements, newest first. */
  agreements: Array<ResponsibilityAgreement>;
  eligibility: Eligibility;
  eligibleSince: Scalars['Date']['output'];
  /** Guardians, earliest first. Names and IDs are kept by the committee's payment system, not here. */
  guardians: Array<Guardian>;
  /** Yearly incentive decisions, newest first. */
  payments: Array<IncentivePayment>;
  /** County of residence, GB/T 2260. */
  regionCode: Scalars['String']['output'];
  /** Quarterly community reviews, newest first; of one year when given. */
  reviews: Array<QuarterlyReview>;
};


/** A person's place in the guardianship incentive (guardianship). */
export type GuardianshipReviewsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type IncentivePayment = {
  __typename?: 'IncentivePayment';
  /** The yearly amount when PAID, 0 when WITHHELD. */
  amountYuan: Scalars['Int']['output'];
  decidedOn: Scalars['Date']['output'];
  /** The guardian of the agreement in force during the year. */
  guardianId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  status: PaymentStatus;
  withheldReason?: Maybe<WithheldReason>;
  year: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Decides a ward's incentive for a year: it needs an agreement in force during the year and the year's four reviews; an incident withholds it (INCIDENT), else a quarter NOT_FULFILLED does (DUTIES_NOT_FULFILLED), else it is PAID. Decided once per year (ALREADY_EXISTS). */
  decideIncentivePayment: IncentivePayment;
  /** Ends a guardianship on a day. A guardian whose responsibility agreement is in force cannot end before the agreement is terminated. */
  endGuardian: Guardian;
  /** Enrols a person as a ward of the guardianship incentive, in a county of the caller's region. A person is enrolled once (ALREADY_EXISTS). */
  enrolWard: Guardianship;
  /** Records the community review of a ward's quarter, after the quarter has ended. One review per quarter (ALREADY_EXISTS). */
  recordQuarterlyReview: QuarterlyReview;
  /** Registers a guardian of a ward. */
  registerGuardian: Guardian;
  /** Records a responsibility agreement (监护责任协议) signed by a current guardian of the ward. A ward has one agreement in force at a time (ALREADY_EXISTS). */
  signResponsibilityAgreement: ResponsibilityAgreement;
  /** Terminates an agreement in force on a day, for a reason. */
  terminateResponsibilityAgreement: ResponsibilityAgreement;
};


export type MutationDecideIncentivePaymentArgs = {
  input: DecideIncentivePaymentInput;
};


export type MutationEndGuardianArgs = {
  input: EndGuardianInput;
};


export type MutationEnrolWardArgs = {
  input: EnrolWardInput;
};


export type MutationRecordQuarterlyReviewArgs = {
  input: RecordQuarterlyReviewInput;
};


export type MutationRegisterGuardianArgs = {
  input: RegisterGuardianInput;
};


export type MutationSignResponsibilityAgreementArgs = {
  input: SignResponsibilityAgreementInput;
};


export type MutationTerminateResponsibilityAgreementArgs = {
  input: TerminateResponsibilityAgreementInput;
};

export type PaymentStatus =
  | 'PAID'
  | 'WITHHELD';

export type Person = {
  __typename?: 'Person';
  /** The person's guardianship incentive in the caller's region (guardianship). Null when the person is not a ward. */
  guardianship?: Maybe<Guardianship>;
  pid: Scalars['ID']['output'];
};

export type QuarterlyReview = {
  __typename?: 'QuarterlyReview';
  id: Scalars['ID']['output'];
  /** An incident causing harm (肇事肇祸) happened in the quarter. */
  incident: Scalars['Boolean']['output'];
  outcome: ReviewOutcome;
  quarter: Scalars['Int']['output'];
  reviewedOn: Scalars['Date']['output'];
  /** The role of the reviewer (a community social worker or a guardianship officer). */
  reviewerRole: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** What one reader (a token's subject) read, wrote and was refused across the agencies, newest first: for the data-protection officer. */
export type ReaderTrail = {
  __typename?: 'ReaderTrail';
  /** What the guardianship subgraph recorded of the reader, newest first (at most 1,000 rows). */
  guardianshipEntries: Array<AuditEntry>;
  subject: Scalars['String']['output'];
};

export type RecordQuarterlyReviewInput = {
  /** 8 to 128 letters, digits or . _ : -; a retry with the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Whether an incident causing harm (肇事肇祸) happened in the quarter. */
  incident: Scalars['Boolean']['input'];
  outcome: ReviewOutcome;
  pid: Scalars['ID']['input'];
  /** 1 to 4. */
  quarter: Scalars['Int']['input'];
  /** After the quarter's last day, and not in the future. */
  reviewedOn: Scalars['Date']['input'];
  year: Scalars['Int']['input'];
};

export type RegisterGuardianInput = {
  /** 8 to 128 letters, digits or . _ : -; a retry with the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pid: Scalars['ID']['input'];
  relationship: GuardianRelationship;
  /** The day the guardianship began; not in the future. */
  since: Scalars['Date']['input'];
};

/** Indicators of the community-rehabilitation action (DOMAIN.md §5) for a region and period (a year, quarter or month); the agencies join their figures on (regionCode, year, period). */
export type RehabIndicators = {
  __typename?: 'RehabIndicators';
  /** 监护责任协议签订率：签订监护责任协议数 ÷ 高风险对象数。Guardianship agreement rate: guardianshipAgreementsSigned ÷ guardianshipEligibleHighRisk. */
  guardianshipAgreementRate?: Maybe<Scalars['Float']['output']>;
  /** 签订监护责任协议数：其中统计期内监护责任协议有效者。Of these, wards with a guardian's responsibility agreement in force at some time in the period. */
  guardianshipAgreementsSigned?: Maybe<Scalars['Int']['output']>;
  /** 以奖代补高风险对象数：统计期末符合条件的高风险对象。HIGH_RISK wards eligible for the guardianship incentive by the period's end. */
  guardianshipEligibleHighRisk?: Maybe<Scalars['Int']['output']>;
  period: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** 监护责任协议: the guardian's undertaking, the condition of the incentive. */
export type ResponsibilityAgreement = {
  __typename?: 'ResponsibilityAgreement';
  guardianId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  signedOn: Scalars['Date']['output'];
  terminatedOn?: Maybe<Scalars['Date']['output']>;
  terminationReason?: Maybe<TerminationReason>;
};

export type ReviewOutcome =
  | 'DUTIES_FULFILLED'
  | 'NOT_FULFILLED'
  | 'PARTLY_FULFILLED';

export type SignResponsibilityAgreementInput = {
  /** A current guardian of this ward. */
  guardianId: Scalars['ID']['input'];
  /** 8 to 128 letters, digits or . _ : -; a retry with the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pid: Scalars['ID']['input'];
  /** Not before the guardianship began, nor before an earlier agreement's termination, nor in the future. */
  signedOn: Scalars['Date']['input'];
};

export type TerminateResponsibilityAgreementInput = {
  agreementId: Scalars['ID']['input'];
  /** 8 to 128 letters, digits or . _ : -; a retry with the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: TerminationReason;
  /** Not before the agreement was signed, nor in the future. */
  terminatedOn: Scalars['Date']['input'];
};

export type TerminationReason =
  | 'GUARDIAN_CHANGED'
  | 'GUARDIAN_UNABLE'
  | 'NO_LONGER_ELIGIBLE'
  | 'OTHER'
  | 'WARD_DECEASED'
  | 'WARD_MOVED_AWAY';

export type WithheldReason =
  /** A quarter's review found the duties not fulfilled. */
  | 'DUTIES_NOT_FULFILLED'
  /** An incident causing harm happened in the year. */
  | 'INCIDENT';



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
  AuditEntry: ResolverTypeWrapper<AuditEntryRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditTrail: ResolverTypeWrapper<PersonRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideIncentivePaymentInput: DecideIncentivePaymentInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Eligibility: Eligibility;
  EndGuardianInput: EndGuardianInput;
  EnrolWardInput: EnrolWardInput;
  Guardian: ResolverTypeWrapper<GuardianRecord>;
  GuardianRelationship: GuardianRelationship;
  Guardianship: ResolverTypeWrapper<WardRecord>;
  IncentivePayment: ResolverTypeWrapper<PaymentRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PaymentStatus: PaymentStatus;
  Person: ResolverTypeWrapper<PersonRef>;
  QuarterlyReview: ResolverTypeWrapper<ReviewRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ReaderTrail: ResolverTypeWrapper<ReaderRef>;
  RecordQuarterlyReviewInput: RecordQuarterlyReviewInput;
  RegisterGuardianInput: RegisterGuardianInput;
  RehabIndicators: ResolverTypeWrapper<IndicatorsRef>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ResponsibilityAgreement: ResolverTypeWrapper<AgreementRecord>;
  ReviewOutcome: ReviewOutcome;
  SignResponsibilityAgreementInput: SignResponsibilityAgreementInput;
  TerminateResponsibilityAgreementInput: TerminateResponsibilityAgreementInput;
  TerminationReason: TerminationReason;
  WithheldReason: WithheldReason;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntryRecord;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditTrail: PersonRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideIncentivePaymentInput: DecideIncentivePaymentInput;
  Int: Scalars['Int']['output'];
  EndGuardianInput: EndGuardianInput;
  EnrolWardInput: EnrolWardInput;
  Guardian: GuardianRecord;
  Guardianship: WardRecord;
  IncentivePayment: PaymentRecord;
  Mutation: Record<PropertyKey, never>;
  Person: PersonRef;
  QuarterlyReview: ReviewRecord;
  Boolean: Scalars['Boolean']['output'];
  ReaderTrail: ReaderRef;
  RecordQuarterlyReviewInput: RecordQuarterlyReviewInput;
  RegisterGuardianInput: RegisterGuardianInput;
  RehabIndicators: IndicatorsRef;
  Float: Scalars['Float']['output'];
  ResponsibilityAgreement: AgreementRecord;
  SignResponsibilityAgreementInput: SignResponsibilityAgreementInput;
  TerminateResponsibilityAgreementInput: TerminateResponsibilityAgreementInput;
};

export type AuditEntryResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export type AuditTrailResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['AuditTrail'] = ResolversParentTypes['AuditTrail'], FederationReferenceType extends FederationReferenceTypes['AuditTrail'] = FederationReferenceTypes['AuditTrail']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditTrail']> | FederationReferenceType, FederationReferenceType, ContextType>;
  guardianshipEntries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GuardianResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['Guardian'] = ResolversParentTypes['Guardian']> = {
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['GuardianRelationship'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type GuardianshipResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['Guardianship'] = ResolversParentTypes['Guardianship']> = {
  agreementInForce?: Resolver<Maybe<ResolversTypes['ResponsibilityAgreement']>, ParentType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['ResponsibilityAgreement']>, ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType>;
  eligibleSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  guardians?: Resolver<Array<ResolversTypes['Guardian']>, ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['IncentivePayment']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['QuarterlyReview']>, ParentType, ContextType, Partial<GuardianshipReviewsArgs>>;
};

export type IncentivePaymentResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['IncentivePayment'] = ResolversParentTypes['IncentivePayment']> = {
  amountYuan?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  guardianId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  withheldReason?: Resolver<Maybe<ResolversTypes['WithheldReason']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  decideIncentivePayment?: Resolver<ResolversTypes['IncentivePayment'], ParentType, ContextType, RequireFields<MutationDecideIncentivePaymentArgs, 'input'>>;
  endGuardian?: Resolver<ResolversTypes['Guardian'], ParentType, ContextType, RequireFields<MutationEndGuardianArgs, 'input'>>;
  enrolWard?: Resolver<ResolversTypes['Guardianship'], ParentType, ContextType, RequireFields<MutationEnrolWardArgs, 'input'>>;
  recordQuarterlyReview?: Resolver<ResolversTypes['QuarterlyReview'], ParentType, ContextType, RequireFields<MutationRecordQuarterlyReviewArgs, 'input'>>;
  registerGuardian?: Resolver<ResolversTypes['Guardian'], ParentType, ContextType, RequireFields<MutationRegisterGuardianArgs, 'input'>>;
  signResponsibilityAgreement?: Resolver<ResolversTypes['ResponsibilityAgreement'], ParentType, ContextType, RequireFields<MutationSignResponsibilityAgreementArgs, 'input'>>;
  terminateResponsibilityAgreement?: Resolver<ResolversTypes['ResponsibilityAgreement'], ParentType, ContextType, RequireFields<MutationTerminateResponsibilityAgreementArgs, 'input'>>;
};

export type PersonResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  guardianship?: Resolver<Maybe<ResolversTypes['Guardianship']>, ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QuarterlyReviewResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['QuarterlyReview'] = ResolversParentTypes['QuarterlyReview']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ReviewOutcome'], ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reviewerRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReaderTrailResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['ReaderTrail'] = ResolversParentTypes['ReaderTrail'], FederationReferenceType extends FederationReferenceTypes['ReaderTrail'] = FederationReferenceTypes['ReaderTrail']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReaderTrail']> | FederationReferenceType, FederationReferenceType, ContextType>;
  guardianshipEntries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RehabIndicatorsResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['RehabIndicators'] = ResolversParentTypes['RehabIndicators'], FederationReferenceType extends FederationReferenceTypes['RehabIndicators'] = FederationReferenceTypes['RehabIndicators']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RehabIndicators']> | FederationReferenceType, FederationReferenceType, ContextType>;
  guardianshipAgreementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  guardianshipAgreementsSigned?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  guardianshipEligibleHighRisk?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResponsibilityAgreementResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['ResponsibilityAgreement'] = ResolversParentTypes['ResponsibilityAgreement']> = {
  guardianId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  terminatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  terminationReason?: Resolver<Maybe<ResolversTypes['TerminationReason']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GuardianshipContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Guardian?: GuardianResolvers<ContextType>;
  Guardianship?: GuardianshipResolvers<ContextType>;
  IncentivePayment?: IncentivePaymentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  QuarterlyReview?: QuarterlyReviewResolvers<ContextType>;
  ReaderTrail?: ReaderTrailResolvers<ContextType>;
  RehabIndicators?: RehabIndicatorsResolvers<ContextType>;
  ResponsibilityAgreement?: ResponsibilityAgreementResolvers<ContextType>;
};

