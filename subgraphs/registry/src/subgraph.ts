// The registry subgraph as a definition the shared bootstrap can serve (and tests can start).
import type { SubgraphDefinition } from '#platform/server/server.js';
import { createRegistryLoaders, type RegistryLoaders } from './data/loaders.js';
import { registryPolicies } from './access.js';
import { resolvers } from './resolvers/index.js';
import { defaultRegistrySettings, type RegistrySettings } from './settings.js';
import { startOutboxRelay } from '#platform/outbox/relay.js';
import { createLogger } from '#platform/server/logger.js';
import { uploadHandlers } from './referral-upload-relay.js';

export const registrySubgraph: SubgraphDefinition<RegistryLoaders, RegistrySettings> = {
  name: 'registry',
  resolvers,
  createLoaders: createRegistryLoaders,
  policies: registryPolicies,
  settings: defaultRegistrySettings(),
  startWorkers: (db, settings, { metrics }) =>
    settings.relay
      ? startOutboxRelay(db, uploadHandlers(db, settings.relay.peer), settings.relay, { metrics, logger: createLogger('registry') })
      : { stop: async () => undefined },
};
