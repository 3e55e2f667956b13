import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../../shared/src/context.js';
import type { AuditEntryRecord } from '../../../shared/src/audit.js';
import type { CertificateRecord } from '../data/certificates.js';
import type { EmploymentProfileRecord, PlacementRecord, TrainingRecord } from '../data/employment-profiles.js';
import type { EmploymentContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  /** What the employment subgraph recorded about the person, newest first. */
  employmentEntries: Array<AuditEntry>;
  pid: Scalars['ID']['output'];
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
};

export type EmploymentProfile = {
  __typename?: 'EmploymentProfile';
  /** Placements, newest first. */
  placements: Array<Placement>;
  /** Derived from placements and trainings, never stored. */
  status: EmploymentStatus;
  /** Trainings, newest first. */
  trainings: Array<Training>;
};

export type EmploymentStatus =
  | 'EMPLOYED'
  | 'IN_SHELTERED_EMPLOYMENT'
  | 'IN_TRAINING'
  | 'NOT_SEEKING'
  | 'SEEKING';

export type Person = {
  __typename?: 'Person';
  /** Disability certificate (employment). Null when none, or issued outside the caller's region. */
  disabilityCertificate?: Maybe<DisabilityCertificate>;
  /** Employment services (employment) in the caller's region. Null when the person never used them. */
  employment?: Maybe<EmploymentProfile>;
  pid: Scalars['ID']['output'];
};

export type Placement = {
  __typename?: 'Placement';
  endedOn?: Maybe<Scalars['Date']['output']>;
  kind: PlacementKind;
  startedOn: Scalars['Date']['output'];
};

export type PlacementKind =
  | 'OPEN_EMPLOYMENT'
  | 'PUBLIC_WELFARE_POST'
  | 'SELF_EMPLOYMENT'
  | 'SHELTERED_EMPLOYMENT'
  | 'SUPPORTED_EMPLOYMENT';

export type Training = {
  __typename?: 'Training';
  completedOn?: Maybe<Scalars['Date']['output']>;
  course: Scalars['String']['output'];
  startedOn: Scalars['Date']['output'];
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
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisabilityCategory: DisabilityCategory;
  DisabilityCertificate: ResolverTypeWrapper<CertificateRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EmploymentProfile: ResolverTypeWrapper<EmploymentProfileRecord>;
  EmploymentStatus: EmploymentStatus;
  Person: ResolverTypeWrapper<PersonRef>;
  Placement: ResolverTypeWrapper<PlacementRecord>;
  PlacementKind: PlacementKind;
  Training: ResolverTypeWrapper<TrainingRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntryRecord;
  String: Scalars['String']['output'];
  AuditTrail: PersonRef;
  ID: Scalars['ID']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisabilityCertificate: CertificateRecord;
  Int: Scalars['Int']['output'];
  EmploymentProfile: EmploymentProfileRecord;
  Person: PersonRef;
  Placement: PlacementRecord;
  Training: TrainingRecord;
  Boolean: Scalars['Boolean']['output'];
};

export type AuditEntryResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
};

export type EmploymentProfileResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['EmploymentProfile'] = ResolversParentTypes['EmploymentProfile']> = {
  placements?: Resolver<Array<ResolversTypes['Placement']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmploymentStatus'], ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes['Training']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  disabilityCertificate?: Resolver<Maybe<ResolversTypes['DisabilityCertificate']>, ParentType, ContextType>;
  employment?: Resolver<Maybe<ResolversTypes['EmploymentProfile']>, ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PlacementResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['Placement'] = ResolversParentTypes['Placement']> = {
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlacementKind'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type TrainingResolvers<ContextType = EmploymentContext, ParentType extends ResolversParentTypes['Training'] = ResolversParentTypes['Training']> = {
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type Resolvers<ContextType = EmploymentContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisabilityCertificate?: DisabilityCertificateResolvers<ContextType>;
  EmploymentProfile?: EmploymentProfileResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Placement?: PlacementResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
};

