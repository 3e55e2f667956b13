// Enforces a subgraph's access policy (policy.ts) once, around the schema's resolvers and entity
// references; resolvers that must decide mid-way ask the request's `access` (RequestAccess).
import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { fieldsRead, pidsIn, type ReadAudit } from '#platform/audit/audit.js';
import { ErrorCode, graphError } from '#platform/graphql/errors.js';
import { t } from '#platform/i18n/request-language.js';
import type { Caller } from '#platform/identity/identity.js';
import {
  type Access,
  type Decision,
  decide,
  type Entry,
  entryOf,
  type FactSources,
  factsFor,
  grantsOf,
  isThrough,
  needsSubject,
  type PolicyTable,
  purposesOf,
  sourceNeeded,
  type Subject,
} from '#platform/access/policy.js';

/** A subgraph's policy with how to name the subject of each type's fields from a parent object (or an entity reference). */
/** The subjects of the entities every agency resolves: a person by pid, a region's indicators by region. */
export const SHARED_SUBJECTS = {
  Person: (person: { pid: string }): Subject => ({ pid: person.pid }),
  RehabIndicators: (ref: { regionCode: string }): Subject => ({ regionCode: ref.regionCode }),
};

export interface SubgraphPolicy {
  table: PolicyTable;
  subjects: Record<string, (parent: never) => Subject>;
  /** The facts the subgraph can look up (a rule needing another is refused at start-up). */
  sources: readonly (keyof FactSources)[];
}

/** Federation's own fields: `_entities` is governed per key type (`_entities.Person`), `_service` serves the SDL. */
const FEDERATION_FIELDS = new Set(['Query._entities', 'Query._service']);
const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

const forbidden = (role: string, coordinate: string) => graphError(ErrorCode.FORBIDDEN, `该角色不能读取此字段；the role ${role} may not read ${coordinate}`);

/** The key types whose references `_entities` resolves. */
export function entityTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && (t.astNode?.directives ?? []).some((d) => d.name.value === 'key'),
  );
}

/** Every coordinate the schema needs a policy entry for: its object fields and `_entities.<key type>`. */
export function coordinatesOf(schema: GraphQLSchema): string[] {
  const coordinates: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === '_Service') continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (!FEDERATION_FIELDS.has(coordinate)) coordinates.push(coordinate);
    }
  }
  for (const type of entityTypes(schema)) coordinates.push(`_entities.${type.name}`);
  return coordinates;
}

/**
 * What is wrong with a policy for a schema: a coordinate without an entry, an entry for no
 * coordinate, an `as` to nowhere, a scope rule the subgraph has no subject or fact for, or a
 * non-null field that could not answer "no data". Empty when the policy is complete.
 */
export function policyProblems(schema: GraphQLSchema, policy: SubgraphPolicy): string[] {
  const problems: string[] = [];
  const coordinates = coordinatesOf(schema);
  const known = new Set(coordinates);
  const types = new Set(coordinates.map((c) => c.split('.')[0]));
  for (const coordinate of coordinates) {
    if (!entryOf(policy.table, coordinate)) {
      problems.push(`${coordinate} has no entry`);
      continue;
    }
    let grants: ReturnType<typeof grantsOf>;
    try {
      grants = grantsOf(policy.table, coordinate);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    const [typeName, fieldName] = coordinate.split('.') as [string, string];
    for (const [role, access] of Object.entries(grants.grants) as [string, Access][]) {
      // Decided around the field (not by a query's SQL, nor in a root's resolver): its subject and facts must be at hand.
      if (grants.decidedAt !== coordinate || !needsSubject(access) || access.appliedBy === 'query' || ROOTS.has(typeName)) continue;
      for (const rule of access.scope) {
        const source = sourceNeeded(rule);
        if (source && !policy.sources.includes(source)) problems.push(`${coordinate} (${role}) needs the fact ${source}, which this subgraph does not look up`);
      }
      const subjectType = typeName === '_entities' ? fieldName : typeName;
      if (!policy.subjects[subjectType]) problems.push(`${coordinate} (${role}) has a scope rule but ${subjectType} names no subject`);
      if (typeName !== '_entities') {
        const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName]!;
        if (isNonNullType(field.type))
          problems.push(`${coordinate} (${role}) is non-null, so it cannot answer as if there were no data: scope it at a nullable parent`);
      }
    }
  }
  for (const coordinate of Object.keys(policy.table.rules)) {
    const [typeName, fieldName] = coordinate.split('.');
    if (fieldName === '*' ? !types.has(typeName) : !known.has(coordinate)) problems.push(`${coordinate} is in the policy but not in the schema`);
  }
  for (const entry of Object.values(policy.table.rules) as Entry[]) {
    if (isThrough(entry) && !entryOf(policy.table, entry.as)) problems.push(`an entry refers to ${entry.as}, which has none`);
  }
  return problems;
}

/** One request's view of the policy: decisions, with refusals audited. */
export class RequestAccess {
  constructor(
    private readonly policy: SubgraphPolicy,
    private readonly caller: Caller,
    private readonly sources: FactSources,
    private readonly audit: ReadAudit,
  ) {}

