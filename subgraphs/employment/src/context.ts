// The employment subgraph's request context: the shared one with the employment loaders and settings.
import type { RequestContext } from '#platform/graphql/context.js';
import type { EmploymentLoaders } from './data/loaders.js';
import type { EmploymentSettings } from './settings.js';

export type EmploymentContext = RequestContext<EmploymentLoaders, EmploymentSettings>;
