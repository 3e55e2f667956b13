// The gateway's environment, declared once (the README's table is printed from it).
import path from 'node:path';
import { z } from 'zod';
import { AGENCIES, AGENCY_INFO, GATEWAY_DEFAULT_PORT, type AgencyName } from '../../subgraphs/shared/src/agencies.js';
import { dataDirVariable, host, logFileVariable, logLevel, port, readConfig, variable } from '../../subgraphs/shared/src/config.js';
import { type Limits, limitVariables } from '../../subgraphs/shared/src/limits.js';
import { projectRoot } from '../../subgraphs/shared/src/paths.js';

const subgraphUrl = (name: AgencyName) =>
  variable(
    AGENCY_INFO[name].subgraphUrlVariable,
    `GraphQL URL of the ${name} subgraph`,
    z.string().url().default(`http://127.0.0.1:${AGENCY_INFO[name].defaultPort}/graphql`),
    `http://127.0.0.1:${AGENCY_INFO[name].defaultPort}/graphql`,
  );

export const gatewayVariables = {
  port: port('GATEWAY_PORT', 'HTTP port of the gateway', GATEWAY_DEFAULT_PORT),
  host: host('HOST'),
  supergraphPath: variable('SUPERGRAPH_PATH', 'Composed supergraph SDL the gateway serves', z.string().default('schema/supergraph.graphql'), 'schema/supergraph.graphql'),
  registryUrl: subgraphUrl('registry'),
  welfareUrl: subgraphUrl('welfare'),
  employmentUrl: subgraphUrl('employment'),
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
    limits: { maxDepth: values.maxDepth, maxAliases: values.maxAliases, maxTokens: values.maxTokens, maxDirectives: values.maxDirectives, maxCost: values.maxCost, maxBodyBytes: values.maxBodyBytes },
  };
}
