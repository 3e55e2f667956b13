import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../../shared/src/context.js';
import type { AuditEntryRecord } from '../../../shared/src/audit.js';
import type { PatientRecord } from '../data/patients.js';
import type { FollowUpRecord } from '../data/follow-ups.js';
import type { HospitalizationRecord } from '../data/hospitalizations.js';
import type { BreakGlassGrantRecord } from '../data/break-glass.js';
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

export type FollowUp = {
  __typename?: 'FollowUp';
  condition: FollowUpCondition;
  date: Scalars['Date']['output'];
  medicationAdherence: MedicationAdherence;
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

export type Hospitalization = {
  __typename?: 'Hospitalization';
  admittedOn: Scalars['Date']['output'];
  dischargedOn?: Maybe<Scalars['Date']['output']>;
  /** Discharge rehabilitation assessment: whether community rehabilitation is recommended. */
  recommendsCommunityRehab?: Maybe<Scalars['Boolean']['output']>;
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
  /** Break-glass: opens one registered person outside the clinician's region for a stated emergency (at least 10 characters), for 3 hours. */
  openBreakGlass: BreakGlassGrant;
  /** Registers a patient in the severe-mental-disorder registry. The citizen ID only derives the pid; the graph never returns it. */
  registerPatient: RegisterPatientPayload;
};


export type MutationOpenBreakGlassArgs = {
  pid: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRegisterPatientArgs = {
  input: RegisterPatientInput;
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
  /** Pseudonymous cross-agency linkage key. Never the national ID number. */
  pid: Scalars['ID']['output'];
  /** Registry record (registry). Null when the person is not registered or the caller may not see it: outside their region, or, for civil-affairs staff, without the patient's REFERRAL_UPLOAD consent. */
  registry?: Maybe<RegistryRecord>;
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

export type Query = {
  __typename?: 'Query';
  /** A person's audit trail in all three agencies (data-protection officer only). */
  auditTrail?: Maybe<AuditTrail>;
  /** Break-glass grants for the data-protection officer's review, newest first (at most 500). */
  breakGlassReviews: Array<BreakGlassGrant>;
  /** Registry patients (registry). Keyset pagination in pid order. */
  patients: PersonConnection;
  /** One person's cross-agency view, by pseudonymous linkage key. Null when unknown or not visible to the caller. The registry is the graph's master index of people. */
  person?: Maybe<Person>;
};


export type QueryAuditTrailArgs = {
  pid: Scalars['ID']['input'];
};


export type QueryBreakGlassReviewsArgs = {
  reviewed?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPatientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: PatientFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  pid: Scalars['ID']['input'];
};

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

export type RegistryRecord = {
  __typename?: 'RegistryRecord';
  diagnosis: Diagnosis;
  /** Follow-up visits, newest first. */
  followUps: FollowUpConnection;
  /** Hospitalisations, newest first. */
  hospitalizations: Array<Hospitalization>;
  managementStatus: ManagementStatus;
  /** County of residence, GB/T 2260. */
  regionCode: Scalars['String']['output'];
  registeredOn: Scalars['Date']['output'];
  /** Latest risk assessment grade, 0 (none) to 5 (most severe). */
  riskLevel: Scalars['Int']['output'];
};


export type RegistryRecordFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  BreakGlassGrant: ResolverTypeWrapper<BreakGlassGrantRecord>;
  CitizenId: ResolverTypeWrapper<Scalars['CitizenId']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Diagnosis: ResolverTypeWrapper<Diagnosis>;
  DiagnosisCategory: DiagnosisCategory;
  FollowUp: ResolverTypeWrapper<FollowUpRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FollowUpCondition: FollowUpCondition;
  FollowUpConnection: ResolverTypeWrapper<Omit<FollowUpConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['FollowUpEdge']>, nodes: Array<ResolversTypes['FollowUp']> }>;
  FollowUpEdge: ResolverTypeWrapper<Omit<FollowUpEdge, 'node'> & { node: ResolversTypes['FollowUp'] }>;
  Hospitalization: ResolverTypeWrapper<HospitalizationRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ManagementStatus: ManagementStatus;
  MedicationAdherence: MedicationAdherence;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PatientFilter: PatientFilter;
  Person: ResolverTypeWrapper<PersonRef>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PersonEdge']>, nodes: Array<ResolversTypes['Person']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterPatientInput: RegisterPatientInput;
  RegisterPatientPayload: ResolverTypeWrapper<Omit<RegisterPatientPayload, 'person'> & { person: ResolversTypes['Person'] }>;
  RegistryRecord: ResolverTypeWrapper<PatientRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntryRecord;
  String: Scalars['String']['output'];
  AuditTrail: PersonRef;
  ID: Scalars['ID']['output'];
  BreakGlassGrant: BreakGlassGrantRecord;
  CitizenId: Scalars['CitizenId']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Diagnosis: Diagnosis;
  FollowUp: FollowUpRecord;
  Int: Scalars['Int']['output'];
  FollowUpConnection: Omit<FollowUpConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['FollowUpEdge']>, nodes: Array<ResolversParentTypes['FollowUp']> };
  FollowUpEdge: Omit<FollowUpEdge, 'node'> & { node: ResolversParentTypes['FollowUp'] };
  Hospitalization: HospitalizationRecord;
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PatientFilter: PatientFilter;
  Person: PersonRef;
  PersonConnection: Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PersonEdge']>, nodes: Array<ResolversParentTypes['Person']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  Query: Record<PropertyKey, never>;
  RegisterPatientInput: RegisterPatientInput;
  RegisterPatientPayload: Omit<RegisterPatientPayload, 'person'> & { person: ResolversParentTypes['Person'] };
  RegistryRecord: PatientRecord;
};

