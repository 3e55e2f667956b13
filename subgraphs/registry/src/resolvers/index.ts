// The registry's resolver map, one file per type.
import { DateScalar } from '../../../shared/src/scalars.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Person } from './Person.js';
import { Query } from './Query.js';
import { RegistryRecord } from './RegistryRecord.js';

export const resolvers: Resolvers = { Date: DateScalar, Query, Person, RegistryRecord };
