// The gateway's environment, declared once (docs/operators.md's table is printed from it).
import path from 'node:path';
import { z } from 'zod';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, type SubgraphName, subgraphInfo } from '#platform/config/agencies.js';
import { dataDirVariable, host, logFileVariable, logLevel, port, readConfig, StartupError, type Variable, variable } from '#platform/config/config.js';
import { type Limits, limitsOf, limitVariables } from '#platform/server/limits.js';
import { projectRoot } from '#platform/server/paths.js';
import { subgraphUrlVariable } from '#platform/server/subgraph-config.js';
import { DEFAULT_CLIENT_ID } from './web.js';

const subgraphUrl = subgraphUrlVariable;

const timeoutMs = (name: string, description: string) => variable(name, description, z.coerce.number().int().min(50).max(120_000).optional());

export const gatewayVariables = {
  port: port('GATEWAY_PORT', 'HTTP port of the gateway', GATEWAY_DEFAULT_PORT),
  host: host('HOST'),
  supergraphPath: variable(
    'SUPERGRAPH_PATH',
    'Composed supergraph SDL the gateway serves',
    z.string().default('schema/supergraph.graphql'),
    'schema/supergraph.graphql',
  ),
  supergraphPollMs: variable(
    'SUPERGRAPH_POLL_MS',
    'How often the gateway re-reads SUPERGRAPH_PATH for a new supergraph, besides watching it (the watch can miss changes on network filesystems)',
    z.coerce.number().int().min(100).max(600_000).default(2000),
    '2000',
  ),
  subgraphTimeoutMs: variable(
    'SUBGRAPH_TIMEOUT_MS',
    'How long the gateway waits for a subgraph before answering without it (SUBGRAPH_UNAVAILABLE)',
    z.coerce.number().int().min(50).max(120_000).default(5000),
    '5000',
  ),
  subgraphConnections: variable(
    'SUBGRAPH_CONNECTIONS',
    'Keep-alive connections the gateway pools to each subgraph',
    z.coerce.number().int().min(1).max(1024).default(64),
    '64',
  ),
  clientId: variable(
    'AUTH_CLIENT_ID',
    "The pages' OpenID Connect client id at AUTH_ISSUER's identity provider (a public client: authorization code with PKCE, no secret)",
    z.string().min(1).default(DEFAULT_CLIENT_ID),
    DEFAULT_CLIENT_ID,
  ),
  logLevel: logLevel(),
  logFile: logFileVariable(),
  dataDir: dataDirVariable(),
  ...limitVariables,
};

/** Each subgraph's URL and own timeout, for every subgraph in subgraphs/ (a partner's too). */
export const gatewaySubgraphVariables: Record<SubgraphName, { url: Variable<string>; timeoutMs: Variable<number | undefined> }> = Object.fromEntries(
  SUBGRAPHS.map((name) => [
    name,
    { url: subgraphUrl(name), timeoutMs: timeoutMs(subgraphInfo(name).timeoutVariable, `The ${name} subgraph's own timeout; unset means SUBGRAPH_TIMEOUT_MS`) },
  ]),
);

/** Every subgraph's URL and timeout variables in one flat list, for docs/operators.md's table. */
export const subgraphEndpointVariables: Record<string, Variable<unknown>> = Object.fromEntries(
  Object.entries(gatewaySubgraphVariables).flatMap(([name, v]) => [
    [`${name}Url`, v.url],
    [`${name}TimeoutMs`, v.timeoutMs],
  ]),
);

/** The gateway's variables in one flat list, for docs/operators.md's table. */
export const allGatewayVariables: Record<string, Variable<unknown>> = { ...gatewayVariables, ...subgraphEndpointVariables };

/** Each subgraph's URL and own timeout, as the environment sets them. */
export function readSubgraphEndpoints(env: NodeJS.ProcessEnv): { urls: Record<SubgraphName, string>; timeoutsMs: Record<SubgraphName, number> } {
  const urls: Record<SubgraphName, string> = {};
  const timeoutsMs: Record<SubgraphName, number> = {};
  const problems: string[] = [];
  for (const [name, v] of Object.entries(gatewaySubgraphVariables)) {
    const values = collect(problems, () => readConfig({ url: v.url, timeoutMs: v.timeoutMs }, env));
    if (!values) continue;
    urls[name] = values.url;
    if (values.timeoutMs !== undefined) timeoutsMs[name] = values.timeoutMs;
  }
  if (problems.length > 0) throw new StartupError(problems);
  return { urls, timeoutsMs };
}

/** The reader's result, or undefined with its problems added to `problems`: every bad variable is reported at once. */
function collect<T>(problems: string[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}

/** Reads the process's own variables and every subgraph's endpoint, reporting all their problems together. */
export function readWithEndpoints<T>(read: () => T, env: NodeJS.ProcessEnv): { values: T; endpoints: ReturnType<typeof readSubgraphEndpoints> } {
  const problems: string[] = [];
  const values = collect(problems, read);
  const endpoints = collect(problems, () => readSubgraphEndpoints(env));
  if (problems.length > 0 || values === undefined || endpoints === undefined) throw new StartupError(problems);
  return { values, endpoints };
}

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  /** Fallback poll of supergraphPath for hot reload; unset means SUPERGRAPH_POLL_MS's default. */
  supergraphPollMs?: number;
  subgraphUrls: Record<string, string>;
  /** Per subgraph; a subgraph not listed waits defaultSubgraphTimeoutMs. */
  subgraphTimeoutsMs: Record<string, number>;
  defaultSubgraphTimeoutMs: number;
  subgraphConnections: number;
  limits: Limits;
  /** The pages' OpenID Connect client id; unset means DEFAULT_CLIENT_ID. */
  clientId?: string;
}

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const { values, endpoints } = readWithEndpoints(() => readConfig(gatewayVariables, env), env);
  return {
    port: values.port,
    host: values.host,
    supergraphPath: path.resolve(projectRoot, values.supergraphPath),
    supergraphPollMs: values.supergraphPollMs,
    subgraphUrls: endpoints.urls,
    subgraphTimeoutsMs: endpoints.timeoutsMs,
    defaultSubgraphTimeoutMs: values.subgraphTimeoutMs,
    subgraphConnections: values.subgraphConnections,
    limits: limitsOf(values),
    clientId: values.clientId,
  };
}
