// Runs the checks of `npm run subgraph:check` on a candidate SDL and today's graph, given as text: no I/O here.
import { subgraphUrl, type SubgraphSource } from '../composition.js';
import { checkAccessDeclarations } from './access-declarations.js';
import { checkBreakingChanges, TITLE as BREAKING_TITLE, type TextFile } from './breaking-changes.js';
import { checkComposition, TITLE as COMPOSITION_TITLE, unexpectedCompositionFailure, withCandidate } from './candidate-composition.js';
import { blocker, type CheckResult, type Finding, skippedCheck, warning } from './check-report.js';
import { checkContractViolations, TITLE as CONTRACT_TITLE } from './contract-violations.js';
import { checkFederationRules, TITLE as FEDERATION_TITLE } from './federation-rules.js';
import { TITLE as ACCESS_TITLE } from './access-declarations.js';
import { declaredTypes, federationDirectiveNames, hasDirective, keyFields, parseSubgraphSdl, type SubgraphSdl } from './subgraph-sdl.js';

export const SCHEMA_FILE_TITLE = 'subgraphCheck.title.schemaFile';
/** Why the contract check did not run: CONTRACT_PATH names a file that is not there. */
export const CONTRACT_ABSENT = 'subgraphCheck.skipped.contractAbsent';

export interface Candidate {
  name: string;
  /** As messages name it: the path the user typed. */
  file: string;
  sdl: string;
  /** The URL given with --url, recorded in the composed supergraph. */
  url?: string;
}

export interface CheckInputs {
  candidate: Candidate;
  /** Today's subgraphs as composition.ts reads them, or the problems that stopped it reading them. */
  today: { sources: SubgraphSource[] } | { problems: string[] };
  committedApiSchema: TextFile;
  operations: TextFile[];
  /** Undefined when the contract file is absent. */
  contract: TextFile | undefined;
  pending: { file: string; paths: string[] };
}

// Composition needs a URL; a candidate without one is only checked, never served, so any placeholder does.
const PLACEHOLDER_URL = 'http://127.0.0.1/graphql';

export async function runChecks(inputs: CheckInputs): Promise<CheckResult[]> {
  const { candidate } = inputs;
  const parsed = parseSubgraphSdl(candidate.name, candidate.file, candidate.sdl);
  if (!parsed.ok) {
    const reason = 'subgraphCheck.skipped.doesNotParse';
    return [
      { title: SCHEMA_FILE_TITLE, findings: [parsed.finding] },
      ...[COMPOSITION_TITLE, BREAKING_TITLE, CONTRACT_TITLE, ACCESS_TITLE, FEDERATION_TITLE].map((title) => skippedCheck(title, reason)),
    ];
  }
  if ('problems' in inputs.today) {
    const reason = 'subgraphCheck.skipped.todayUnreadable';
    const findings = inputs.today.problems.map((problem) => blocker(problem, undefined, 'fix the schema/ folder first (npm run compose reports the same)'));
    return [
      { title: SCHEMA_FILE_TITLE, findings },
      ...[COMPOSITION_TITLE, BREAKING_TITLE, CONTRACT_TITLE, ACCESS_TITLE, FEDERATION_TITLE].map((title) => skippedCheck(title, reason)),
    ];
  }
  const url = candidate.url ?? subgraphUrl(candidate.name, candidate.sdl);
  const { sources, replaced } = withCandidate(inputs.today.sources, {
    name: candidate.name,
    url: url ?? PLACEHOLDER_URL,
    sdl: candidate.sdl,
    file: candidate.file,
  });
  const others = sources
    .filter((source) => source.name !== candidate.name)
    .flatMap((source) => {
      const other = parseSubgraphSdl(source.name, source.file, source.sdl);
      return other.ok ? [other.subgraph] : [];
    });

  const results: CheckResult[] = [schemaFileResult(parsed.subgraph, replaced, url, inputs.today.sources)];
  let apiSchemaSdl: string | undefined;
  try {
    const composition = checkComposition(sources, candidate.name);
    results.push(composition.result);
    apiSchemaSdl = composition.apiSchemaSdl;
  } catch (error) {
    results.push(unexpectedCompositionFailure(error));
  }
  if (apiSchemaSdl === undefined) {
    results.push(
      skippedCheck(BREAKING_TITLE, 'subgraphCheck.skipped.compositionFailed'),
      skippedCheck(CONTRACT_TITLE, 'subgraphCheck.skipped.compositionFailed'),
    );
  } else {
    results.push(await checkBreakingChanges(inputs.committedApiSchema, apiSchemaSdl, inputs.operations));
    results.push(
      inputs.contract === undefined
        ? skippedCheck(CONTRACT_TITLE, CONTRACT_ABSENT)
        : await checkContractViolations(inputs.contract, apiSchemaSdl, inputs.pending),
    );
  }
  results.push(checkAccessDeclarations(parsed.subgraph, others));
  results.push(checkFederationRules(parsed.subgraph, others));
  return results;
}

function schemaFileResult(
  candidate: SubgraphSdl,
  replaced: SubgraphSource | undefined,
  url: string | undefined,
  today: readonly SubgraphSource[],
): CheckResult {
  const role = replaced === undefined ? `added beside ${today.map((s) => s.name).join(', ')}` : `replaces ${replaced.file}`;
  const findings: Finding[] = [];
  if (url === undefined) {
    findings.push(
      warning(
        `no URL for subgraph "${candidate.name}": npm run compose refuses a partner SDL in schema/ without one`,
        `${candidate.file}:1:1`,
        'start the file with a comment naming where it runs, e.g. "# url: http://partner.example:4010/graphql"',
      ),
    );
  }
  return { title: SCHEMA_FILE_TITLE, findings, summary: `${candidate.file} parses; subgraph "${candidate.name}" ${role}` };
}

/** Whether the SDL adds fields of its own to Person (beyond the key and @external ones), so it must resolve Person references. */
export function contributesToPerson(candidate: SubgraphSdl): boolean {
  const person = declaredTypes(candidate.document).get('Person');
  if (person === undefined) return false;
  const keys = keyFields(candidate.document, person);
  const external = federationDirectiveNames(candidate.document, 'external');
  return person.fields.some((declared) => !keys.has(declared.field.name.value) && !hasDirective(declared.field.directives, external));
}
