// The employment subgraph's resolver map, one file per type.
import { DateScalar, DateTimeScalar } from '../../../shared/src/scalars.js';
import { auditTrailResolvers } from '../../../shared/src/audit-trail-resolvers.js';
import type { AuditTrailResolvers, Resolvers } from '../generated/resolvers-types.js';
import { EmploymentProfile } from './EmploymentProfile.js';
import { Person } from './Person.js';

// The generated type and the shared builder describe the same two resolvers.
const AuditTrail = auditTrailResolvers('employmentEntries') as AuditTrailResolvers;

export const resolvers: Resolvers = { AuditTrail, Date: DateScalar, DateTime: DateTimeScalar, Person, EmploymentProfile };
