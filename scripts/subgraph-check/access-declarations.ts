// The access lint: every field where a caller can enter a subgraph's personal data declares who may read it.
import { Kind } from 'graphql';
import { blocker, type CheckResult, type Finding } from './check-report.js';
import {
  type DeclaredField,
  type DeclaredType,
  declaredTypes,
  federationDirectiveNames,
  hasDirective,
  keyDirectives,
  keyFields,
  locationOf,
  namedType,
  rootTypeNames,
  type SubgraphSdl,
} from './subgraph-sdl.js';

export const TITLE = 'subgraphCheck.title.access';

const PERSON = 'Person';
const ACCESS_DIRECTIVES = ['authenticated', 'requiresScopes', 'policy'] as const;

export const ACCESS_RULE =
  'rule: every Query, Mutation and Subscription field; every field added to Person except its key pid and @external fields; and every other non-key field of an entity (@key) that is keyed on pid or is linked to Person in either direction, carries @authenticated, @requiresScopes or @policy, on the field, its parent type or the type it returns. Types reached only through such a field inherit its declaration.';

export const WHY_IT_MATTERS =
  "why this matters: Person's fields are health and social data of people with severe mental disorders (sensitive personal information, PIPL art. 28; patient identity is confidential, Mental Health Law art. 4). Those fields are where a caller enters your subgraph, through the gateway or through _entities, without passing a field you already guard; the directive says who may read them, the supergraph documents it, and your subgraph must enforce it.";

/** Why a field counts as an entry point, for the message. */
type EntryKind = 'root' | 'person' | 'personal-entity';

/** Lints the fields `candidate` defines; `others` give the rest of the graph, to know which entities are linked to Person. */
export function checkAccessDeclarations(candidate: SubgraphSdl, others: readonly SubgraphSdl[]): CheckResult {
  const findings = undeclaredEntryFields(candidate, others).map(({ declared, kind }) => findingFor(declared, kind, candidate.file));
  return {
    title: TITLE,
    findings,
    summary: 'every root field and every Person or personal-entity field declares @authenticated, @requiresScopes or @policy',
    ...(findings.length > 0 ? { notes: [WHY_IT_MATTERS, ACCESS_RULE] } : {}),
  };
}

/** The entry fields of the candidate that carry no access directive, in file order. */
export function undeclaredEntryFields(candidate: SubgraphSdl, others: readonly SubgraphSdl[]): { declared: DeclaredField; kind: EntryKind }[] {
  const { document } = candidate;
  // The plain names count even when the @link does not import them: composition reports the missing import itself.
  const guards = new Set(ACCESS_DIRECTIVES.flatMap((name) => [name, ...federationDirectiveNames(document, name)]));
  const external = federationDirectiveNames(document, 'external');
  const types = declaredTypes(document);
  const guardedTypes = new Set([...types.values()].filter((type) => hasDirective(type.directives, guards)).map((type) => type.name));
  const roots = rootTypeNames(document);
  const linked = typesLinkedToPerson([candidate, ...others]);

  const entries: { declared: DeclaredField; kind: EntryKind }[] = [];
  for (const type of types.values()) {
    const kind = entryKindOf(type, roots, linked, candidate);
    if (kind === undefined) continue;
    const exempt = kind === 'root' ? new Set<string>() : keyFields(document, type);
    for (const declared of type.fields) {
      if (exempt.has(declared.field.name.value) || hasDirective(declared.field.directives, external)) continue;
      const guarded = hasDirective(declared.field.directives, guards) || guardedTypes.has(type.name) || guardedTypes.has(namedType(declared.field.type));
      if (!guarded) entries.push({ declared, kind });
    }
  }
  return entries.sort((a, b) => (a.declared.field.loc?.start ?? 0) - (b.declared.field.loc?.start ?? 0));
}

function entryKindOf(type: DeclaredType, roots: ReadonlySet<string>, linked: ReadonlySet<string>, candidate: SubgraphSdl): EntryKind | undefined {
  if (roots.has(type.name)) return 'root';
  if (type.name === PERSON) return 'person';
  if (keyDirectives(candidate.document, type).length === 0) return undefined;
  if (keyFields(candidate.document, type).has('pid') || linked.has(type.name)) return 'personal-entity';
  return undefined;
}

/**
 * Types linked to Person across all the subgraphs: reachable from Person's fields, or leading to Person
 * through their own (a Referral names its person). Root types are left out: they lead everywhere.
 */
export function typesLinkedToPerson(subgraphs: readonly SubgraphSdl[]): Set<string> {
  const edges = new Map<string, Set<string>>();
  const addEdge = (from: string, to: string) => {
    const targets = edges.get(from) ?? new Set<string>();
    targets.add(to);
    edges.set(from, targets);
  };
  const roots = new Set<string>();
  for (const subgraph of subgraphs) {
    for (const name of rootTypeNames(subgraph.document)) roots.add(name);
    for (const type of declaredTypes(subgraph.document).values()) {
      for (const declared of type.fields) addEdge(type.name, namedType(declared.field.type));
    }
    for (const definition of subgraph.document.definitions) {
      if (definition.kind !== Kind.UNION_TYPE_DEFINITION && definition.kind !== Kind.UNION_TYPE_EXTENSION) continue;
      for (const member of definition.types ?? []) addEdge(definition.name.value, member.name.value);
    }
  }
  const reverse = new Map<string, Set<string>>();
  for (const [from, targets] of edges) for (const to of targets) reverse.set(to, (reverse.get(to) ?? new Set()).add(from));
  const linked = new Set([...reach(PERSON, edges, roots), ...reach(PERSON, reverse, roots)]);
  linked.delete(PERSON);
  return linked;
}

function reach(start: string, edges: ReadonlyMap<string, ReadonlySet<string>>, excluded: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of edges.get(queue.pop()!) ?? []) {
      if (seen.has(next) || excluded.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

function findingFor(declared: DeclaredField, kind: EntryKind, file: string): Finding {
  const path = `${declared.typeName}.${declared.field.name.value}`;
  const missing = 'has no @authenticated, @requiresScopes or @policy';
  switch (kind) {
    case 'root':
      return blocker(
        `${path} ${missing}: any caller with a token could call it`,
        locationOf(declared.field, file),
        'add @requiresScopes(scopes: [["role:<ROLE>"], ...]) naming the roles that need it, or @authenticated for reference data any signed-in caller may read',
      );
    case 'person':
      return blocker(
        `${path} ${missing}: it is data about a patient`,
        locationOf(declared.field, file),
        'add @requiresScopes(scopes: [["role:<ROLE>"], ...]) for the roles whose purpose needs it, and @policy(policies: [["<policy>"]]) where consent or region decides',
      );
    case 'personal-entity':
      return blocker(
        `${path} ${missing}: ${declared.typeName} is linked to Person and _entities resolves it by key`,
        locationOf(declared.field, file),
        'add @requiresScopes(scopes: [["role:<ROLE>"], ...]) or @policy(policies: [["<policy>"]]) to the field, or one of them to the type',
      );
  }
}
