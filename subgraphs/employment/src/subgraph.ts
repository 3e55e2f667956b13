// The employment subgraph as a definition the shared bootstrap can serve (and tests can start).
import type { SubgraphDefinition } from '../../shared/src/server.js';
import { createEmploymentLoaders, type EmploymentLoaders } from './data/loaders.js';
import { resolvers } from './resolvers/index.js';

export const employmentSubgraph: SubgraphDefinition<EmploymentLoaders> = {
  name: 'employment',
  resolvers,
  createLoaders: createEmploymentLoaders,
};
