// The employment subgraph's resolver map, one file per type.
import { DateScalar } from '../../../shared/src/scalars.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { EmploymentProfile } from './EmploymentProfile.js';
import { Person } from './Person.js';

export const resolvers: Resolvers = { Date: DateScalar, Person, EmploymentProfile };
