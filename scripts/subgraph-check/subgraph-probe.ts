// Probes a running subgraph over HTTP: refuses anonymous calls, serves the SDL of its file, resolves Person references.
import { diff } from '@graphql-inspector/core';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, parse } from 'graphql';
import { blocker, type CheckResult, type Finding, warning } from './check-report.js';

export const TITLE = 'subgraphCheck.title.probe';

const SERVICE_QUERY = '{ _service { sdl } }';
const ENTITIES_QUERY = 'query SubgraphCheckEntities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { pid } } }';
const TIMEOUT_MS = 10_000;
/** More differences than this are counted, not listed. */
const MAX_LISTED = 15;

export interface ProbeInput {
  url: string;
  /** A bearer token the subgraph should accept, asked for once the subgraph answers; or why there is none. */
  token: () => Promise<{ token: string } | { problem: string }>;
  /** The SDL file the subgraph should serve, and its name for messages. */
  file: string;
  fileSdl: string;
  /** Whether the file adds fields to Person, so `_entities` must resolve a Person reference. */
  contributesToPerson: boolean;
  /** A well-formed pid for the `_entities` probe; a null entity is a fine answer. */
  pid: string;
}

interface GraphQLAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: { code?: unknown } }[] } | undefined;
}

/** Runs the three probes in order; an unreachable URL stops after the first. */
export async function probeSubgraph(input: ProbeInput): Promise<CheckResult> {
  const findings: Finding[] = [];
  const result = (): CheckResult => ({ title: { key: 'subgraphCheck.title.probeAt', params: { url: input.url } }, findings, summary: probeSummary(input) });
  let anonymous: GraphQLAnswer;
  try {
    anonymous = await post(input.url, SERVICE_QUERY, undefined, undefined);
  } catch (error) {
    findings.push(blocker(`cannot reach ${input.url}: ${reasonOf(error)}`, input.url, 'start the subgraph, or pass the URL it listens on with --url'));
    return result();
  }
  findings.push(...anonymousFindings(anonymous, input.url));
  const token = await input.token();
  if ('problem' in token) {
    findings.push(blocker(`no token to call it with: ${token.problem}`, input.url, 'pass a token the subgraph accepts with --token'));
    return result();
  }
  findings.push(...(await servedSdlFindings(input, token.token)));
  if (input.contributesToPerson) findings.push(...(await entitiesFindings(input, token.token)));
  return result();
}

function probeSummary(input: ProbeInput): string {
  return `refuses anonymous calls with 401, serves the SDL of ${input.file}${input.contributesToPerson ? ', resolves Person references' : ''}`;
}

/** An anonymous call must get HTTP 401, ideally with extensions.code UNAUTHENTICATED. */
export function anonymousFindings(answer: GraphQLAnswer, url: string): Finding[] {
  const fix =
    'verify the bearer token before GraphQL runs and answer HTTP 401 with extensions.code UNAUTHENTICATED (see subgraphs/platform/identity/http-auth.ts)';
  if (answer.status === 401) {
    const code = answer.body?.errors?.[0]?.extensions?.code;
    return code === 'UNAUTHENTICATED'
      ? []
      : [
          warning(
            `an anonymous call gets HTTP 401 but extensions.code ${code === undefined ? 'is missing' : `is ${String(code)}`}, not UNAUTHENTICATED`,
            url,
            fix,
          ),
        ];
  }
  if (answer.status === 200 && answer.body?.data != null) {
    return [blocker('answers { _service { sdl } } without a token: anyone who reaches it reads the subgraph', url, fix)];
  }
  return [blocker(`an anonymous call gets HTTP ${answer.status} instead of 401`, url, fix)];
}