export type AuditEntryResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type FollowUpResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = {
  condition?: Resolver<ResolversTypes['FollowUpCondition'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  medicationAdherence?: Resolver<ResolversTypes['MedicationAdherence'], ParentType, ContextType>;
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

export type HospitalizationResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Hospitalization'] = ResolversParentTypes['Hospitalization']> = {
  admittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dischargedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  recommendsCommunityRehab?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  openBreakGlass?: Resolver<ResolversTypes['BreakGlassGrant'], ParentType, ContextType, RequireFields<MutationOpenBreakGlassArgs, 'pid' | 'reason'>>;
  registerPatient?: Resolver<ResolversTypes['RegisterPatientPayload'], ParentType, ContextType, RequireFields<MutationRegisterPatientArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registry?: Resolver<Maybe<ResolversTypes['RegistryRecord']>, ParentType, ContextType>;
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
  patients?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPatientsArgs, 'filter' | 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'pid'>>;
};

export type RegisterPatientPayloadResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RegisterPatientPayload'] = ResolversParentTypes['RegisterPatientPayload']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type RegistryRecordResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RegistryRecord'] = ResolversParentTypes['RegistryRecord']> = {
  diagnosis?: Resolver<ResolversTypes['Diagnosis'], ParentType, ContextType>;
  followUps?: Resolver<ResolversTypes['FollowUpConnection'], ParentType, ContextType, RequireFields<RegistryRecordFollowUpsArgs, 'first'>>;
  hospitalizations?: Resolver<Array<ResolversTypes['Hospitalization']>, ParentType, ContextType>;
  managementStatus?: Resolver<ResolversTypes['ManagementStatus'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RegistryContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  BreakGlassGrant?: BreakGlassGrantResolvers<ContextType>;
  CitizenId?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Diagnosis?: DiagnosisResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  FollowUpConnection?: FollowUpConnectionResolvers<ContextType>;
  FollowUpEdge?: FollowUpEdgeResolvers<ContextType>;
  Hospitalization?: HospitalizationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterPatientPayload?: RegisterPatientPayloadResolvers<ContextType>;
  RegistryRecord?: RegistryRecordResolvers<ContextType>;
};

