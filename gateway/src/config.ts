// The gateway's environment, declared once (the README's table is printed from it).
import path from 'node:path';
import { z } from 'zod';
import { AGENCIES, AGENCY_INFO, GATEWAY_DEFAULT_PORT, type AgencyName } from '../../subgraphs/shared/src/agencies.js';
import { dataDirVariable, host, logFileVariable, logLevel, port, readConfig, variable } from '../../subgraphs/shared/src/config.js';
import { type Limits, limitVariables } from '../../subgraphs/shared/src/limits.js';
import { projectRoot } from '../../subgraphs/shared/src/paths.js';
import { subgraphUrlVariable } from '../../subgraphs/shared/src/subgraph-config.js';

const subgraphUrl = subgraphUrlVariable;

const timeoutMs = (name: string, description: string) => variable(name, description, z.coerce.number().int().min(50).max(120_000).optional());

export const gatewayVariables = {
  port: port('GATEWAY_PORT', 'HTTP port of the gateway', GATEWAY_DEFAULT_PORT),
  host: host('HOST'),
  supergraphPath: variable('SUPERGRAPH_PATH', 'Composed supergraph SDL the gateway serves', z.string().default('schema/supergraph.graphql'), 'schema/supergraph.graphql'),
  registryUrl: subgraphUrl('registry'),
  welfareUrl: subgraphUrl('welfare'),
  employmentUrl: subgraphUrl('employment'),
  subgraphTimeoutMs: variable(
    'SUBGRAPH_TIMEOUT_MS',
    'How long the gateway waits for a subgraph before answering without it (SUBGRAPH_UNAVAILABLE)',
    z.coerce.number().int().min(50).max(120_000).default(5000),
    '5000',
  ),
  registryTimeoutMs: timeoutMs('REGISTRY_TIMEOUT_MS', 'The registry\'s own timeout; unset means SUBGRAPH_TIMEOUT_MS'),
  welfareTimeoutMs: timeoutMs('WELFARE_TIMEOUT_MS', 'The welfare subgraph\'s own timeout; unset means SUBGRAPH_TIMEOUT_MS'),
  employmentTimeoutMs: timeoutMs('EMPLOYMENT_TIMEOUT_MS', 'The employment subgraph\'s own timeout; unset means SUBGRAPH_TIMEOUT_MS'),
  subgraphConnections: variable('SUBGRAPH_CONNECTIONS', 'Keep-alive connections the gateway pools to each subgraph', z.coerce.number().int().min(1).max(1024).default(64), '64'),
  logLevel: logLevel(),
  logFile: logFileVariable(),
  dataDir: dataDirVariable(),
  ...limitVariables,
};

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  subgraphUrls: Record<string, string>;
  /** Per subgraph; a subgraph not listed waits defaultSubgraphTimeoutMs. */
  subgraphTimeoutsMs: Record<string, number>;
  defaultSubgraphTimeoutMs: number;
  subgraphConnections: number;
  limits: Limits;
}

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const values = readConfig(gatewayVariables, env);
  const urls: Record<AgencyName, string> = { registry: values.registryUrl, welfare: values.welfareUrl, employment: values.employmentUrl };
  return {
    port: values.port,
    host: values.host,
    supergraphPath: path.resolve(projectRoot, values.supergraphPath),
    subgraphUrls: Object.fromEntries(AGENCIES.map((name) => [name, urls[name]])),
    subgraphTimeoutsMs: Object.fromEntries(
      Object.entries({ registry: values.registryTimeoutMs, welfare: values.welfareTimeoutMs, employment: values.employmentTimeoutMs }).filter(
        (entry): entry is [string, number] => entry[1] !== undefined,
      ),
    ),
    defaultSubgraphTimeoutMs: values.subgraphTimeoutMs,
    subgraphConnections: values.subgraphConnections,
    limits: { maxDepth: values.maxDepth, maxAliases: values.maxAliases, maxTokens: values.maxTokens, maxDirectives: values.maxDirectives, maxCost: values.maxCost, maxBodyBytes: values.maxBodyBytes },
  };
}
