// The referral state machine of the national platform (DOMAIN.md §4): which status may follow which.

export const REFERRAL_STATUSES = [
  'SUBMITTED',
  'REGISTERED',
  'REJECTED',
  'WAITLISTED',
  'DISPATCHED',
  'ACCEPTED',
  'ASSESSED',
  'IN_SERVICE',
  'RELAPSE_REFERRED',
  'TRANSFER_PENDING',
  'REFERRED_OUT',
  'CLOSED',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const TERMINAL_STATUSES: ReadonlySet<ReferralStatus> = new Set(['REJECTED', 'CLOSED']);

/** Statuses in which an institution holds the case (a relapse suspends it there), so that relocation can push it on. */
const HELD_BY_INSTITUTION = ['ACCEPTED', 'ASSESSED', 'IN_SERVICE', 'RELAPSE_REFERRED'] as const;

/**
 * Allowed successors. Every active status may also close (withdrawn consent, death, lost
 * to follow-up, not suitable), which is added below rather than repeated in each row.
 */
const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  // SUBMITTED → SUBMITTED: the person moved before the review; the new county reviews it.
  SUBMITTED: ['REGISTERED', 'REJECTED', 'SUBMITTED'],
  // Back to SUBMITTED: a re-review found the circumstances changed, and the need is reviewed again.
  // REGISTERED → REGISTERED or WAITLISTED: the person moved, and the case queues in the new county by its first registration.
  REGISTERED: ['DISPATCHED', 'WAITLISTED', 'SUBMITTED', 'REGISTERED'],
  WAITLISTED: ['DISPATCHED', 'SUBMITTED', 'REGISTERED', 'WAITLISTED'],
  // Declined by the institution: back to REGISTERED with a reason; or the person moved before intake (REGISTERED or WAITLISTED in the new county).
  DISPATCHED: ['ACCEPTED', 'REGISTERED', 'WAITLISTED'],
  ACCEPTED: ['ASSESSED'],
  ASSESSED: ['IN_SERVICE'],
  IN_SERVICE: ['RELAPSE_REFERRED', 'REFERRED_OUT'],
  // Green channel: the case resumes after discharge and re-assessment.
  RELAPSE_REFERRED: ['IN_SERVICE'],
  // An institution in the new county accepts and re-assesses.
  TRANSFER_PENDING: ['ACCEPTED'],
  // The receiver declines the hand-off (with a reason): the case returns to service.
  REFERRED_OUT: ['IN_SERVICE'],
  REJECTED: [],
  CLOSED: [],
};

export function nextStatuses(from: ReferralStatus): ReferralStatus[] {
  if (TERMINAL_STATUSES.has(from)) return [];
  const next = [...NEXT[from]];
  if ((HELD_BY_INSTITUTION as readonly ReferralStatus[]).includes(from)) next.push('TRANSFER_PENDING');
  next.push('CLOSED');
  return next;
}

export function canTransition(from: ReferralStatus | null, to: ReferralStatus): boolean {
  if (from === null) return to === 'SUBMITTED';
  return nextStatuses(from).includes(to);
}

/** Statuses counted as occupying a place at the institution. */
export const OCCUPYING_STATUSES: readonly ReferralStatus[] = ['ACCEPTED', 'ASSESSED', 'IN_SERVICE', 'RELAPSE_REFERRED'];

/** Statuses that take a place at the institution: held cases, and cases dispatched and not yet accepted or declined. Dispatch never takes an institution past its capacity in these. */
export const PLACE_TAKING_STATUSES: readonly ReferralStatus[] = ['DISPATCHED', ...OCCUPYING_STATUSES];
