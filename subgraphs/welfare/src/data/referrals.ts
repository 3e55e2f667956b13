// Referrals of the national platform with their history and consents, loaded in batches.
import type { Knex } from 'knex';
import type { Db } from '#platform/database/db.js';
import { preparedSelect, type Source, source } from '#platform/database/read-together.js';
import { type ReferralScope, withinScope } from './referral-scope.js';
import type { DbReferralConsentRow, DbReferralRow, DbReferralTransitionRow } from './tables.js';
import type {
  CloseReason,
  ConsentGrantor,
  ConsentScope,
  ReferralChannel,
  ReferralOutcome,
  ReferralStatus,
  ThirdPartyApplicant,
} from '../generated/resolvers-types.js';

/** A referral as the reads and writes select it: REFERRAL_COLUMNS. */
export type ReferralRow = Pick<DbReferralRow, (typeof REFERRAL_COLUMNS)[number]>;

export interface ReferralRecord {
  id: string;
  pid: string;
  channel: ReferralChannel;
  status: ReferralStatus;
  version: number;
  countyCode: string;
  institutionId: string | null;
  submittedAt: Date;
  registeredAt: Date | null;
  acceptedAt: Date | null;
  outcome: ReferralOutcome | null;
  closeReason: CloseReason | null;
  applicant: ThirdPartyApplicant | null;
  reviewedAt: Date | null;
  dispatchedAt: Date | null;
  referredOutAt: Date | null;
  closedAt: Date | null;
  /** Recorded at intake; null when unknown (then the guardian's signature is not asked for). */
  hasGuardian: boolean | null;
  /** When a re-review sent the case back for review; the review deadline runs from here. */
  reviewRequestedAt: Date | null;
  /** Referred out to OTHER_REHAB_SERVICE: the institution that takes the person on; null otherwise. */
  receivingInstitutionId: string | null;
}

/** The referral's timestamps, by field: a record read back from JSON (an idempotency receipt) turns them into Dates again. */
export const REFERRAL_TIMESTAMPS = [
  'submittedAt',
  'registeredAt',
  'acceptedAt',
  'reviewedAt',
  'dispatchedAt',
  'referredOutAt',
  'closedAt',
  'reviewRequestedAt',
] as const;

export interface TransitionRecord {
  referralId: string;
  from: ReferralStatus | null;
  to: ReferralStatus;
  at: Date;
  actorRole: string;
  reason: string | null;
}

export interface ConsentRecord {
  referralId: string;
  scope: ConsentScope;
  grantedBy: ConsentGrantor;
  grantedAt: Date;
  revokedAt: Date | null;
}

export function toReferralRecord(row: ReferralRow): ReferralRecord {
  return {
    id: row.id,
    pid: row.pid,
    channel: row.channel,
    status: row.status,
    version: row.version,
    countyCode: row.county_code,
    institutionId: row.institution_id,
    submittedAt: row.submitted_at,
    registeredAt: row.registered_at,
    acceptedAt: row.accepted_at,
    outcome: row.outcome,
    closeReason: row.close_reason,
    applicant: row.applicant,
    reviewedAt: row.reviewed_at,
    dispatchedAt: row.dispatched_at,
    referredOutAt: row.referred_out_at,
    closedAt: row.closed_at,
    hasGuardian: row.has_guardian,
    reviewRequestedAt: row.review_requested_at,
    receivingInstitutionId: row.receiving_institution_id,
  };
}

export const REFERRAL_COLUMNS = [
  'id',
  'pid',
  'channel',
  'status',
  'version',
  'county_code',
  'institution_id',
  'submitted_at',
  'registered_at',
  'accepted_at',
  'outcome',
  'close_reason',
  'applicant',
  'reviewed_at',
  'dispatched_at',
  'referred_out_at',
  'closed_at',
  'has_guardian',
  'review_requested_at',
  'receiving_institution_id',
] as const;

const selectReferralsByIds = preparedSelect<ReferralRow, ReferralScope>((db, ids, scope) =>
  withinScope(
    db<ReferralRow>('referral')
      .select(...REFERRAL_COLUMNS)
      .whereRaw('id = any(?)', [ids as string[]]),
    scope,
  ),
);

export async function referralsByIds(db: Db, scope: ReferralScope, ids: readonly string[]): Promise<ReferralRecord[]> {
  return (await selectReferralsByIds(db, ids, scope)).map(toReferralRecord);
}

const referralsOfPidsQuery = (db: Db, scope: ReferralScope, pids: readonly string[]) =>
  withinScope(
    db<ReferralRow>('referral')
      .select(...REFERRAL_COLUMNS)
      .whereRaw('pid = any(?)', [pids as string[]]),
    scope,
  ).orderBy([
    { column: 'submitted_at', order: 'desc' },
    { column: 'id', order: 'desc' },
  ]);
const selectReferralsByPids = preparedSelect<ReferralRow, ReferralScope>((db, pids, scope) => referralsOfPidsQuery(db, scope, pids));

/** All referrals of these people that the caller may see, newest first. */
export async function referralsByPids(db: Db, scope: ReferralScope, pids: readonly string[]): Promise<ReferralRecord[]> {
  return (await selectReferralsByPids(db, pids, scope)).map(toReferralRecord);
}

