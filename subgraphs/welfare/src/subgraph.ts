// The welfare subgraph as a definition the shared bootstrap can serve (and tests can start).
import type { SubgraphDefinition } from '../../shared/src/server.js';
import { createWelfareLoaders, type WelfareLoaders } from './data/loaders.js';
import { resolvers } from './resolvers/index.js';

export const welfareSubgraph: SubgraphDefinition<WelfareLoaders> = {
  name: 'welfare',
  resolvers,
  createLoaders: createWelfareLoaders,
};
