// What a new API schema would break for today's clients: GraphQL Inspector's breaking changes against the
// committed API schema, and the dashboard operations in schema/operations that would no longer validate.
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import {
  buildSchema,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  NoUnusedFragmentsRule,
  type OperationDefinitionNode,
  parse,
  Source,
  specifiedRules,
  validate,
} from 'graphql';
import { blocker, type CheckResult, type Finding, warning } from './check-report.js';
import { describePath, locatableSdl } from './schema-paths.js';

export const TITLE = 'subgraphCheck.title.breaking';

/** An SDL or operations file as read from disk; `file` names it in messages. */
export interface TextFile {
  file: string;
  text: string;
}

/** Diffs the committed API schema against the new one and validates every client operation against the new one. */
export async function checkBreakingChanges(committed: TextFile, newApiSchemaSdl: string, operationFiles: readonly TextFile[]): Promise<CheckResult> {
  const newSchema = buildSchema(newApiSchemaSdl);
  const findings = [...(await schemaChanges(committed, newSchema)), ...operationFiles.flatMap((file) => brokenOperations(file, newSchema))];
  const operations = operationFiles.reduce((sum, file) => sum + operationsIn(file).length, 0);
  return {
    title: TITLE,
    findings,
    summary: `no breaking change against ${committed.file}; ${operations} operation(s) in ${operationFiles.length} file(s) still validate`,
  };
}

/** Inspector's breaking changes as blockers and its dangerous ones as warnings, each located in the committed schema. */
export async function schemaChanges(committed: TextFile, newSchema: GraphQLSchema): Promise<Finding[]> {
  const changes = await diff(buildSchema(committed.text), newSchema);
  const located = locatableSdl(committed.file, committed.text);
  const findings: Finding[] = [];
  for (const change of changes) {
    const where = describePath(change.path ?? change.type, located);
    if (change.criticality.level === CriticalityLevel.Breaking) findings.push(blocker(change.message, where, fixFor(change)));
    if (change.criticality.level === CriticalityLevel.Dangerous) {
      findings.push(
        warning(
          `${change.message}${change.criticality.reason ? ` (${change.criticality.reason})` : ''}`,
          where,
          'make sure the dashboards and partners that use it are ready',
        ),
      );
    }
  }
  return findings;
}

function fixFor(change: Change): string {
  switch (change.type) {
    case 'FIELD_REMOVED':
    case 'TYPE_REMOVED':
    case 'ENUM_VALUE_REMOVED':
    case 'INPUT_FIELD_REMOVED':
    case 'FIELD_ARGUMENT_REMOVED':
    case 'UNION_MEMBER_REMOVED':
      return 'keep it: mark it @deprecated(reason: "...") first, and remove it only once no client uses it';
    case 'FIELD_ARGUMENT_ADDED':
    case 'INPUT_FIELD_ADDED':
      return 'make the new argument or input field optional (nullable or with a default)';
    default:
      return 'keep the shape clients use today; add a new field beside it instead of changing it';
  }
}

/** Operations and the fragments beside them in one file. */
function operationsIn(file: TextFile): { operation: OperationDefinitionNode; fragments: FragmentDefinitionNode[] }[] {
  const document = parseOperations(file);
  if (document instanceof GraphQLError) return [];
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  return document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION).map((operation) => ({ operation, fragments }));
}

function parseOperations(file: TextFile): DocumentNode | GraphQLError {
  try {
    return parse(new Source(file.text, file.file));
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
}

// Each operation is validated alone with the file's fragments, so a fragment another operation uses is not "unused".
const RULES = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);

/** One blocker per validation error of each operation in the file, naming the operation. */
export function brokenOperations(file: TextFile, schema: GraphQLSchema): Finding[] {
  const parsed = parseOperations(file);
  if (parsed instanceof GraphQLError) {
    const at = parsed.locations?.[0];
    return [
      warning(`cannot read the operations: ${parsed.message}`, at === undefined ? file.file : `${file.file}:${at.line}:${at.column}`, 'fix the operation file'),
    ];
  }
  const findings: Finding[] = [];
  for (const { operation, fragments } of operationsIn(file)) {
    const name = operation.name?.value ?? '(anonymous operation)';
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] as DefinitionNode[] };
    for (const error of validate(schema, document, RULES)) {
      const at = error.locations?.[0];
      findings.push(
        blocker(
          `operation ${name} would break: ${error.message}`,
          at === undefined ? file.file : `${file.file}:${at.line}:${at.column}`,
          `keep what ${name} uses, or change the operation together with its owners first`,
        ),
      );
    }
  }
  return findings;
}
