// The registry's resolver map, one file per type.
import type { Resolvers } from '../generated/resolvers-types.js';
import { Person } from './Person.js';
import { Query } from './Query.js';
import { RegistryRecord } from './RegistryRecord.js';

export const resolvers: Resolvers = { Query, Person, RegistryRecord };
