// Which management-status changes the registry tells the referral platform, and only with the consent DOMAIN.md §6 means.
import type { Problem } from '#platform/i18n/messages.js';
import type { ManagementStatus } from '../generated/resolvers-types.js';
import { type ConsentGrantor, uploadConsentMissing } from './upload-consent.js';

/**
 * The statuses the platform acts on. DOMAIN.md §4: a death closes every open case (any active →
 * CLOSED); a move to a known county moves them there (relocation: TRANSFER_PENDING); lost to
 * follow-up is shown on the case for its social worker to decide, and ACTIVE again takes that away.
 */
export type NoticeStatus = 'DECEASED' | 'MOVED_OUT' | 'LOST_TO_FOLLOW_UP' | 'ACTIVE';
const TOLD_TO_PLATFORM: ReadonlySet<ManagementStatus> = new Set<NoticeStatus>(['DECEASED', 'MOVED_OUT', 'LOST_TO_FOLLOW_UP', 'ACTIVE']);

export const isNoticeStatus = (status: ManagementStatus): status is NoticeStatus => TOLD_TO_PLATFORM.has(status);

/**
 * Whether a change to `status` goes to the platform. Only with the person's live REFERRAL_UPLOAD
 * consent (patient, and guardian where there is one): DOMAIN.md allows civil affairs nothing of the
 * registry without it, and says nothing that makes a death an exception, so without it nothing is sent.
 */
export function statusNoticeAllowed(status: ManagementStatus, grantors: Iterable<ConsentGrantor>, hasGuardian: boolean): boolean {
  return isNoticeStatus(status) && uploadConsentMissing(grantors, hasGuardian) === null;
}

/** Why a moved-to county cannot go with this change, or null: only MOVED_OUT names one, and never the person's own county. */
export function movedToCountyProblem(status: ManagementStatus, movedTo: string | null, ownCounty: string): Problem | null {
  if (movedTo === null) return null;
  if (status !== 'MOVED_OUT') return { key: 'registry.movedToCountyStatus' };
  if (movedTo === ownCounty) return { key: 'registry.movedToOwnCounty' };
  return null;
}
