// The pure rules the referral workflow's checks apply (DOMAIN.md §4, refined by issue 16): what a transition stamps, and what each guard refuses.
import type { MessageKey } from '#platform/i18n/messages.js';
import type { ReferralStatus } from './referral-workflow.js';

export type ReferralOutcome = 'EMPLOYMENT' | 'SHELTERED_EMPLOYMENT' | 'OTHER_REHAB_SERVICE' | 'RETURNED_TO_COMMUNITY';
export type CloseReason = 'HANDOFF_ACKNOWLEDGED' | 'RETURNED_TO_COMMUNITY' | 'NOT_SUITABLE' | 'WITHDRAWN' | 'DECEASED' | 'LOST_TO_FOLLOW_UP';

/** A reason that is present and not blank, trimmed; null when missing. */
export function presentReason(reason: string | null | undefined): string | null {
  const text = reason?.trim() ?? '';
  return text.length > 0 ? text : null;
}

export type Stamp = 'reviewedAt' | 'registeredAt' | 'dispatchedAt' | 'acceptedAt' | 'referredOutAt' | 'closedAt';

/**
 * The timestamps a transition sets to now. `first` ones keep an earlier value: waiting is
 * measured from the first registration to the first intake (DOMAIN.md §5), so a declined
 * dispatch or a transfer does not reset them.
 */
export function stampsOf(from: ReferralStatus | null, to: ReferralStatus): { set: Stamp[]; first: Stamp[] } {
  const set: Stamp[] = [];
  const first: Stamp[] = [];
  // The first review is the one the registration deadline measures; a review after a re-review sent the case back does not move it.
  if (from === 'SUBMITTED' && (to === 'REGISTERED' || to === 'REJECTED')) first.push('reviewedAt');
  if (from === 'SUBMITTED' && to === 'REGISTERED') first.push('registeredAt');
  if (to === 'DISPATCHED') set.push('dispatchedAt');
  if (to === 'ACCEPTED') first.push('acceptedAt');
  if (to === 'REFERRED_OUT') set.push('referredOutAt');
  if (to === 'CLOSED') set.push('closedAt');
  return { set, first };
}

/** What a referral out leads to: a hand-off to the disability federation, closing at once, or waiting for another service's acknowledgement. */
export type ReferOutConsequence = 'EMPLOYMENT_HANDOFF' | 'CLOSES_AT_ONCE' | 'AWAITS_RECEIVER';

export function referOutConsequence(outcome: ReferralOutcome): ReferOutConsequence {
  if (outcome === 'EMPLOYMENT' || outcome === 'SHELTERED_EMPLOYMENT') return 'EMPLOYMENT_HANDOFF';
  if (outcome === 'RETURNED_TO_COMMUNITY') return 'CLOSES_AT_ONCE';
  return 'AWAITS_RECEIVER';
}

/** Why a receiving institution cannot go with this referral out, or null: only OTHER_REHAB_SERVICE waits for another service's acknowledgement. */
export function receivingInstitutionProblem(outcome: ReferralOutcome, receivingInstitutionId: string | null): MessageKey | null {
  if (receivingInstitutionId !== null && referOutConsequence(outcome) !== 'AWAITS_RECEIVER') {
    return 'welfare.receivingInstitutionOutcome';
  }
  return null;
}

/**
 * Why closeReferral cannot close with this reason, or null. RETURNED_TO_COMMUNITY is
 * referOut's own closing; HANDOFF_ACKNOWLEDGED by hand is for an OTHER_REHAB_SERVICE
 * referral, since the federation answers employment hand-offs itself.
 */
export function closeReasonProblem(reason: CloseReason, referral: { status: ReferralStatus; outcome: ReferralOutcome | null }): MessageKey | null {
  if (reason === 'RETURNED_TO_COMMUNITY') return 'welfare.closeReturned';
  if (reason === 'HANDOFF_ACKNOWLEDGED' && !(referral.status === 'REFERRED_OUT' && referral.outcome === 'OTHER_REHAB_SERVICE')) {
    return 'welfare.closeHandoffAcknowledged';
  }
  return null;
}

/** The members of the multidisciplinary intake team who did not take part (all four must). */
export function missingTeamMembers(team: { psychiatrist: boolean; nurse: boolean; rehabTherapist: boolean; socialWorker: boolean }): string[] {
  const members = { psychiatrist: team.psychiatrist, nurse: team.nurse, rehabTherapist: team.rehabTherapist, socialWorker: team.socialWorker };
  return Object.entries(members)
    .filter(([, present]) => !present)
    .map(([member]) => member);
}

/** What a social worker's re-review of a long wait decides (DOMAIN.md §4, refined by issue 16). */
export type ReReviewConsequence = 'WITHDRAWN' | 'BACK_TO_REVIEW' | 'STILL_WAITING';

/** No longer willing closes the case as WITHDRAWN; changed circumstances send it back for review; otherwise it keeps its place. */
export function reReviewConsequence(review: { stillWilling: boolean; circumstancesChanged: boolean }): ReReviewConsequence {
  if (!review.stillWilling) return 'WITHDRAWN';
  return review.circumstancesChanged ? 'BACK_TO_REVIEW' : 'STILL_WAITING';
}

/** A live place count never passes capacity: dispatch (and a transfer's intake) needs one free. */
export const hasFreePlace = (capacity: number, placesTaken: number): boolean => placesTaken < capacity;
