// An employment officer's answer to a post-rehabilitation referral (DOMAIN.md §4, REFERRED_OUT → CLOSED): once, and the same answer again changes nothing.
import type { EmploymentReferralDecision, EmploymentReferralStatus } from '../generated/resolvers-types.js';

/** What an answer does to a referral in a status: record it, leave it as it is (the same answer again), or refuse it. */
export type AnswerEffect = 'RECORD' | 'UNCHANGED' | 'ILLEGAL';

export function answerEffect(status: EmploymentReferralStatus, decision: EmploymentReferralDecision): AnswerEffect {
  if (status === 'RECEIVED') return 'RECORD';
  return status === decision ? 'UNCHANGED' : 'ILLEGAL';
}

/** A reason that is present and not blank, trimmed; null when missing. */
export function presentReason(reason: string | null | undefined): string | null {
  const text = reason?.trim() ?? '';
  return text.length > 0 ? text : null;
}
