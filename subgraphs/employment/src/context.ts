// The employment subgraph's request context: the shared one with the employment loaders.
import type { RequestContext } from '../../shared/src/context.js';
import type { EmploymentLoaders } from './data/loaders.js';

export type EmploymentContext = RequestContext<EmploymentLoaders>;
