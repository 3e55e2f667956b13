// A subgraph SDL parsed with its file name, and the questions the checks ask of it: types, fields, federation directives.
import {
  type ASTNode,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  GraphQLError,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type InterfaceTypeDefinitionNode,
  type InterfaceTypeExtensionNode,
  parse,
  Source,
  type TypeNode,
} from 'graphql';
import { blocker, type Finding } from './check-report.js';

/** One subgraph's SDL; `file` is how messages name it (project-relative or as the user typed it). */
export interface SubgraphSdl {
  name: string;
  file: string;
  sdl: string;
  document: DocumentNode;
}

export type ParseOutcome = { ok: true; subgraph: SubgraphSdl } | { ok: false; finding: Finding };

/** Parses an SDL so that every node's location names `file`; a syntax error becomes a blocker at its line. */
export function parseSubgraphSdl(name: string, file: string, sdl: string): ParseOutcome {
  try {
    return { ok: true, subgraph: { name, file, sdl, document: parse(new Source(sdl, file)) } };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const where = error.locations?.[0];
    return {
      ok: false,
      finding: blocker(
        error.message,
        where === undefined ? file : `${file}:${where.line}:${where.column}`,
        'correct the SDL at that position (a missing brace, colon or closing quote is the usual cause)',
      ),
    };
  }
}

/** `file:line:column` of a node parsed by parseSubgraphSdl; a described node is located at its name, not its description. */
export function locationOf(node: ASTNode, file: string): string {
  const anchor = 'description' in node && node.description !== undefined && 'name' in node && node.name !== undefined ? node.name : node;
  const start = anchor.loc?.startToken;
  return start === undefined ? file : `${file}:${start.line}:${start.column}`;
}

export type CompositeTypeNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode | InterfaceTypeDefinitionNode | InterfaceTypeExtensionNode;

/** One field as a subgraph declares it, with the definition or extension it sits in. */
export interface DeclaredField {
  typeName: string;
  field: FieldDefinitionNode;
  parent: CompositeTypeNode;
}

/** An object or interface type as one subgraph declares it: every definition and extension merged. */
export interface DeclaredType {
  name: string;
  nodes: CompositeTypeNode[];
  fields: DeclaredField[];
  directives: ConstDirectiveNode[];
}

const COMPOSITE_KINDS: ReadonlySet<string> = new Set([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
]);

/** The object and interface types of a document, by name, definitions and extensions together. */
export function declaredTypes(document: DocumentNode): Map<string, DeclaredType> {
  const types = new Map<string, DeclaredType>();
  for (const definition of document.definitions) {
    if (!COMPOSITE_KINDS.has(definition.kind)) continue;
    const node = definition as CompositeTypeNode;
    const name = node.name.value;
    const type = types.get(name) ?? { name, nodes: [], fields: [], directives: [] };
    type.nodes.push(node);
    type.directives.push(...(node.directives ?? []));
    for (const field of node.fields ?? []) type.fields.push({ typeName: name, field, parent: node });
    types.set(name, type);
  }
  return types;
}

/** The named type under list and non-null wrappers: `[Referral!]!` → `Referral`. */
export function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

const FEDERATION_SPEC = /^https:\/\/specs\.apollo\.dev\/federation\/v(\d+)\.(\d+)\/?$/;

/** The federation @link of a document (`extend schema @link(url: ".../federation/v2.x")`), if any. */
export function federationLink(document: DocumentNode): { directive: ConstDirectiveNode; major: number; url: string } | undefined {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'link') continue;
      const url = stringArgument(directive, 'url');
      const match = url === undefined ? null : FEDERATION_SPEC.exec(url);
      if (url !== undefined && match !== null) return { directive, major: Number(match[1]), url };
    }
  }
  return undefined;
}

/**
 * The names a federation directive goes by in this document: its imported name (`@key`, or the `as`
 * of an aliased import) and its namespaced name (`@federation__key`, or `@<as>__key` for `@link(as:)`).
 */
export function federationDirectiveNames(document: DocumentNode, directive: string): Set<string> {
  const names = new Set<string>();
  const link = federationLink(document);
  if (link === undefined) {
    // Federation 1 has no @link: its directives go by their own names.
    names.add(directive);
    return names;
  }
  names.add(`${stringArgument(link.directive, 'as') ?? 'federation'}__${directive}`);
  const imports = link.directive.arguments?.find((argument) => argument.name.value === 'import')?.value;
  if (imports?.kind !== Kind.LIST) return names;
  for (const item of imports.values) {
    if (item.kind === Kind.STRING && item.value === `@${directive}`) names.add(directive);
    if (item.kind === Kind.OBJECT) {
      const field = (key: string) => item.fields.find((f) => f.name.value === key)?.value;
      const importedName = field('name');
      const alias = field('as');
      if (importedName?.kind === Kind.STRING && importedName.value === `@${directive}`) {
        names.add(alias?.kind === Kind.STRING ? alias.value.replace(/^@/, '') : directive);
      }
    }
  }
  return names;
}

/** A string argument of a directive, e.g. `fields` of @key. */
export function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/** Whether a directive list holds one of `names`. */
export function hasDirective(directives: readonly ConstDirectiveNode[] | undefined, names: ReadonlySet<string>): boolean {
  return (directives ?? []).some((directive) => names.has(directive.name.value));
}

/** The top-level field names of a @key's `fields` selection: `"regionCode year"` → regionCode, year; `"a { b }"` → a. */
export function keyFieldNames(fields: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const token of fields.replace(/[{}]/g, (brace) => ` ${brace} `).split(/[\s,]+/)) {
    if (token === '{') depth++;
    else if (token === '}') depth--;
    else if (token !== '' && depth === 0) names.push(token);
  }
  return names;
}

/** The @key directives of a declared type (in any of its definitions and extensions). */
export function keyDirectives(document: DocumentNode, type: DeclaredType): ConstDirectiveNode[] {
  const keyNames = federationDirectiveNames(document, 'key');
  return type.directives.filter((directive) => keyNames.has(directive.name.value));
}

/** Every top-level field name used in any @key of the type. */
export function keyFields(document: DocumentNode, type: DeclaredType): Set<string> {
  return new Set(keyDirectives(document, type).flatMap((directive) => keyFieldNames(stringArgument(directive, 'fields') ?? '')));
}

/** The root operation type names of a document: Query, Mutation, Subscription unless a schema block renames them. */
export function rootTypeNames(document: DocumentNode): Set<string> {
  const names = new Set(['Query', 'Mutation', 'Subscription']);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const operationType of definition.operationTypes ?? []) names.add(operationType.type.name.value);
  }
  return names;
}
