// What the workflow recorded on cases (re-reviews, assessments, agreements, services), read for many referrals in one statement each.
import type { Db } from '#platform/database/db.js';
import { type Source, source } from '#platform/database/read-together.js';
import { ofReferrals, type ReferralIds } from './referrals.js';
import type { AssessmentKind, ConsentGrantor, RehabEffect, ServiceForm } from '../generated/resolvers-types.js';
import type { DbReferralAssessmentRow, DbServiceAgreementRow, DbServiceRecordRow } from './tables.js';

export interface ReReviewRecord {
  referralId: string;
  at: Date;
  stillWilling: boolean;
  circumstancesChanged: boolean;
}

export interface AssessmentRecord {
  referralId: string;
  kind: AssessmentKind;
  assessedOn: string;
  effect: RehabEffect | null;
  recommendedForms: ServiceForm[];
  illnessStable: boolean | null;
  selfCare: boolean | null;
  socialFunction: boolean | null;
  willingToWork: boolean | null;
  ableToWork: boolean | null;
}

export interface ServiceAgreementRecord {
  referralId: string;
  signedOn: string;
  signedBy: ConsentGrantor;
  serviceForms: ServiceForm[];
}

export interface DeliveredServiceRecord {
  id: number;
  referralId: string;
  date: string;
  serviceForm: ServiceForm;
  durationMinutes: number;
  staffId: string;
}

