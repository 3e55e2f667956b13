// The registry's request context: the shared one with the registry's loaders.
import type { RequestContext } from '#platform/graphql/context.js';
import type { RegistryLoaders } from './data/loaders.js';
import type { RegistrySettings } from './settings.js';

export type RegistryContext = RequestContext<RegistryLoaders, RegistrySettings>;
