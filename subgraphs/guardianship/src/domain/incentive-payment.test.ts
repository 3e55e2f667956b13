import { describe, expect, it } from 'vitest';
import { decideIncentivePayment, type PaymentAgreement, type YearReview } from './incentive-payment.js';

const AMOUNT = 1200;
const agreement: PaymentAgreement = { guardianId: '7', signedOn: '2024-05-01', terminatedOn: null };
const fulfilledYear = (year: number): YearReview[] => [1, 2, 3, 4].map((quarter) => ({ year, quarter, outcome: 'DUTIES_FULFILLED', incident: false }));
const withQuarter = (reviews: YearReview[], quarter: number, change: Partial<YearReview>) =>
  reviews.map((r) => (r.quarter === quarter ? { ...r, ...change } : r));

describe('the yearly incentive decision', () => {
  it("pays the configured amount to the agreement's guardian when every quarter was fulfilled without incident", () => {
    expect(decideIncentivePayment(2025, [agreement], fulfilledYear(2025), AMOUNT)).toEqual({
      ok: true,
      decision: { guardianId: '7', status: 'PAID', withheldReason: null, amountYuan: AMOUNT },
    });
    expect(decideIncentivePayment(2025, [agreement], withQuarter(fulfilledYear(2025), 2, { outcome: 'PARTLY_FULFILLED' }), 900)).toMatchObject({
      ok: true,
      decision: { status: 'PAID', amountYuan: 900 },
    });
  });

  it('withholds it for an incident in any quarter, before looking at the outcomes', () => {
    const reviews = withQuarter(withQuarter(fulfilledYear(2025), 3, { incident: true }), 1, { outcome: 'NOT_FULFILLED' });
    expect(decideIncentivePayment(2025, [agreement], reviews, AMOUNT)).toEqual({
      ok: true,
      decision: { guardianId: '7', status: 'WITHHELD', withheldReason: 'INCIDENT', amountYuan: 0 },
    });
  });

  it("withholds it when a quarter's duties were not fulfilled", () => {
    const reviews = withQuarter(fulfilledYear(2025), 4, { outcome: 'NOT_FULFILLED' });
    expect(decideIncentivePayment(2025, [agreement], reviews, AMOUNT)).toMatchObject({
      ok: true,
      decision: { status: 'WITHHELD', withheldReason: 'DUTIES_NOT_FULFILLED', amountYuan: 0 },
    });
  });

  it('is not payable without an agreement in force during the year', () => {
    expect(decideIncentivePayment(2025, [], fulfilledYear(2025), AMOUNT)).toEqual({
      ok: false,
      problem: { key: 'guardianship.noAgreementInYear', params: { year: 2025 } },
    });
    expect(decideIncentivePayment(2025, [{ ...agreement, signedOn: '2026-01-02' }], fulfilledYear(2025), AMOUNT)).toMatchObject({ ok: false });
    expect(decideIncentivePayment(2025, [{ ...agreement, terminatedOn: '2024-12-31' }], fulfilledYear(2025), AMOUNT)).toMatchObject({ ok: false });
  });

  it('is not payable before the four reviews of the year are recorded', () => {
    const result = decideIncentivePayment(
      2025,
      [agreement],
      fulfilledYear(2025).filter((r) => r.quarter !== 3),
      AMOUNT,
    );
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.problem).toEqual({ key: 'guardianship.reviewsMissing', params: { year: 2025, quarters: 'Q3' } });
    expect(decideIncentivePayment(2025, [agreement], fulfilledYear(2024), AMOUNT)).toMatchObject({ ok: false });
  });

  it('pays the guardian of the latest agreement in force during the year', () => {
    const earlier: PaymentAgreement = { guardianId: '3', signedOn: '2023-01-10', terminatedOn: '2025-04-30' };
    const later: PaymentAgreement = { guardianId: '9', signedOn: '2025-05-02', terminatedOn: null };
    expect(decideIncentivePayment(2025, [earlier, later], fulfilledYear(2025), AMOUNT)).toMatchObject({ ok: true, decision: { guardianId: '9' } });
  });
});
