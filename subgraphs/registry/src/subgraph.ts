// The registry subgraph as a definition the shared bootstrap can serve (and tests can start).
import type { SubgraphDefinition } from '#platform/server/server.js';
import { createRegistryLoaders, type RegistryLoaders } from './data/loaders.js';
import { registryPolicies } from './access.js';
import { resolvers } from './resolvers/index.js';
import { defaultRegistrySettings, type RegistrySettings } from './settings.js';

export const registrySubgraph: SubgraphDefinition<RegistryLoaders, RegistrySettings> = {
  name: 'registry',
  resolvers,
  createLoaders: createRegistryLoaders,
  policies: registryPolicies,
  settings: defaultRegistrySettings(),
};
