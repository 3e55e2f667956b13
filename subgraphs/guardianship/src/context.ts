// The guardianship subgraph's request context: the shared one with its loaders.
import type { RequestContext } from '../../shared/src/context.js';
import type { GuardianshipLoaders } from './data/loaders.js';

export type GuardianshipContext = RequestContext<GuardianshipLoaders, undefined>;
