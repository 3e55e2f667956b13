// The welfare subgraph's resolver map, one file per type.
import { DateScalar, DateTimeScalar } from '../../../shared/src/scalars.js';
import { auditTrailResolvers } from '../../../shared/src/audit-trail-resolvers.js';
import type { AuditTrailResolvers, Resolvers } from '../generated/resolvers-types.js';
import { Person } from './Person.js';
import { Query } from './Query.js';
import { Referral } from './Referral.js';
import { Region } from './Region.js';
import { RehabInstitution } from './RehabInstitution.js';

// The generated type and the shared builder describe the same two resolvers.
const AuditTrail = auditTrailResolvers('welfareEntries') as AuditTrailResolvers;

export const resolvers: Resolvers = { AuditTrail, Date: DateScalar, DateTime: DateTimeScalar, Query, Person, Referral, RehabInstitution, Region };
