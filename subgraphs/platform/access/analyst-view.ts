// What analysts see (DOMAIN.md §6): aggregates only. Every field that holds or leads to data about
// one person answers FORBIDDEN to an ANALYST, whatever its resolver does, and the dates they
// still receive come to the month. Applied to the schema in one place, for every subgraph.
import {
  defaultFieldResolver,
  getNamedType,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { ErrorCode, graphError } from '#platform/graphql/errors.js';
import type { Caller } from '#platform/identity/identity.js';
import { t } from '#platform/i18n/request-language.js';

export const isAnalyst = (caller: Caller): boolean => caller.role === 'ANALYST';

/** The person entity: the master index every agency's personal data hangs from. */
const PERSON = 'Person';
/** Federation's own union of entities: `_entities` is guarded per entity type instead. */
const FEDERATION_TYPES = new Set(['_Entity', '_Service', '_Any']);

function composite(type: GraphQLNamedType): boolean {
  return isObjectType(type) || isInterfaceType(type) || isUnionType(type);
}

function typesUnder(type: GraphQLNamedType): GraphQLNamedType[] {
  if (isObjectType(type) || isInterfaceType(type)) return Object.values(type.getFields()).map((field) => getNamedType(field.type));
  if (isUnionType(type)) return [...type.getTypes()];
  return [];
}

/**
 * The object types that are person-level: Person; every type that leads to a Person (a referral,
 * a connection of patients, a write's payload); and every type reached only through a Person
 * (a registry record, its follow-ups, a guardianship). A type the root fields also reach without
 * passing a person (an institution, a region, the indicators) is not person-level.
 */
export function personLevelTypes(schema: GraphQLSchema): ReadonlySet<string> {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((t) => (t ? [t.name] : [])));
  const named = Object.values(schema.getTypeMap()).filter(
    (t) => composite(t) && !t.name.startsWith('__') && !roots.has(t.name) && !FEDERATION_TYPES.has(t.name),
  );
  const leadsToPerson = new Set(schema.getType(PERSON) ? [PERSON] : []);
  for (let grew = true; grew; ) {
    grew = false;
    for (const type of named) {
      if (!leadsToPerson.has(type.name) && typesUnder(type).some((t) => leadsToPerson.has(t.name))) {
        leadsToPerson.add(type.name);
        grew = true;
      }
    }
  }
  const reach = (from: GraphQLNamedType[]): Set<string> => {
    const seen = new Set<string>();
    const queue = [...from];
    while (queue.length > 0) {
      const type = queue.pop()!;
      if (seen.has(type.name) || leadsToPerson.has(type.name) || !composite(type) || FEDERATION_TYPES.has(type.name)) continue;
      seen.add(type.name);
      queue.push(...typesUnder(type));
    }
    return seen;
  };
  const rootTypes = [...roots].map((name) => schema.getType(name)!);
  const publiclyReached = reach(rootTypes.flatMap(typesUnder));
  const person = schema.getType(PERSON);
  const underPerson = person ? reach(typesUnder(person)) : new Set<string>();
  return new Set([...leadsToPerson, ...[...underPerson].filter((name) => !publiclyReached.has(name))]);
}

const refused = (coordinate: string) => graphError(ErrorCode.FORBIDDEN, t('access.analystAggregatesOnly', { coordinate }));

/** A date or timestamp cut to the first of its month. */
export function toMonth(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}/.test(value)) return `${value.slice(0, 7)}-01`;
  if (value instanceof Date) return new Date(`${value.toISOString().slice(0, 7)}-01T00:00:00+08:00`);
  return value;
}

type Context = { caller: Caller };
type ReferenceResolver = (reference: unknown, context: Context, info: unknown) => unknown;

/**
 * For analysts: a field of a person-level type, or one that returns a person-level type, is
 * FORBIDDEN (so no row can be listed or counted); so is an `_entities` reference to a
 * person-level entity. Every Date and DateTime field they can still read answers the month only.
 */
export function applyAnalystView(schema: GraphQLSchema): GraphQLSchema {
  const personLevel = personLevelTypes(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (personLevel.has(type.name)) {
      const subgraph = (type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } }).apollo?.subgraph;
      if (subgraph?.resolveReference) {
        const resolveReference = subgraph.resolveReference;
        subgraph.resolveReference = (reference, context, info) => {
          if (isAnalyst(context.caller)) throw refused(type.name);
          return resolveReference(reference, context, info);
        };
      }
    }
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type).name;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      if (personLevel.has(type.name) || personLevel.has(named)) {
        field.resolve = (parent, args, context: Context, info) => {
          if (isAnalyst(context.caller)) throw refused(coordinate);
          return resolve(parent, args, context, info);
        };
      } else if (named === 'Date' || named === 'DateTime') {
        field.resolve = async (parent, args, context: Context, info) => {
          const value = await resolve(parent, args, context, info);
          if (!isAnalyst(context.caller)) return value;
          return Array.isArray(value) ? value.map(toMonth) : toMonth(value);
        };
      }
    }
  }
  return schema;
}
