// The employment subgraph as a definition the shared bootstrap can serve (and tests can start).
import { createLogger } from '#platform/server/logger.js';
import type { SubgraphDefinition } from '#platform/server/server.js';
import { createEmploymentLoaders, type EmploymentLoaders } from './data/loaders.js';
import { resolvers } from './resolvers/index.js';
import { employmentPolicies } from './access.js';
import type { EmploymentSettings } from './settings.js';
import { startWelfareSync } from './welfare-sync.js';

export const employmentSubgraph: SubgraphDefinition<EmploymentLoaders, EmploymentSettings> = {
  name: 'employment',
  resolvers,
  // In-process (tests) the rounds with the platform are off; the process reads its settings (server.ts).
  settings: { sync: null },
  startWorkers: (db, settings) =>
    settings.sync ? startWelfareSync(db, { ...settings.sync, batchSize: 100, logger: createLogger('employment') }) : { stop: async () => undefined },
  createLoaders: createEmploymentLoaders,
  policies: employmentPolicies,
};
