// Composes a candidate subgraph with today's subgraphs (replacing the one of the same name) and reports each error at its line.
import { composeServices } from '@apollo/composition';
import { type ASTNode, GraphQLError, parse, Source } from 'graphql';
import { CompositionError, composeSubgraphs, type SubgraphSource } from '../composition.js';
import { blocker, type CheckResult, type Finding, warning } from './check-report.js';
import { locationOf } from './subgraph-sdl.js';

export const TITLE = 'subgraphCheck.title.composition';

export interface CompositionOutcome {
  result: CheckResult;
  /** The API schema clients would see; undefined when composition fails. */
  apiSchemaSdl?: string;
}

/** Today's subgraphs with the candidate added, or in place of the subgraph of the same name. */
export function withCandidate(today: readonly SubgraphSource[], candidate: SubgraphSource): { sources: SubgraphSource[]; replaced?: SubgraphSource } {
  const replaced = today.find((source) => source.name === candidate.name);
  const sources = [...today.filter((source) => source.name !== candidate.name), candidate].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return replaced === undefined ? { sources } : { sources, replaced };
}

/** Composes with composition.ts, as `npm run compose` would; hints about the candidate become warnings. */
export function checkComposition(sources: readonly SubgraphSource[], candidateName: string): CompositionOutcome {
  try {
    const composed = composeSubgraphs(sources);
    const hints = composed.hints
      .filter((hint) => hint.includes(`"${candidateName}"`))
      .map((hint) => warning(hint, undefined, 'usually harmless; read it to be sure the difference is intended'));
    return {
      result: { title: TITLE, findings: hints, summary: `composes with ${sources.map((s) => s.name).join(', ')}` },
      apiSchemaSdl: composed.apiSchemaSdl,
    };
  } catch (error) {
    if (!(error instanceof CompositionError)) throw error;
    const located = locatedErrors(sources, sources.find((source) => source.name === candidateName)?.file);
    const findings =
      located.length > 0 ? located : error.problems.map((problem) => blocker(`${problem.code}: ${problem.message}`, undefined, fixFor(problem.code)));
    return { result: { title: TITLE, findings } };
  }
}

/**
 * Composition again, with each SDL parsed under its file name, so every error names the lines it is about;
 * a line of `candidateFile` comes first, as that is the file being checked.
 */
export function locatedErrors(sources: readonly SubgraphSource[], candidateFile?: string): Finding[] {
  let services: { name: string; url: string; typeDefs: ReturnType<typeof parse> }[];
  try {
    services = sources.map((source) => ({ name: source.name, url: source.url, typeDefs: parse(new Source(source.sdl, source.file)) }));
  } catch {
    return []; // a file that does not parse: composition.ts already said where
  }
  const errors = composeServices(services).errors ?? [];
  return errors.map((error) => {
    const code = typeof error.extensions.code === 'string' ? error.extensions.code : 'UNKNOWN';
    const places = (error.nodes ?? [])
      .map(placeOf)
      .filter((place): place is string => place !== undefined)
      .sort((a, b) => Number(b.startsWith(`${candidateFile}:`)) - Number(a.startsWith(`${candidateFile}:`)));
    const [first, ...rest] = places;
    const also = rest.length > 0 ? ` (see also ${rest.join(', ')})` : '';
    return blocker(`${code}: ${error.message}${also}`, first, fixFor(code));
  });
}

function placeOf(node: ASTNode): string | undefined {
  return node.loc === undefined ? undefined : locationOf(node, node.loc.source.name);
}

const FIXES: Record<string, string> = {
  INVALID_GRAPHQL: 'correct the SDL at that position',
  FIELD_TYPE_MISMATCH: 'use the same type as the other subgraph, or give your field a name of its own',
  INVALID_FIELD_SHARING: 'only one subgraph may resolve a field that is not @shareable: rename yours, or declare it @external',
  SATISFIABILITY_ERROR:
    'the gateway could not reach this field from the rest of the graph: key the type so another subgraph can join it, or make the field resolvable from where clients meet it',
  EXTERNAL_MISSING_ON_BASE: 'an @external field must be defined by another subgraph: fix its name or type',
  TYPE_KIND_MISMATCH: 'use the same kind (type, interface, input, enum) as the other subgraphs for this name',
  KEY_FIELDS_SELECT_INVALID_TYPE: 'key on scalar fields (Person: @key(fields: "pid"))',
  KEY_INVALID_FIELDS: 'the @key fields must be fields of the type: Person is keyed on "pid"',
  DIRECTIVE_DEFINITION_INVALID: 'import federation directives with @link instead of defining them',
  EMPTY_MERGED_ENUM_TYPE: 'an enum used as both input and output must have the same values in every subgraph',
  ENUM_VALUE_MISMATCH: 'an enum used as both input and output must have the same values in every subgraph',
};

function fixFor(code: string): string {
  return FIXES[code] ?? `see https://www.apollographql.com/docs/graphos/schema-design/federated-schemas/reference/errors (${code})`;
}

/** For callers that catch anything composition throws besides its own errors (e.g. a malformed @link). */
export function unexpectedCompositionFailure(error: unknown): CheckResult {
  const message = error instanceof GraphQLError || error instanceof Error ? error.message : String(error);
  return { title: TITLE, findings: [blocker(`composition stopped: ${message}`, undefined, 'correct the schema named in the message')] };
}
