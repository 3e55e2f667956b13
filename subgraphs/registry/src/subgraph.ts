// The registry subgraph as a definition the shared bootstrap can serve (and tests can start).
import type { SubgraphDefinition } from '../../shared/src/server.js';
import { createRegistryLoaders, type RegistryLoaders } from './data/loaders.js';
import { registryPolicies } from './access.js';
import { resolvers } from './resolvers/index.js';

export const registrySubgraph: SubgraphDefinition<RegistryLoaders> = {
  name: 'registry',
  resolvers,
  createLoaders: createRegistryLoaders,
  policies: registryPolicies,
};
