// DataLoaders of the referral workflow (re-reviews, assessments, agreements, services, hand-offs), per request.
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { Caller } from '#platform/identity/identity.js';
import { mapTo, mapToMany } from '#platform/database/batch.js';
import { type HandoffRecord, handoffsByReferralIds } from './handoffs.js';
import { waitingPositions } from './waiting-queue.js';
import {
  agreementsByReferralIds,
  type AssessmentRecord,
  assessmentsByReferralIds,
  type DeliveredServiceRecord,
  reReviewsByReferralIds,
  type ReReviewRecord,
  type ServiceAgreementRecord,
  type ServicePageKey,
  servicePages,
} from './workflow.js';

/**
 * Referral ids here come from referrals the caller was already allowed to load (the
 * parent field), so these loaders need no scope of their own.
 */
export function createWorkflowLoaders(db: Knex, _caller: Caller) {
  return {
    reReviewsByReferralId: new DataLoader<string, ReReviewRecord[]>(async (ids) => mapToMany(ids, await reReviewsByReferralIds(db, ids), (r) => r.referralId)),
    assessmentsByReferralId: new DataLoader<string, AssessmentRecord[]>(async (ids) =>
      mapToMany(ids, await assessmentsByReferralIds(db, ids), (r) => r.referralId),
    ),
    serviceAgreementByReferralId: new DataLoader<string, ServiceAgreementRecord | null>(async (ids) =>
      mapTo(ids, await agreementsByReferralIds(db, ids), (r) => r.referralId),
    ),
    employmentHandoffByReferralId: new DataLoader<string, HandoffRecord | null>(async (ids) =>
      mapTo(ids, await handoffsByReferralIds(db, ids), (r) => r.referralId),
    ),
    /** Each queued case's position in its county's queue (1 is next); null when not queued. */
    waitingPositionByReferralId: new DataLoader<string, number | null>(async (ids) =>
      mapTo(ids, await waitingPositions(db, ids), (r) => r.referralId).map((r) => r?.position ?? null),
    ),
    /** One page of a case's services per key; a page of referrals with their services is one statement. */
    servicePage: new DataLoader<ServicePageKey, DeliveredServiceRecord[], string>(
      async (keys) => {
        const rows = await servicePages(db, keys);
        return mapToMany(
          keys.map((_key, index) => index),
          rows,
          (row) => row.key,
        );
      },
      { cacheKeyFn: (key) => JSON.stringify([key.referralId, key.limit, key.before]) },
    ),
  };
}
