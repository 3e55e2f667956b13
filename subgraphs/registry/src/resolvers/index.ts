// The registry's resolver map, one file per type.
import { CitizenIdScalar, DateScalar } from '../../../shared/src/scalars.js';
import { registerPatient } from './Mutation/registerPatient.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Person } from './Person.js';
import { Query } from './Query.js';
import { RegistryRecord } from './RegistryRecord.js';

export const resolvers: Resolvers = { Date: DateScalar, CitizenId: CitizenIdScalar, Query, Mutation: { registerPatient }, Person, RegistryRecord };
