// The employment subgraph's resolver map, one file per type.
import { DateScalar, DateTimeScalar } from '#platform/graphql/scalars.js';
import { auditTrailResolvers, readerTrailResolvers } from '#platform/audit/audit-trail-resolvers.js';
import type { AuditTrailResolvers, ReaderTrailResolvers, Resolvers } from '../generated/resolvers-types.js';
import { EmploymentProfile } from './EmploymentProfile.js';
import { EmploymentReferral } from './EmploymentReferral.js';
import { JobRecommendation } from './JobRecommendation.js';
import { issueCertificate } from './Mutation/certificates.js';
import { recommendJob, registerEmployer } from './Mutation/jobs.js';
import { endPlacement, startPlacement } from './Mutation/placements.js';
import { answerEmploymentReferral } from './Mutation/referrals.js';
import { receiveEmploymentHandoff } from './Mutation/handoffs.js';
import { receiveEmploymentSharingRevocation } from './Mutation/sharing-revocations.js';
import { completeTraining, createTrainingCourse, enrolInTraining } from './Mutation/training.js';
import { Person } from './Person.js';
import { Placement } from './Placement.js';
import { Query } from './Query.js';
import { RehabIndicators } from './RehabIndicators.js';

// The generated type and the shared builder describe the same two resolvers.
const AuditTrail = auditTrailResolvers('employmentEntries') as AuditTrailResolvers;
const ReaderTrail = readerTrailResolvers('employmentEntries') as ReaderTrailResolvers;

export const resolvers: Resolvers = {
  AuditTrail,
  ReaderTrail,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation: {
    issueCertificate,
    createTrainingCourse,
    enrolInTraining,
    completeTraining,
    registerEmployer,
    recommendJob,
    startPlacement,
    endPlacement,
    answerEmploymentReferral,
    receiveEmploymentHandoff,
    receiveEmploymentSharingRevocation,
  },
  Person,
  EmploymentProfile,
  EmploymentReferral,
  Placement,
  JobRecommendation,
  RehabIndicators,
  DisabilityCertificate: { regionCode: (certificate) => certificate.countyCode },
  TrainingCourse: { regionCode: (course) => course.countyCode },
  Employer: { regionCode: (employer) => employer.countyCode },
};
