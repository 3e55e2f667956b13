// The guardianship subgraph's resolver map, one file per type.
import { auditTrailResolvers } from '../../../shared/src/audit-trail-resolvers.js';
import { DateScalar, DateTimeScalar } from '../../../shared/src/scalars.js';
import type { AuditTrailResolvers, Resolvers } from '../generated/resolvers-types.js';
import { recordGuardianshipEntry } from './Mutation.js';
import { Person } from './Person.js';

// The generated type and the shared builder describe the same two resolvers.
const AuditTrail = auditTrailResolvers('guardianshipAuditEntries') as AuditTrailResolvers;

export const resolvers: Resolvers = {
  AuditTrail,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Mutation: { recordGuardianshipEntry },
  Person,
  GuardianshipEntry: { regionCode: (entry) => entry.countyCode },
};
