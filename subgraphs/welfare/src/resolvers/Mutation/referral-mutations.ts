// The referral state machine's mutations (DOMAIN.md §4) and the records kept on a case.
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { recordReferralConsent, revokeReferralConsent } from './referral-consents.js';
import { acknowledgeReferralReceipt, closeReferral, referOut } from './referral-exit.js';
import { answerEmploymentHandoff } from './referral-handoffs.js';
import { receiveRegistryDischarge } from './referral-registry-discharge.js';
import { receiveRegistryStatus } from './referral-registry-status.js';
import { receiveReferralUpload, withdrawReferralUpload } from './referral-uploads.js';
import {
  acceptReferral,
  assessReferral,
  declineReferral,
  recordPeriodicAssessment,
  recordService,
  referForRelapse,
  requestTransfer,
  resumeService,
  signServiceAgreement,
  startService,
} from './referral-institution.js';
import { dispatchReferral, recordReReview, reviewReferral, submitReferral, waitlistReferral } from './referral-intake.js';

export const referralMutations: MutationResolvers = {
  submitReferral,
  reviewReferral,
  dispatchReferral,
  waitlistReferral,
  recordReReview,
  acceptReferral,
  declineReferral,
  assessReferral,
  recordReferralConsent,
  revokeReferralConsent,
  signServiceAgreement,
  startService,
  recordService,
  recordPeriodicAssessment,
  referForRelapse,
  resumeService,
  requestTransfer,
  referOut,
  closeReferral,
  acknowledgeReferralReceipt,
  receiveReferralUpload,
  withdrawReferralUpload,
  receiveRegistryStatus,
  receiveRegistryDischarge,
  answerEmploymentHandoff,
};