  /** The caller's access to a coordinate, or null when the role (or its purpose) may never read it. */
  accessTo(coordinate: string): Access | null {
    const access = grantsOf(this.policy.table, coordinate).grants[this.caller.role];
    return access && purposesOf(this.caller.role, access).includes(this.caller.purpose) ? access : null;
  }

  /** The decision about one subject (null: no subject, only role, purpose and public rules count); refusals about a person are audited. */
  async decide(coordinate: string, subject: Subject | null, options: { audit?: boolean } = {}): Promise<Decision> {
    const access = this.accessTo(coordinate);
    const facts = access && subject && needsSubject(access) ? await factsFor(this.sources, this.caller, access, subject) : null;
    const decision = decide(this.policy.table, coordinate, this.caller, facts);
    if (decision !== 'allow' && subject?.pid && options.audit !== false) this.audit.refuse(subject.pid, coordinate);
    return decision;
  }

  /** True when the caller may read the coordinate about this subject; false when not about this one; FORBIDDEN when never. */
  async allows(coordinate: string, subject: Subject | null): Promise<boolean> {
    const decision = await this.decide(coordinate, subject);
    if (decision === 'forbidden') throw forbidden(this.caller.role, coordinate);
    return decision === 'allow';
  }

  /** As allows, but out of scope throws what a subject without data gets (`notFound`, by default NOT_FOUND). */
  async require(
    coordinate: string,
    subject: Subject | null,
    notFound = () => graphError(ErrorCode.NOT_FOUND, t('input.notFound', { what: t('thing.person') })),
  ): Promise<void> {
    if (!(await this.allows(coordinate, subject))) throw notFound();
  }
}

type Context = { caller: Caller; audit: ReadAudit; access: RequestAccess };
type ReferenceResolver = (reference: unknown, context: Context, info: unknown) => unknown;

/** What a field answers for "no data": an empty list, else null. */
const noData = (field: GraphQLField<unknown, unknown>): unknown => (isListType(getNullableType(field.type)) ? [] : null);

/**
 * Wraps every field and entity reference of the schema in the policy: a role (or purpose) not
 * granted gets FORBIDDEN; a granted one out of scope gets what a person without data gets.
 * Root fields check role and purpose here and scope in their resolver (through `ctx.access`).
 * Throws at start-up when the policy does not cover the schema.
 */
export function enforcePolicy(schema: GraphQLSchema, policy: SubgraphPolicy): GraphQLSchema {
  const problems = policyProblems(schema, policy);
  if (problems.length > 0) throw new Error(`the ${policy.table.subgraph} access policy is incomplete:\n  ${problems.join('\n  ')}`);
  for (const type of entityTypes(schema)) {
    const subgraph = (type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } }).apollo?.subgraph;
    const coordinate = `_entities.${type.name}`;
    const subjectOf = policy.subjects[type.name] as ((parent: unknown) => Subject) | undefined;
    const resolveReference: ReferenceResolver = subgraph?.resolveReference ?? ((reference) => reference);
    const guarded: ReferenceResolver = async (reference, context, info) => {
      const access = context.access.accessTo(coordinate);
      if (!access) throw forbidden(context.caller.role, coordinate);
      if (needsSubject(access) && !(await context.access.allows(coordinate, subjectOf!(reference)))) return null;
      return resolveReference(reference, context, info);
    };
    type.extensions = {
      ...type.extensions,
      apollo: { ...(type.extensions as { apollo?: object }).apollo, subgraph: { ...subgraph, resolveReference: guarded } },
    };
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === '_Service') continue;
    const subjectOf = policy.subjects[type.name] as ((parent: unknown) => Subject) | undefined;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (FEDERATION_FIELDS.has(coordinate)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const decidedHere = grantsOf(policy.table, coordinate).decidedAt === coordinate;
      const root = ROOTS.has(type.name);
      const keyOnly = getNamedType(field.type).name === 'Person';
      field.resolve = async (parent, args, context: Context, info) => {
        const access = context.access.accessTo(coordinate);
        if (!access) {
          const pid = (parent as { pid?: unknown } | null)?.pid;
          if (typeof pid === 'string') context.audit.refuse(pid, coordinate);
          throw forbidden(context.caller.role, coordinate);
        }
        if (!decidedHere || !needsSubject(access)) return resolve(parent, args, context, info);
        // Scoped around the field, unless a root's resolver or a query's SQL applies the scope itself.
        if (!root && access.appliedBy !== 'query' && !(await context.access.allows(coordinate, subjectOf!(parent as never)))) return noData(field);
        const result: unknown = await resolve(parent, args, context, info);
        // Scoped fields are the personal ones: every person they expose is audited, with the leaves read
        // (a field that answers only a person's key, `person(pid)`, leaves that to the person's fields).
        if (result !== null && result !== undefined && !keyOnly) {
          const fields = fieldsRead(coordinate, info.fieldNodes, info.fragments);
          for (const pid of pidsIn(parent, result)) context.audit.record(pid, ...fields);
        }
        return result;
      };
    }
  }
  return schema;
}
