import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRef } from '../../../shared/src/context.js';
import type { AuditEntryRecord } from '../../../shared/src/audit.js';
import type { EntryRecord } from '../data/entries.js';
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
  /** What the guardianship subgraph recorded about the person, newest first. */
  guardianshipAuditEntries: Array<AuditEntry>;
  pid: Scalars['ID']['output'];
};

/** One entry of the guardianship subgraph about a person. */
export type GuardianshipEntry = {
  __typename?: 'GuardianshipEntry';
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  recordedOn: Scalars['Date']['output'];
  /** The county where it was made. */
  regionCode: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records an entry about a person in a county of the caller's region. Retried with the same idempotencyKey, it returns the first result and writes nothing. */
  recordGuardianshipEntry: GuardianshipEntry;
};


export type MutationRecordGuardianshipEntryArgs = {
  input: RecordGuardianshipEntryInput;
};

export type Person = {
  __typename?: 'Person';
  /** The person's guardianship entries in the caller's region, newest first (guardianship). */
  guardianshipEntries?: Maybe<Array<GuardianshipEntry>>;
  pid: Scalars['ID']['output'];
};

export type RecordGuardianshipEntryInput = {
  /** County-level GB/T 2260 code where the entry was made. */
  countyCode: Scalars['String']['input'];
  /** 8 to 128 letters, digits or . _ : -; a retry with the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What happened, as a code in upper snake case, e.g. FIRST_CONTACT. */
  kind: Scalars['String']['input'];
  pid: Scalars['ID']['input'];
  /** The day it happened; not in the future. */
  recordedOn: Scalars['Date']['input'];
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
  GuardianshipEntry: ResolverTypeWrapper<EntryRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Person: ResolverTypeWrapper<PersonRef>;
  RecordGuardianshipEntryInput: RecordGuardianshipEntryInput;
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
  GuardianshipEntry: EntryRecord;
  Mutation: Record<PropertyKey, never>;
  Person: PersonRef;
  RecordGuardianshipEntryInput: RecordGuardianshipEntryInput;
  Boolean: Scalars['Boolean']['output'];
};

export type AuditEntryResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditTrailResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['AuditTrail'] = ResolversParentTypes['AuditTrail'], FederationReferenceType extends FederationReferenceTypes['AuditTrail'] = FederationReferenceTypes['AuditTrail']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditTrail']> | FederationReferenceType, FederationReferenceType, ContextType>;
  guardianshipAuditEntries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GuardianshipEntryResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['GuardianshipEntry'] = ResolversParentTypes['GuardianshipEntry']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  recordGuardianshipEntry?: Resolver<ResolversTypes['GuardianshipEntry'], ParentType, ContextType, RequireFields<MutationRecordGuardianshipEntryArgs, 'input'>>;
};

export type PersonResolvers<ContextType = GuardianshipContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  guardianshipEntries?: Resolver<Maybe<Array<ResolversTypes['GuardianshipEntry']>>, ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GuardianshipContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  GuardianshipEntry?: GuardianshipEntryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
};

