// The welfare subgraph's resolver map, one file per type.
import { CitizenIdScalar, DateScalar, DateTimeScalar } from '#platform/graphql/scalars.js';
import { auditTrailResolvers, readerTrailResolvers } from '#platform/audit/audit-trail-resolvers.js';
import type { AuditTrailResolvers, ReaderTrailResolvers, Resolvers } from '../generated/resolvers-types.js';
import { Benefit } from './Benefit.js';
import { InstitutionStaff } from './InstitutionStaff.js';
import { institutionMutations } from './Mutation/institution-mutations.js';
import { referralMutations } from './Mutation/referral-mutations.js';
import { Person } from './Person.js';
import { Query } from './Query.js';
import { Referral, ReferralTransition } from './Referral.js';
import { Region } from './Region.js';
import { RehabIndicators } from './RehabIndicators.js';
import { RehabInstitution } from './RehabInstitution.js';
import { SocialWorker } from './SocialWorker.js';

// The generated type and the shared builder describe the same two resolvers.
const AuditTrail = auditTrailResolvers('welfareEntries') as AuditTrailResolvers;
const ReaderTrail = readerTrailResolvers('welfareEntries') as ReaderTrailResolvers;

export const resolvers: Resolvers = {
  AuditTrail,
  ReaderTrail,
  CitizenId: CitizenIdScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation: { ...referralMutations, ...institutionMutations },
  Person,
  Referral,
  ReferralTransition,
  RehabInstitution,
  InstitutionStaff,
  SocialWorker,
  Benefit,
  Region,
  RehabIndicators,
};
