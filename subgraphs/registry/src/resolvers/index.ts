// The registry's resolver map, one file per type.
import { CitizenIdScalar, DateScalar, DateTimeScalar } from '#platform/graphql/scalars.js';
import { auditTrailResolvers, readerTrailResolvers } from '#platform/audit/audit-trail-resolvers.js';
import type { AuditTrailResolvers, ReaderTrailResolvers, Resolvers } from '../generated/resolvers-types.js';
import { uploadReferral } from './Mutation/referralUploads.js';
import { recordConsent, revokeConsent } from './Mutation/consents.js';
import { recordAdmission, recordDischarge, recordDischargeAssessment } from './Mutation/hospitalizations.js';
import { openBreakGlass } from './Mutation/openBreakGlass.js';
import { receiveGreenChannelRelapse } from './Mutation/receiveGreenChannelRelapse.js';
import { receiveUploadCaseStatus } from './Mutation/receiveUploadCaseStatus.js';
import { receiveCaseHolding } from './Mutation/receiveCaseHolding.js';
import { recordFollowUp } from './Mutation/recordFollowUp.js';
import { recordRelapse, setManagementStatus } from './Mutation/recordRelapse.js';
import { registerPatient } from './Mutation/registerPatient.js';
import { OverdueFollowUp } from './OverdueFollowUp.js';
import { Person } from './Person.js';
import { Query } from './Query.js';
import { Hospitalization, RegistryRecord } from './RegistryRecord.js';
import { RehabIndicators } from './RehabIndicators.js';

// The generated type and the shared builder describe the same two resolvers.
const AuditTrail = auditTrailResolvers('registryEntries') as AuditTrailResolvers;
const ReaderTrail = readerTrailResolvers('registryEntries') as ReaderTrailResolvers;

export const resolvers: Resolvers = {
  AuditTrail,
  ReaderTrail,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  CitizenId: CitizenIdScalar,
  Query,
  Mutation: {
    registerPatient,
    openBreakGlass,
    recordFollowUp,
    recordAdmission,
    recordDischarge,
    recordDischargeAssessment,
    recordConsent,
    revokeConsent,
    recordRelapse,
    setManagementStatus,
    uploadReferral,
    receiveGreenChannelRelapse,
    receiveUploadCaseStatus,
    receiveCaseHolding,
  },
  Person,
  RegistryRecord,
  Hospitalization,
  OverdueFollowUp,
  RehabIndicators,
  RegistryConsent: { id: (consent) => consent.id },
};
