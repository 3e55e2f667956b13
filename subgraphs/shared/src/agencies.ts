// The founding subgraphs, their default ports and the variables that configure them: one list for every script.
import path from 'node:path';
import { projectRoot } from './paths.js';

export const AGENCIES = ['registry', 'welfare', 'employment'] as const;
export type AgencyName = (typeof AGENCIES)[number];

export interface AgencyInfo {
  name: AgencyName;
  /** The agency behind the subgraph, as the contract's `Agency` enum names it. */
  agency: 'HEALTH' | 'CIVIL_AFFAIRS' | 'DISABLED_PERSONS_FEDERATION';
  defaultPort: number;
  portVariable: string;
  databaseUrlVariable: string;
  /** The gateway's variable for this subgraph's GraphQL URL. */
  subgraphUrlVariable: string;
  migrationsDir: string;
  schemaFile: string;
}

function info(name: AgencyName, agency: AgencyInfo['agency'], defaultPort: number): AgencyInfo {
  const upper = name.toUpperCase();
  return {
    name,
    agency,
    defaultPort,
    portVariable: `${upper}_PORT`,
    databaseUrlVariable: `DATABASE_URL_${upper}`,
    subgraphUrlVariable: `${upper}_URL`,
    migrationsDir: path.join(projectRoot, 'subgraphs', name, 'migrations'),
    schemaFile: path.join(projectRoot, 'schema', `${name}.graphql`),
  };
}

export const AGENCY_INFO: Record<AgencyName, AgencyInfo> = {
  registry: info('registry', 'HEALTH', 4001),
  welfare: info('welfare', 'CIVIL_AFFAIRS', 4002),
  employment: info('employment', 'DISABLED_PERSONS_FEDERATION', 4003),
};

export const GATEWAY_DEFAULT_PORT = 4000;
