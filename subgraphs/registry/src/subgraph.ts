// The registry subgraph as a definition the shared bootstrap can serve (and tests can start).
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { AGENCY_INFO } from '../../shared/src/agencies.js';
import type { SubgraphDefinition } from '../../shared/src/server.js';
import { createRegistryLoaders, type RegistryLoaders } from './data/loaders.js';
import { resolvers } from './resolvers/index.js';

export const registrySubgraph: SubgraphDefinition<RegistryLoaders> = {
  name: 'registry',
  typeDefs: parse(readFileSync(AGENCY_INFO.registry.schemaFile, 'utf8')),
  resolvers,
  createLoaders: createRegistryLoaders,
};
