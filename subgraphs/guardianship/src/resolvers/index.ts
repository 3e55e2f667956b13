// The guardianship subgraph's resolver map, one file per type.
import { auditTrailResolvers, readerTrailResolvers } from '#platform/audit/audit-trail-resolvers.js';
import { DateScalar, DateTimeScalar } from '#platform/graphql/scalars.js';
import type { AuditTrailResolvers, ReaderTrailResolvers, Resolvers } from '../generated/resolvers-types.js';
import { Guardianship } from './Guardianship.js';
import { signResponsibilityAgreement, terminateResponsibilityAgreement } from './Mutation/agreements.js';
import { endGuardian, registerGuardian } from './Mutation/guardians.js';
import { decideIncentivePayment } from './Mutation/payments.js';
import { recordQuarterlyReview } from './Mutation/reviews.js';
import { enrolWard } from './Mutation/wards.js';
import { Person } from './Person.js';
import { RehabIndicators } from './RehabIndicators.js';

// The generated type and the shared builder describe the same two resolvers.
const AuditTrail = auditTrailResolvers('guardianshipEntries') as AuditTrailResolvers;
const ReaderTrail = readerTrailResolvers('guardianshipEntries') as ReaderTrailResolvers;

export const resolvers: Resolvers = {
  AuditTrail,
  ReaderTrail,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Mutation: {
    enrolWard,
    registerGuardian,
    endGuardian,
    signResponsibilityAgreement,
    terminateResponsibilityAgreement,
    recordQuarterlyReview,
    decideIncentivePayment,
  },
  Person,
  Guardianship,
  RehabIndicators,
};