/** Newest first. */
export async function reReviewsByReferralIds(db: Db, referralIds: readonly string[]): Promise<ReReviewRecord[]> {
  const rows = (await db('referral_re_review')
    .select('referral_id', 'at', 'still_willing', 'circumstances_changed')
    .whereRaw('referral_id = any(?)', [referralIds as string[]])
    .orderBy([
      { column: 'at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])) as { referral_id: string; at: Date; still_willing: boolean; circumstances_changed: boolean }[];
  return rows.map((r) => ({ referralId: r.referral_id, at: r.at, stillWilling: r.still_willing, circumstancesChanged: r.circumstances_changed }));
}

/** Oldest first. */
type AssessmentRow = Pick<
  DbReferralAssessmentRow,
  | 'referral_id'
  | 'kind'
  | 'assessed_on'
  | 'effect'
  | 'recommended_forms'
  | 'illness_stable'
  | 'self_care'
  | 'social_function'
  | 'willing_to_work'
  | 'able_to_work'
>;
export const toAssessmentRecord = (r: AssessmentRow): AssessmentRecord => ({
  referralId: r.referral_id,
  kind: r.kind,
  assessedOn: r.assessed_on,
  effect: r.effect,
  recommendedForms: r.recommended_forms,
  illnessStable: r.illness_stable,
  selfCare: r.self_care,
  socialFunction: r.social_function,
  willingToWork: r.willing_to_work,
  ableToWork: r.able_to_work,
});
const assessmentsQuery = (db: Db, ids: ReferralIds) =>
  ofReferrals(
    db('referral_assessment').select(
      'referral_id',
      'kind',
      'assessed_on',
      'effect',
      'recommended_forms',
      'illness_stable',
      'self_care',
      'social_function',
      'willing_to_work',
      'able_to_work',
    ),
    ids,
  ).orderBy([{ column: 'assessed_on' }, { column: 'id' }]);

export async function assessmentsByReferralIds(db: Db, referralIds: readonly string[]): Promise<AssessmentRecord[]> {
  const rows: AssessmentRow[] = await assessmentsQuery(db, referralIds);
  return rows.map(toAssessmentRecord);
}

/** assessmentsByReferralIds as a source of a combined read. */
export const assessmentsSource = (db: Db, ids: ReferralIds): Source<AssessmentRecord> => source(assessmentsQuery(db, ids), toAssessmentRecord);

type AgreementRow = Omit<DbServiceAgreementRow, 'recorded_at'>;
export const toAgreementRecord = (r: AgreementRow): ServiceAgreementRecord => ({
  referralId: r.referral_id,
  signedOn: r.signed_on,
  signedBy: r.signed_by,
  serviceForms: r.service_forms,
});
const agreementsQuery = (db: Db, ids: ReferralIds) =>
  ofReferrals(db('service_agreement').select('referral_id', 'signed_on', 'signed_by', 'service_forms'), ids);

export async function agreementsByReferralIds(db: Db, referralIds: readonly string[]): Promise<ServiceAgreementRecord[]> {
  const rows: AgreementRow[] = await agreementsQuery(db, referralIds);
  return rows.map(toAgreementRecord);
}

/** agreementsByReferralIds as a source of a combined read. */
export const agreementsSource = (db: Db, ids: ReferralIds): Source<ServiceAgreementRecord> => source(agreementsQuery(db, ids), toAgreementRecord);

type ServiceRow = Omit<DbServiceRecordRow, 'institution_id' | 'recorded_at'>;
export const toServiceRecord = (r: ServiceRow): DeliveredServiceRecord => ({
  id: Number(r.id),
  referralId: r.referral_id,
  date: r.service_date,
  serviceForm: r.service_form,
  durationMinutes: r.duration_minutes,
  staffId: r.staff_id,
});
const SERVICE_COLUMNS = ['id', 'referral_id', 'service_date', 'service_form', 'duration_minutes', 'staff_id'];

/**
 * The first page (newest first, at most `limit`) of each of these cases' services, as a
 * source of a combined read: the same rows as servicePages gives for first-page keys.
 */
export function firstServicePagesSource(db: Db, ids: ReferralIds, limit: number): Source<DeliveredServiceRecord> {
  const ranked = ofReferrals(
    db('service_record').select(SERVICE_COLUMNS).select(db.raw('row_number() over (partition by referral_id order by service_date desc, id desc) as rank')),
    ids,
  );
  return source(
    db
      .select(SERVICE_COLUMNS)
      .from(ranked.as('ranked'))
      .where('rank', '<=', limit)
      .orderBy([{ column: 'referral_id' }, { column: 'rank' }]),
    toServiceRecord,
  );
}

/** One page of a case's services, newest first: at most `limit` rows before an optional (date, id) position. */
export interface ServicePageKey {
  referralId: string;
  limit: number;
  before: { date: string; id: number } | null;
}

/** The first page starts before every row: after the end of time, above every id. */
const FIRST_PAGE = { date: 'infinity', id: '9223372036854775807' };

/**
 * Pages of services for many cases in one statement, each with its own position and size:
 * the keys join the table laterally, so a page of referrals with their services costs one
 * query. Rows come back with the index of the key they answer.
 */
export async function servicePages(db: Db, keys: readonly ServicePageKey[]): Promise<(DeliveredServiceRecord & { key: number })[]> {
  const { rows } = (await db.raw(
    `select k.n as key, s.id, s.referral_id, s.service_date, s.service_form, s.duration_minutes, s.staff_id
       from unnest(?::text[], ?::date[], ?::bigint[], ?::int[]) with ordinality as k(referral_id, before_date, before_id, lim, n)
       cross join lateral (
         select r.id, r.referral_id, r.service_date, r.service_form, r.duration_minutes, r.staff_id
           from service_record r
          where r.referral_id = k.referral_id
            and (r.service_date, r.id) < (k.before_date, k.before_id)
          order by r.service_date desc, r.id desc
          limit k.lim
       ) s
      order by k.n, s.service_date desc, s.id desc`,
    [
      keys.map((k) => k.referralId),
      keys.map((k) => k.before?.date ?? FIRST_PAGE.date),
      keys.map((k) => String(k.before?.id ?? FIRST_PAGE.id)),
      keys.map((k) => k.limit),
    ],
  )) as { rows: (ServiceRow & { key: number | string })[] };
  return rows.map((r) => ({ key: Number(r.key) - 1, ...toServiceRecord(r) }));
}
