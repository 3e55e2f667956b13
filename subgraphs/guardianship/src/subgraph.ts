// The guardianship subgraph as a definition the shared bootstrap can serve (and tests can start).
import type { SubgraphDefinition } from '#platform/server/server.js';
import { guardianshipPolicy } from './access-policy.js';
import { createGuardianshipLoaders, type GuardianshipLoaders } from './data/loaders.js';
import { resolvers } from './resolvers/index.js';
import { defaultGuardianshipSettings, type GuardianshipSettings } from './settings.js';

export const guardianshipSubgraph: SubgraphDefinition<GuardianshipLoaders, GuardianshipSettings> = {
  name: 'guardianship',
  resolvers,
  createLoaders: createGuardianshipLoaders,
  policy: guardianshipPolicy,
  settings: defaultGuardianshipSettings(),
};
