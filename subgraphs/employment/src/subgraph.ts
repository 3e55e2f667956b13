// The employment subgraph as a definition the shared bootstrap can serve (and tests can start).
import { createLogger } from '#platform/server/logger.js';
import type { SubgraphDefinition } from '#platform/server/server.js';
import { createEmploymentLoaders, type EmploymentLoaders } from './data/loaders.js';
import { resolvers } from './resolvers/index.js';
import { employmentFacts } from './access.js';
import { employmentPolicy } from './access-policy.js';
import type { EmploymentSettings } from './settings.js';
import { answerHandlers } from './answer-relay.js';
import { startOutboxRelay } from '#platform/outbox/relay.js';

export const employmentSubgraph: SubgraphDefinition<EmploymentLoaders, EmploymentSettings> = {
  name: 'employment',
  resolvers,
  // In-process (tests) the relay is off; the process reads its settings (server.ts).
  settings: { relay: null },
  startWorkers: (db, settings, { metrics }) =>
    settings.relay
      ? startOutboxRelay(db, answerHandlers(db, settings.relay.peer), settings.relay, { metrics, logger: createLogger('employment') })
      : { stop: async () => undefined },
  createLoaders: createEmploymentLoaders,
  policy: employmentPolicy,
  factSources: employmentFacts,
};
