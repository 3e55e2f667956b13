// The registry's resolver map, one file per type.
import { CitizenIdScalar, DateScalar, DateTimeScalar } from '../../../shared/src/scalars.js';
import { openBreakGlass } from './Mutation/openBreakGlass.js';
import { registerPatient } from './Mutation/registerPatient.js';
import { auditTrailResolvers } from '../../../shared/src/audit-trail-resolvers.js';
import type { AuditTrailResolvers, Resolvers } from '../generated/resolvers-types.js';
import { Person } from './Person.js';
import { Query } from './Query.js';
import { RegistryRecord } from './RegistryRecord.js';

// The generated type and the shared builder describe the same two resolvers.
const AuditTrail = auditTrailResolvers('registryEntries') as AuditTrailResolvers;

export const resolvers: Resolvers = { AuditTrail, Date: DateScalar, DateTime: DateTimeScalar, CitizenId: CitizenIdScalar, Query, Mutation: { registerPatient, openBreakGlass }, Person, RegistryRecord };
