// The county's waiting list, first come first served (DOMAIN.md §4, refined by issue 16): who queues, who is next, where a moved case lands.
import type { ReferralStatus } from './referral-workflow.js';

/** Registered cases waiting for dispatch queue by their first registration (registered_at, then id), wait-listed or not. */
export const QUEUE_STATUSES: readonly ReferralStatus[] = ['REGISTERED', 'WAITLISTED'];

/** Statuses of a case not yet held by an institution: a move re-queues it in the new county instead of pushing it to an institution there. */
export const NOT_YET_HELD: readonly ReferralStatus[] = ['REGISTERED', 'WAITLISTED', 'DISPATCHED'];

/** A case is wait-listed only when no institution of its county has a free place. */
export const mayWaitlist = (freePlacesInCounty: number): boolean => freePlacesInCounty <= 0;

/** Dispatch out of queue order (anyone ahead of the case) needs a recorded reason. */
export const isNextInLine = (position: number | null): boolean => position === null || position <= 1;

/**
 * Where a registered, wait-listed or dispatched case lands in the county it moved to: REGISTERED
 * when an institution there has a free place (dispatch then checks capacity and the queue), else
 * WAITLISTED. It keeps its first registration, so it queues by its original date.
 */
export const relocatedStatus = (freePlacesInNewCounty: number): 'REGISTERED' | 'WAITLISTED' =>
  mayWaitlist(freePlacesInNewCounty) ? 'WAITLISTED' : 'REGISTERED';

/** How many of the queue's head free places can take now: as many as there are places, and no more than wait. */
export const dispatchableNow = (freePlaces: number, queueLength: number): number => Math.max(0, Math.min(freePlaces, queueLength));
