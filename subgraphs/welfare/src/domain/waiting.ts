// How long a registered referral has waited for intake (DOMAIN.md §5 "waiting").
import type { ReferralStatus } from './referral-workflow.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Statuses in which a registered case still waits for an institution to take it in. */
const WAITING: ReadonlySet<ReferralStatus> = new Set(['REGISTERED', 'WAITLISTED', 'DISPATCHED']);

/**
 * Whole days from registration to intake (acceptance), or to `now` while the case still
 * waits; null for a case never registered, or closed before any intake.
 */
export function waitingDays(registeredAt: Date | null, acceptedAt: Date | null, status: ReferralStatus, now: Date): number | null {
  if (!registeredAt) return null;
  const end = acceptedAt ?? (WAITING.has(status) ? now : null);
  if (!end) return null;
  return Math.max(0, Math.floor((end.getTime() - registeredAt.getTime()) / DAY_MS));
}
