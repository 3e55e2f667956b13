// Demo data: the demo people the registry grades at risk 3 or above become HIGH_RISK wards; most have a guardian
// with a responsibility agreement, quarterly reviews of 2025 and 2026, and a 2025 payment decided by the incentive rule.
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { DemoPerson } from '#platform/server/subgraph-modules.js';
import { inForceDuring } from './domain/agreements.js';
import { decideIncentivePayment, type ReviewOutcome, type YearReview } from './domain/incentive-payment.js';
import { QUARTERS, quarterEnd, quarterStart } from './domain/quarters.js';
import { DEFAULT_YEARLY_INCENTIVE_YUAN } from './settings.js';

export const demoTables = ['ward', 'guardian', 'responsibility_agreement', 'quarterly_review', 'incentive_payment'] as const;

/** The risk grade from which the health commission notifies a person to the committees (grade 3: does not stop when persuaded). */
const HIGH_RISK_GRADE = 3;
const REVIEW_YEARS = [2025, 2026] as const;
const PAYMENT_YEAR = 2025;
/** The incentive began with the action: no agreement is dated before it. */
const PROGRAMME_START = '2023-01-01';
const RELATIONSHIPS = ['PARENT', 'PARENT', 'PARENT', 'SPOUSE', 'SPOUSE', 'SIBLING', 'CHILD', 'OTHER_RELATIVE', 'VILLAGE_COMMITTEE', 'OTHER'] as const;
const TERMINATION_REASONS = ['GUARDIAN_CHANGED', 'GUARDIAN_UNABLE', 'WARD_MOVED_AWAY', 'OTHER'] as const;
const CHUNK = 1000;

/** A number in [0, 1) fixed by the seed, the person and what it decides: the same inputs give the same rows in any order. */
function chance(seed: number, pid: string, what: string): number {
  return createHash('sha256').update(`${seed}:${pid}:${what}`).digest().readUInt32BE(0) / 2 ** 32;
}