/** Referrals given by their ids, or by a query of their ids (a combined read's subquery). */
export type ReferralIds = readonly string[] | Knex.QueryBuilder;

/** Limits a query of rows about referrals to these referrals. */
export function ofReferrals<Q extends Knex.QueryBuilder>(query: Q, ids: ReferralIds): Q {
  if (Array.isArray(ids)) query.whereRaw('referral_id = any(?)', [ids as string[]]);
  else query.whereIn('referral_id', ids as Knex.QueryBuilder);
  return query;
}

/** The ids of these people's referrals that the caller may see, as a subquery. */
export const scopedReferralIdsOf = (db: Db, scope: ReferralScope, pids: readonly string[]): Knex.QueryBuilder =>
  withinScope(
    db('referral')
      .select('referral.id')
      .whereRaw('referral.pid = any(?)', [pids as string[]]),
    scope,
  );

/** referralsByPids as a source of a combined read. */
export const referralsSource = (db: Db, scope: ReferralScope, pids: readonly string[]): Source<ReferralRecord> =>
  source<ReferralRow, ReferralRecord>(referralsOfPidsQuery(db, scope, pids), toReferralRecord, [
    'submitted_at',
    'registered_at',
    'accepted_at',
    'reviewed_at',
    'dispatched_at',
    'referred_out_at',
    'closed_at',
    'review_requested_at',
  ]);

type TransitionRow = Omit<DbReferralTransitionRow, 'id' | 'actor_id'>;
export const toTransitionRecord = (r: TransitionRow): TransitionRecord => ({
  referralId: r.referral_id,
  from: r.from_status,
  to: r.to_status,
  at: r.at,
  actorRole: r.actor_role,
  reason: r.reason,
});
const transitionsQuery = (db: Db, ids: ReferralIds) =>
  ofReferrals(db('referral_transition').select('referral_id', 'from_status', 'to_status', 'at', 'actor_role', 'reason'), ids).orderBy([
    { column: 'at' },
    { column: 'id' },
  ]);

/** The history of these referrals, oldest first. */
const selectTransitions = preparedSelect<TransitionRow>((db, ids) => transitionsQuery(db, ids));

export async function transitionsByReferralIds(db: Db, referralIds: readonly string[]): Promise<TransitionRecord[]> {
  return (await selectTransitions(db, referralIds, undefined)).map(toTransitionRecord);
}

/** transitionsByReferralIds as a source of a combined read. */
export const transitionsSource = (db: Db, ids: ReferralIds): Source<TransitionRecord> => source(transitionsQuery(db, ids), toTransitionRecord, ['at']);

type ConsentRow = Omit<DbReferralConsentRow, 'id'>;
export const toConsentRecord = (r: ConsentRow): ConsentRecord => ({
  referralId: r.referral_id,
  scope: r.scope,
  grantedBy: r.granted_by,
  grantedAt: r.granted_at,
  revokedAt: r.revoked_at,
});
const consentsQuery = (db: Db, ids: ReferralIds) =>
  ofReferrals(db('referral_consent').select('referral_id', 'scope', 'granted_by', 'granted_at', 'revoked_at'), ids).orderBy([
    { column: 'granted_at' },
    { column: 'id' },
  ]);

const selectConsents = preparedSelect<ConsentRow>((db, ids) => consentsQuery(db, ids));

export async function consentsByReferralIds(db: Db, referralIds: readonly string[]): Promise<ConsentRecord[]> {
  return (await selectConsents(db, referralIds, undefined)).map(toConsentRecord);
}

/** consentsByReferralIds as a source of a combined read. */
export const consentsSource = (db: Db, ids: ReferralIds): Source<ConsentRecord> =>
  source(consentsQuery(db, ids), toConsentRecord, ['granted_at', 'revoked_at']);

export interface ReferralListFilter {
  countyPrefix: string;
  status?: ReferralStatus | null;
  channel?: ReferralChannel | null;
  /** Inclusive lower bound on submitted_at. */
  submittedSince?: Date | null;
  /** Keyset: only referrals before this (submitted_at, id), newest first. */
  before?: { submittedAt: Date; id: string } | null;
  limit: number;
}

/** Referrals of a region, newest first by (submitted_at, id): a stable keyset order. */
export async function listReferrals(db: Db, scope: ReferralScope, filter: ReferralListFilter): Promise<ReferralRecord[]> {
  const query = withinScope(
    db<ReferralRow>('referral')
      .select(...REFERRAL_COLUMNS)
      .where('county_code', 'like', `${filter.countyPrefix}%`),
    scope,
  );
  if (filter.status) query.where('status', filter.status);
  if (filter.channel) query.where('channel', filter.channel);
  if (filter.submittedSince) query.where('submitted_at', '>=', filter.submittedSince);
  if (filter.before) query.whereRaw('(submitted_at, id) < (?, ?)', [filter.before.submittedAt, filter.before.id]);
  const rows = await query
    .orderBy([
      { column: 'submitted_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(filter.limit);
  return rows.map(toReferralRecord);
}
