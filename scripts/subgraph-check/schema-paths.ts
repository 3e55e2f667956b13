// Finds the line of a schema path (`Person`, `Person.registry`, `Query.patients.filter`, `Sex.M`) in an SDL document.
import {
  type ASTNode,
  type DocumentNode,
  type EnumValueDefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  Kind,
  parse,
  Source,
} from 'graphql';
import { locationOf } from './subgraph-sdl.js';

/** An SDL file parsed for locating paths in it; undefined document when it does not parse. */
export interface LocatableSdl {
  file: string;
  document: DocumentNode | undefined;
}

export function locatableSdl(file: string, sdl: string): LocatableSdl {
  try {
    return { file, document: parse(new Source(sdl, file)) };
  } catch {
    return { file, document: undefined };
  }
}

/** `file:line:column (path)` where the path is declared, or the bare path when it is not found. */
export function describePath(path: string, sdl: LocatableSdl): string {
  const node = sdl.document === undefined ? undefined : findPath(sdl.document, path);
  return node === undefined ? path : `${locationOf(node, sdl.file)} (${path})`;
}

/** The AST node a path names: a type, a field or enum value or input field, or a field's argument. */
export function findPath(document: DocumentNode, path: string): ASTNode | undefined {
  const [typeName, memberName, argumentName] = path.split('.');
  for (const definition of document.definitions) {
    if (!('name' in definition) || definition.name?.value !== typeName) continue;
    if (memberName === undefined) return definition;
    const member = membersOf(definition).find((node) => node.name.value === memberName);
    if (member === undefined) continue;
    if (argumentName === undefined) return member;
    const argument = member.kind === Kind.FIELD_DEFINITION ? member.arguments?.find((node) => node.name.value === argumentName) : undefined;
    return argument ?? member;
  }
  return undefined;
}

type Member = FieldDefinitionNode | InputValueDefinitionNode | EnumValueDefinitionNode;

function membersOf(definition: DocumentNode['definitions'][number]): Member[] {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_EXTENSION:
      return [...(definition.fields ?? [])];
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_EXTENSION:
      return [...(definition.values ?? [])];
    default:
      return [];
  }
}
