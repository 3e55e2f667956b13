// The environment of the second engine (Hive Gateway), declared once: our gateway's declarations where the meaning is the same.
import path from 'node:path';
import { SUBGRAPHS, type SubgraphName } from '#platform/config/agencies.js';
import { port, readConfig } from '#platform/config/config.js';
import { projectRoot } from '#platform/server/paths.js';
import { gatewayVariables, readWithEndpoints } from '../src/config.js';
import { type Limits, limitsOf } from '#platform/server/limits.js';

export const HIVE_DEFAULT_PORT = 4010;

/** Everything our gateway reads but its port, with the same declarations: the two engines are configured alike. */
// Hive Gateway loads the supergraph file once at start: the hot-reload poll is our gateway's alone.
const { supergraphPollMs: _ourGatewayOnly, ...sharedVariables } = gatewayVariables;

export const hiveVariables = {
  ...sharedVariables,
  port: port('HIVE_PORT', 'HTTP port of Hive Gateway, the second engine serving the same supergraph (npm run start:hive)', HIVE_DEFAULT_PORT),
};

export interface HiveConfig {
  port: number;
  host: string;
  supergraphPath: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Per subgraph, as in our gateway: SUBGRAPH_TIMEOUT_MS unless the agency's own is set. */
  subgraphTimeoutsMs: Record<SubgraphName, number>;
  subgraphConnections: number;
  limits: Limits;
}

export function readHiveConfig(env: NodeJS.ProcessEnv = process.env): HiveConfig {
  const { values, endpoints } = readWithEndpoints(() => readConfig(hiveVariables, env), env);
  return {
    port: values.port,
    host: values.host,
    supergraphPath: path.resolve(projectRoot, values.supergraphPath),
    subgraphUrls: endpoints.urls,
    subgraphTimeoutsMs: Object.fromEntries(SUBGRAPHS.map((name) => [name, endpoints.timeoutsMs[name] ?? values.subgraphTimeoutMs])),
    subgraphConnections: values.subgraphConnections,
    limits: limitsOf(values),
  };
}