async function servedSdlFindings(input: ProbeInput, token: string): Promise<Finding[]> {
  let answer: GraphQLAnswer;
  try {
    answer = await post(input.url, SERVICE_QUERY, undefined, token);
  } catch (error) {
    return [blocker(`{ _service { sdl } } with a token failed: ${reasonOf(error)}`, input.url, 'check that the subgraph stays up under a request')];
  }
  const sdl = (answer.body?.data?._service as { sdl?: unknown } | undefined)?.sdl;
  if (answer.status !== 200 || typeof sdl !== 'string') {
    return [
      blocker(
        `{ _service { sdl } } with a token did not answer the SDL (HTTP ${answer.status}${errorSuffix(answer)})`,
        input.url,
        "serve the schema with @apollo/subgraph's buildSubgraphSchema, and accept the token (--token gives one of yours)",
      ),
    ];
  }
  return (await sdlDifferences(input.fileSdl, sdl))
    .map((difference, index, all) =>
      index < MAX_LISTED
        ? blocker(
            `compared with ${input.file}, the running subgraph: ${difference}`,
            input.url,
            'deploy the schema file you checked, or check the file the subgraph runs',
          )
        : index === MAX_LISTED
          ? blocker(`…and ${all.length - MAX_LISTED} more difference(s)`, input.url, 'deploy the schema file you checked')
          : undefined,
    )
    .filter((finding): finding is Finding => finding !== undefined);
}

/**
 * How the SDL a subgraph serves differs from a file, in Inspector's words (old = file, new = served);
 * both are built and printed by @apollo/subgraph first, so layout, comments and federation's own
 * definitions do not count.
 */
export async function sdlDifferences(fileSdl: string, servedSdl: string): Promise<string[]> {
  let fromFile: GraphQLSchema;
  let served: GraphQLSchema;
  try {
    fromFile = buildSubgraphSchema(parse(fileSdl));
  } catch (error) {
    return [`the file does not build as a subgraph (${reasonOf(error)})`];
  }
  try {
    served = buildSubgraphSchema(parse(servedSdl));
  } catch (error) {
    return [`the served SDL does not build as a subgraph (${reasonOf(error)})`];
  }
  if (printSubgraphSchema(fromFile) === printSubgraphSchema(served)) return [];
  const changes = (await diff(fromFile, served)).map((change) => change.message);
  return changes.length > 0 ? changes : [firstDifferentLine(printSubgraphSchema(fromFile), printSubgraphSchema(served))];
}

function firstDifferentLine(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const index = a.findIndex((line, i) => line !== b[i]);
  const at = index === -1 ? a.length : index;
  return `normalised line ${at + 1} is "${(a[at] ?? '').trim()}" in the file but "${(b[at] ?? '').trim()}" as served`;
}

async function entitiesFindings(input: ProbeInput, token: string): Promise<Finding[]> {
  const fix = 'resolve Person references (__resolveReference) by pid, answering null for a pid you do not know';
  let answer: GraphQLAnswer;
  try {
    answer = await post(input.url, ENTITIES_QUERY, { representations: [{ __typename: 'Person', pid: input.pid }] }, token);
  } catch (error) {
    return [blocker(`_entities for a Person reference failed: ${reasonOf(error)}`, input.url, fix)];
  }
  const entities = answer.body?.data?._entities;
  if (answer.status === 200 && (answer.body?.errors ?? []).length === 0 && Array.isArray(entities) && entities.length === 1) return [];
  return [blocker(`_entities for a Person reference did not answer cleanly (HTTP ${answer.status}${errorSuffix(answer)})`, input.url, fix)];
}

function errorSuffix(answer: GraphQLAnswer): string {
  const first = answer.body?.errors?.[0];
  if (first === undefined) return '';
  const code = typeof first.extensions?.code === 'string' ? `${first.extensions.code}: ` : '';
  return `; ${code}${(first.message ?? '').slice(0, 200)}`;
}

async function post(url: string, query: string, variables: Record<string, unknown> | undefined, token: string | undefined): Promise<GraphQLAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await response.text();
  let body: GraphQLAnswer['body'];
  try {
    body = JSON.parse(text) as GraphQLAnswer['body'];
  } catch {
    body = undefined;
  }
  return { status: response.status, body };
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  const detail = cause instanceof Error ? ((cause as Error & { code?: string }).code ?? cause.message) : undefined;
  return detail === undefined ? error.message : `${error.message} (${detail})`;
}
