// The welfare subgraph's request context: the shared one with the welfare loaders.
import type { RequestContext } from '#platform/graphql/context.js';
import type { WelfareLoaders } from './data/loaders.js';
import type { WelfareSettings } from './settings.js';

export type WelfareContext = RequestContext<WelfareLoaders, WelfareSettings>;
