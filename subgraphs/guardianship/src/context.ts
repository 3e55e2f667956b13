// The guardianship subgraph's request context: the shared one with its loaders and settings.
import type { RequestContext } from '#platform/graphql/context.js';
import type { GuardianshipLoaders } from './data/loaders.js';
import type { GuardianshipSettings } from './settings.js';

export type GuardianshipContext = RequestContext<GuardianshipLoaders, GuardianshipSettings>;
