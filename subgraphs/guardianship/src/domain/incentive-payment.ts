// The yearly incentive decision (以奖代补): a guardian who fulfilled the duties all year, with no incident, is rewarded.
import type { Problem } from '#platform/i18n/messages.js';
import { type AgreementPeriod, inForceDuring } from './agreements.js';
import { QUARTERS } from './quarters.js';

export const REVIEW_OUTCOMES = ['DUTIES_FULFILLED', 'PARTLY_FULFILLED', 'NOT_FULFILLED'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export type PaymentStatus = 'PAID' | 'WITHHELD';
export type WithheldReason = 'INCIDENT' | 'DUTIES_NOT_FULFILLED';

export interface PaymentAgreement extends AgreementPeriod {
  guardianId: string;
}

export interface YearReview {
  year: number;
  quarter: number;
  outcome: ReviewOutcome;
  incident: boolean;
}

export interface PaymentDecision {
  /** The guardian of the agreement in force during the year (the latest signed, when one replaced another). */
  guardianId: string;
  status: PaymentStatus;
  withheldReason: WithheldReason | null;
  /** The yearly amount when PAID, 0 when WITHHELD. */
  amountYuan: number;
}

export type DecisionResult = { ok: true; decision: PaymentDecision } | { ok: false; problem: Problem };

/**
 * Decides a ward's payment for a year. Not payable without an agreement in force during the year, nor
 * before the four quarterly reviews of the year are recorded. Then an incident in any quarter withholds
 * it (INCIDENT), else a quarter whose duties were NOT_FULFILLED does (DUTIES_NOT_FULFILLED), else the
 * guardian is paid the yearly amount.
 */
export function decideIncentivePayment(
  year: number,
  agreements: readonly PaymentAgreement[],
  reviews: readonly YearReview[],
  yearlyAmountYuan: number,
): DecisionResult {
  const inYear = agreements.filter((a) => inForceDuring(a, year)).sort((a, b) => (a.signedOn < b.signedOn ? 1 : a.signedOn > b.signedOn ? -1 : 0));
  const agreement = inYear[0];
  if (!agreement) return { ok: false, problem: { key: 'guardianship.noAgreementInYear', params: { year } } };
  const ofYear = reviews.filter((r) => r.year === year);
  const missing = QUARTERS.filter((q) => !ofYear.some((r) => r.quarter === q));
  if (missing.length > 0)
    return { ok: false, problem: { key: 'guardianship.reviewsMissing', params: { year, quarters: missing.map((q) => `Q${q}`).join(', ') } } };
  const withheld = (withheldReason: WithheldReason): DecisionResult => ({
    ok: true,
    decision: { guardianId: agreement.guardianId, status: 'WITHHELD', withheldReason, amountYuan: 0 },
  });
  if (ofYear.some((r) => r.incident)) return withheld('INCIDENT');
  if (ofYear.some((r) => r.outcome === 'NOT_FULFILLED')) return withheld('DUTIES_NOT_FULFILLED');
  return { ok: true, decision: { guardianId: agreement.guardianId, status: 'PAID', withheldReason: null, amountYuan: yearlyAmountYuan } };
}
