// The guardianship subgraph as a definition the shared bootstrap can serve (and tests can start).
import type { SubgraphDefinition } from '../../shared/src/server.js';
import { guardianshipPolicies } from './access.js';
import { createGuardianshipLoaders, type GuardianshipLoaders } from './data/loaders.js';
import { resolvers } from './resolvers/index.js';

export const guardianshipSubgraph: SubgraphDefinition<GuardianshipLoaders, undefined> = {
  name: 'guardianship',
  resolvers,
  createLoaders: createGuardianshipLoaders,
  policies: guardianshipPolicies,
  settings: undefined,
};