function pick<T>(values: readonly T[], r: number): T {
  return values[Math.floor(r * values.length)]!;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const later = (a: string, b: string): string => (a > b ? a : b);

interface WardPlan {
  person: DemoPerson;
  relationship: string;
  agreement: { signedOn: string; terminatedOn: string | null; terminationReason: string | null } | null;
  reviews: (YearReview & { reviewedOn: string; reviewerRole: string })[];
}

function planFor(person: DemoPerson, seed: number, today: string): WardPlan | null {
  const r = (what: string) => chance(seed, person.pid, what);
  // About 85 % of wards have a guardian who signed; the others are still looking for one.
  if (r('guardian') >= 0.85) return null;
  const plan: WardPlan = { person, relationship: pick(RELATIONSHIPS, r('relationship')), agreement: null, reviews: [] };
  const signedOn = addDays(later(person.registeredOn, PROGRAMME_START), Math.floor(r('signed') * 60));
  if (signedOn > today) return plan;
  let terminatedOn: string | null = null;
  if (r('terminated') < 0.1) {
    const candidate = addDays(signedOn, 90 + Math.floor(r('terminated-on') * 720));
    if (candidate <= today) terminatedOn = candidate;
  }
  plan.agreement = { signedOn, terminatedOn, terminationReason: terminatedOn ? pick(TERMINATION_REASONS, r('reason')) : null };
  for (const year of REVIEW_YEARS) {
    for (const quarter of QUARTERS) {
      const end = quarterEnd(year, quarter);
      // Only ended quarters are reviewed, and only while the agreement was in force.
      if (end >= today || end < signedOn || (terminatedOn !== null && quarterStart(year, quarter) > terminatedOn)) continue;
      const what = `${year}Q${quarter}`;
      const outcomeDraw = r(`${what}:outcome`);
      const outcome: ReviewOutcome = outcomeDraw < 0.05 ? 'NOT_FULFILLED' : outcomeDraw < 0.15 ? 'PARTLY_FULFILLED' : 'DUTIES_FULFILLED';
      const reviewedOn = addDays(end, 1 + Math.floor(r(`${what}:day`) * 20));
      plan.reviews.push({
        year,
        quarter,
        outcome,
        incident: r(`${what}:incident`) < 0.05,
        reviewedOn: reviewedOn > today ? today : reviewedOn,
        reviewerRole: r(`${what}:reviewer`) < 0.8 ? 'SOCIAL_WORKER' : 'GUARDIANSHIP_OFFICER',
      });
    }
  }
  return plan;
}

async function insertChunked(trx: Knex.Transaction, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await trx(table).insert(rows.slice(start, start + CHUNK));
}

export async function seedDemo(db: Knex, people: readonly DemoPerson[], options: { seed: number; today: string }): Promise<Record<string, number>> {
  const wards = people.filter((person) => person.riskGrade >= HIGH_RISK_GRADE && person.registeredOn <= options.today);
  const plans = wards.map((person) => planFor(person, options.seed, options.today)).filter((plan): plan is WardPlan => plan !== null);
  const counts: Record<string, number> = { ward: wards.length, guardian: plans.length, responsibility_agreement: 0, quarterly_review: 0, incentive_payment: 0 };
  await db.transaction(async (trx) => {
    await insertChunked(
      trx,
      'ward',
      wards.map((person) => ({
        pid: person.pid,
        county_code: person.countyCode,
        eligibility: 'HIGH_RISK',
        eligible_since: person.registeredOn,
        enrolled_at: `${person.registeredOn}T09:00:00+08:00`,
      })),
    );
    // Guardian ids come from the database; the agreements and payments refer to them.
    const guardianIds = new Map<string, string>();
    for (let start = 0; start < plans.length; start += CHUNK) {
      const rows = plans
        .slice(start, start + CHUNK)
        .map((plan) => ({ pid: plan.person.pid, relationship: plan.relationship, since: plan.person.registeredOn, ended_on: null }));
      const inserted = (await trx('guardian').insert(rows).returning(['id', 'pid'])) as { id: number | string; pid: string }[];
      for (const row of inserted) guardianIds.set(row.pid, String(row.id));
    }
    const agreements: Record<string, unknown>[] = [];
    const reviews: Record<string, unknown>[] = [];
    const payments: Record<string, unknown>[] = [];
    for (const plan of plans) {
      const { agreement } = plan;
      if (!agreement) continue;
      const pid = plan.person.pid;
      const guardianId = guardianIds.get(pid)!;
      agreements.push({
        pid,
        guardian_id: Number(guardianId),
        signed_on: agreement.signedOn,
        terminated_on: agreement.terminatedOn,
        termination_reason: agreement.terminationReason,
      });
      for (const review of plan.reviews) {
        reviews.push({
          pid,
          year: review.year,
          quarter: review.quarter,
          reviewed_on: review.reviewedOn,
          outcome: review.outcome,
          incident: review.incident,
          reviewer_role: review.reviewerRole,
        });
      }
      if (!inForceDuring(agreement, PAYMENT_YEAR)) continue;
      const decision = decideIncentivePayment(PAYMENT_YEAR, [{ ...agreement, guardianId }], plan.reviews, DEFAULT_YEARLY_INCENTIVE_YUAN);
      if (!decision.ok) continue;
      const { status, withheldReason, amountYuan } = decision.decision;
      const decidedOn = addDays(`${PAYMENT_YEAR + 1}-01-10`, Math.floor(chance(options.seed, pid, 'decided') * 40));
      if (decidedOn > options.today) continue;
      payments.push({
        pid,
        guardian_id: Number(guardianId),
        year: PAYMENT_YEAR,
        amount_yuan: amountYuan,
        status,
        withheld_reason: withheldReason,
        decided_on: decidedOn,
      });
    }
    await insertChunked(trx, 'responsibility_agreement', agreements);
    await insertChunked(trx, 'quarterly_review', reviews);
    await insertChunked(trx, 'incentive_payment', payments);
    counts.responsibility_agreement = agreements.length;
    counts.quarterly_review = reviews.length;
    counts.incentive_payment = payments.length;
  });
  return counts;
}
