// The registry subgraph as a definition the shared bootstrap can serve (and tests can start).
import { dischargeHandlers } from './discharge-notice-relay.js';
import type { Knex } from 'knex';
import type { AgencyEndpoint } from '#platform/agency-calls/agency-client.js';
import type { SubgraphDefinition } from '#platform/server/server.js';
import { createRegistryLoaders, type RegistryLoaders } from './data/loaders.js';
import { registryFacts } from './access.js';
import { registryPolicy } from './access-policy.js';
import { resolvers } from './resolvers/index.js';
import { defaultRegistrySettings, type RegistrySettings } from './settings.js';
import { startOutboxRelay } from '#platform/outbox/relay.js';
import { createLogger } from '#platform/server/logger.js';
import { statusHandlers } from './management-status-relay.js';
import { uploadHandlers } from './referral-upload-relay.js';

/** Every topic the registry's relay delivers to the platform. */
export const registryHandlers = (db: Knex, welfare: AgencyEndpoint) => ({
  ...uploadHandlers(db, welfare),
  ...statusHandlers(db, welfare),
  ...dischargeHandlers(db, welfare),
});

export const registrySubgraph: SubgraphDefinition<RegistryLoaders, RegistrySettings> = {
  name: 'registry',
  resolvers,
  createLoaders: createRegistryLoaders,
  policy: registryPolicy,
  factSources: registryFacts,
  settings: defaultRegistrySettings(),
  startWorkers: (db, settings, { metrics }) =>
    settings.relay
      ? startOutboxRelay(db, registryHandlers(db, settings.relay.peer), settings.relay, { metrics, logger: createLogger('registry') })
      : { stop: async () => undefined },
};
