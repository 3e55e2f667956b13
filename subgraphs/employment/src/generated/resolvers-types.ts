import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../../shared/src/context.js';
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
  _FieldSet: { input: unknown; output: unknown; }
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
  Person: Person;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"pid":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DisabilityCategory: DisabilityCategory;
  DisabilityCertificate: ResolverTypeWrapper<CertificateRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EmploymentProfile: ResolverTypeWrapper<EmploymentProfileRecord>;
  EmploymentStatus: EmploymentStatus;
  Person: ResolverTypeWrapper<PersonRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Placement: ResolverTypeWrapper<PlacementRecord>;
  PlacementKind: PlacementKind;
  Training: ResolverTypeWrapper<TrainingRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  DisabilityCertificate: CertificateRecord;
  Int: Scalars['Int']['output'];
  EmploymentProfile: EmploymentProfileRecord;
  Person: PersonRef;
  ID: Scalars['ID']['output'];
  Placement: PlacementRecord;
  Training: TrainingRecord;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
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
  Date?: GraphQLScalarType;
  DisabilityCertificate?: DisabilityCertificateResolvers<ContextType>;
  EmploymentProfile?: EmploymentProfileResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Placement?: PlacementResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
};

