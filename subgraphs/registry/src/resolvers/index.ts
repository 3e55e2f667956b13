// The registry's resolver map, one file per type.
import { CitizenIdScalar, DateScalar, DateTimeScalar } from '../../../shared/src/scalars.js';
import { openBreakGlass } from './Mutation/openBreakGlass.js';
import { registerPatient } from './Mutation/registerPatient.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Person } from './Person.js';
import { Query } from './Query.js';
import { RegistryRecord } from './RegistryRecord.js';

export const resolvers: Resolvers = { Date: DateScalar, DateTime: DateTimeScalar, CitizenId: CitizenIdScalar, Query, Mutation: { registerPatient, openBreakGlass }, Person, RegistryRecord };
