// A person's move to another county: which transition each active case takes, for the institution's transfer and the registry's notice alike.
import type { Db } from '#platform/database/db.js';
import type { TransitionName } from '../domain/referral-workflow.js';
import { NOT_YET_HELD, relocatedStatus } from '../domain/waiting-queue.js';
import type { ReferralRecord } from './referrals.js';
import { freePlacesInCounty } from './waiting-queue.js';

/**
 * The transition a move takes from each active status (DOMAIN.md §4, refined by issue 16):
 * before review it stays SUBMITTED for the new county to review; registered, wait-listed or
 * dispatched and not yet accepted, it queues in the new county by its first registration, as
 * REGISTERED where an institution there has a free place, else WAITLISTED; held by an
 * institution, it waits as TRANSFER_PENDING for an institution there to accept it.
 */
export async function moveOf(trx: Db, referral: ReferralRecord, countyCode: string): Promise<TransitionName> {
  if (referral.status === 'SUBMITTED') return 'relocateBeforeReview';
  if (!NOT_YET_HELD.includes(referral.status)) return 'requestTransfer';
  const to = relocatedStatus(await freePlacesInCounty(trx, countyCode));
  return to === 'REGISTERED' ? 'relocateRegistered' : 'relocateWaitlisted';
}
