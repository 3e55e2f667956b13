import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../../shared/src/context.js';
import type { AuditEntryRecord } from '../../../shared/src/audit.js';
import type { ReferralRecord, TransitionRecord, ConsentRecord } from '../data/referrals.js';
import type { InstitutionRecord } from '../data/institutions.js';
import type { BenefitRecord } from '../data/benefits.js';
import type { Division } from '../../../shared/src/division.js';
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

export type CloseReason =
  | 'DECEASED'
  | 'HANDOFF_ACKNOWLEDGED'
  | 'LOST_TO_FOLLOW_UP'
  | 'NOT_SUITABLE'
  | 'RETURNED_TO_COMMUNITY'
  | 'WITHDRAWN';

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

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Person = {
  __typename?: 'Person';
  /** Social-assistance and disability benefits (welfare) in the caller's region, newest first. */
  benefits: Array<Benefit>;
  pid: Scalars['ID']['output'];
  /** Referrals on the national referral platform (welfare), newest first: those in the caller's region (institution staff: of their institution; employment officers: with an EMPLOYMENT_SHARING consent). */
  referrals: Array<Referral>;
};

export type Query = {
  __typename?: 'Query';
  /** One referral on the national referral platform (welfare). */
  referral?: Maybe<Referral>;
  /** Referrals on the platform (welfare), newest first by submission. Keyset pagination; stable order. */
  referrals: ReferralConnection;
  /** An administrative division by its GB/T 2260 code (welfare: civil affairs keeps the division list). */
  region?: Maybe<Region>;
  /** Community rehabilitation institutions (welfare) in a division, by id. */
  rehabInstitutions: RehabInstitutionConnection;
};


export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ReferralFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


export type QueryRehabInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['String']['input'];
};

export type Referral = {
  __typename?: 'Referral';
  channel: ReferralChannel;
  closeReason?: Maybe<CloseReason>;
  consents: Array<Consent>;
  /** Every transition, oldest first. */
  history: Array<ReferralTransition>;
  id: Scalars['ID']['output'];
  institution?: Maybe<RehabInstitution>;
  outcome?: Maybe<ReferralOutcome>;
  person: Person;
  /** County that the referral belongs to, GB/T 2260. */
  regionCode: Scalars['String']['output'];
  status: ReferralStatus;
  submittedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; every transition increments it. */
  version: Scalars['Int']['output'];
  /** Days from registration to intake, or to today while still waiting. */
  waitingDays?: Maybe<Scalars['Int']['output']>;
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

export type RehabInstitution = {
  __typename?: 'RehabInstitution';
  /** Cases the institution holds now (accepted, assessed, in service, or suspended by a relapse). */
  activeRecipients: Scalars['Int']['output'];
  capacity: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AuditTrail:
    ( { __typename: 'AuditTrail' }
    & GraphQLRecursivePick<FederationTypes['AuditTrail'], {"pid":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"pid":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditEntry: ResolverTypeWrapper<AuditEntryRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditTrail: ResolverTypeWrapper<PersonRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Benefit: ResolverTypeWrapper<BenefitRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BenefitKind: BenefitKind;
  CloseReason: CloseReason;
  Consent: ResolverTypeWrapper<ConsentRecord>;
  ConsentGrantor: ConsentGrantor;
  ConsentScope: ConsentScope;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Person: ResolverTypeWrapper<PersonRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Referral: ResolverTypeWrapper<ReferralRecord>;
  ReferralChannel: ReferralChannel;
  ReferralConnection: ResolverTypeWrapper<Omit<ReferralConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ReferralEdge']>, nodes: Array<ResolversTypes['Referral']> }>;
  ReferralEdge: ResolverTypeWrapper<Omit<ReferralEdge, 'node'> & { node: ResolversTypes['Referral'] }>;
  ReferralFilter: ReferralFilter;
  ReferralOutcome: ReferralOutcome;
  ReferralStatus: ReferralStatus;
  ReferralTransition: ResolverTypeWrapper<TransitionRecord>;
  Region: ResolverTypeWrapper<Division>;
  RegionLevel: RegionLevel;
  RehabInstitution: ResolverTypeWrapper<InstitutionRecord>;
  RehabInstitutionConnection: ResolverTypeWrapper<Omit<RehabInstitutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RehabInstitutionEdge']>, nodes: Array<ResolversTypes['RehabInstitution']> }>;
  RehabInstitutionEdge: ResolverTypeWrapper<Omit<RehabInstitutionEdge, 'node'> & { node: ResolversTypes['RehabInstitution'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntryRecord;
  String: Scalars['String']['output'];
  AuditTrail: PersonRef;
  ID: Scalars['ID']['output'];
  Benefit: BenefitRecord;
  Int: Scalars['Int']['output'];
  Consent: ConsentRecord;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Person: PersonRef;
  Query: Record<PropertyKey, never>;
  Referral: ReferralRecord;
  ReferralConnection: Omit<ReferralConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ReferralEdge']>, nodes: Array<ResolversParentTypes['Referral']> };
  ReferralEdge: Omit<ReferralEdge, 'node'> & { node: ResolversParentTypes['Referral'] };
  ReferralFilter: ReferralFilter;
  ReferralTransition: TransitionRecord;
  Region: Division;
  RehabInstitution: InstitutionRecord;
  RehabInstitutionConnection: Omit<RehabInstitutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RehabInstitutionEdge']>, nodes: Array<ResolversParentTypes['RehabInstitution']> };
  RehabInstitutionEdge: Omit<RehabInstitutionEdge, 'node'> & { node: ResolversParentTypes['RehabInstitution'] };
};

export type AuditEntryResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  kind?: Resolver<ResolversTypes['BenefitKind'], ParentType, ContextType>;
  monthlyAmountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

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

export type PageInfoResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  benefits?: Resolver<Array<ResolversTypes['Benefit']>, ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType, RequireFields<QueryReferralArgs, 'id'>>;
  referrals?: Resolver<ResolversTypes['ReferralConnection'], ParentType, ContextType, RequireFields<QueryReferralsArgs, 'filter' | 'first'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  rehabInstitutions?: Resolver<ResolversTypes['RehabInstitutionConnection'], ParentType, ContextType, RequireFields<QueryRehabInstitutionsArgs, 'first' | 'regionCode'>>;
};

export type ReferralResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral']> = {
  channel?: Resolver<ResolversTypes['ReferralChannel'], ParentType, ContextType>;
  closeReason?: Resolver<Maybe<ResolversTypes['CloseReason']>, ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ReferralTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['RehabInstitution']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ReferralOutcome']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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

export type ReferralTransitionResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['ReferralTransition'] = ResolversParentTypes['ReferralTransition']> = {
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ReferralStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type RehabInstitutionResolvers<ContextType = WelfareContext, ParentType extends ResolversParentTypes['RehabInstitution'] = ResolversParentTypes['RehabInstitution']> = {
  activeRecipients?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type Resolvers<ContextType = WelfareContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  Benefit?: BenefitResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralConnection?: ReferralConnectionResolvers<ContextType>;
  ReferralEdge?: ReferralEdgeResolvers<ContextType>;
  ReferralTransition?: ReferralTransitionResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RehabInstitution?: RehabInstitutionResolvers<ContextType>;
  RehabInstitutionConnection?: RehabInstitutionConnectionResolvers<ContextType>;
  RehabInstitutionEdge?: RehabInstitutionEdgeResolvers<ContextType>;
};

