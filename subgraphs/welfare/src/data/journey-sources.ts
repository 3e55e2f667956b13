// What the platform's journey events of many people are made of, in one prepared statement: their referrals the caller may see, each case's records, and their benefits.
import { mapToMany } from '#platform/database/batch.js';
import type { Db } from '#platform/database/db.js';
import { preparedRead, type Source } from '#platform/database/read-together.js';
import type { ReferralScope } from './referral-scope.js';
import { type BenefitRecord, benefitsSource } from './benefits.js';
import { consentsSource, type ReferralRecord, referralsSource, scopedReferralIdsOf, transitionsSource } from './referrals.js';
import { agreementsSource, assessmentsSource, firstServicePagesSource } from './workflow.js';
import type { CaseHistory } from './journey-events.js';

/** A journey holds a case's services up to this many, newest first. */
export const SERVICES_PER_CASE = 500;

/** What the caller's role lets the journey show; each part is read only when shown. */
export interface WelfareJourneyAccess {
  scope: ReferralScope;
  /** Person.referrals' readers: the cases with their transitions and consents. */
  referrals: boolean;
  /** Referral.services' and .assessments' readers: a case's agreement, assessments and services too. */
  caseRecords: boolean;
  /** Person.benefits' readers. */
  benefits: boolean;
}

export interface WelfareJourneySources {
  /** The person's referrals the caller may see, newest first, each with its history. */
  cases: { referral: ReferralRecord; history: CaseHistory }[];
  benefits: BenefitRecord[];
}

const read = preparedRead((db: Db, pids: readonly string[], access: WelfareJourneyAccess) => {
  const sources: Record<string, Source<unknown>> = {};
  if (access.referrals) {
    const ids = () => scopedReferralIdsOf(db, access.scope, pids);
    sources.referrals = referralsSource(db, access.scope, pids);
    sources.transitions = transitionsSource(db, ids());
    sources.consents = consentsSource(db, ids());
    if (access.caseRecords) {
      sources.agreements = agreementsSource(db, ids());
      sources.assessments = assessmentsSource(db, ids());
      sources.services = firstServicePagesSource(db, ids(), SERVICES_PER_CASE);
    }
  }
  if (access.benefits) sources.benefits = benefitsSource(db, access.scope.countyPrefix, pids);
  return sources;
});

type Read = Partial<{
  referrals: ReferralRecord[];
  transitions: CaseHistory['transitions'][number][];
  consents: CaseHistory['consents'][number][];
  agreements: NonNullable<CaseHistory['agreement']>[];
  assessments: CaseHistory['assessments'][number][];
  services: CaseHistory['services'][number][];
  benefits: BenefitRecord[];
}>;

/** One entry per pid, in their order. */
export async function welfareJourneySources(db: Db, pids: readonly string[], access: WelfareJourneyAccess): Promise<WelfareJourneySources[]> {
  if (!access.referrals && !access.benefits) return pids.map(() => ({ cases: [], benefits: [] }));
  const rows = (await read(db, pids, access)) as Read;
  const referrals = rows.referrals ?? [];
  const ids = referrals.map((referral) => referral.id);
  const transitions = mapToMany(ids, rows.transitions ?? [], (r) => r.referralId);
  const consents = mapToMany(ids, rows.consents ?? [], (r) => r.referralId);
  const agreements = mapToMany(ids, rows.agreements ?? [], (r) => r.referralId);
  const assessments = mapToMany(ids, rows.assessments ?? [], (r) => r.referralId);
  const services = mapToMany(ids, rows.services ?? [], (r) => r.referralId);
  const cases = referrals.map((referral, i) => ({
    referral,
    history: {
      transitions: transitions[i]!,
      consents: consents[i]!,
      agreement: agreements[i]![0] ?? null,
      assessments: assessments[i]!,
      services: services[i]!,
    },
  }));
  const casesByPid = mapToMany(pids, cases, (c) => c.referral.pid);
  const benefits = mapToMany(pids, rows.benefits ?? [], (r) => r.pid);
  return pids.map((_pid, i) => ({ cases: casesByPid[i]!, benefits: benefits[i]! }));
}
