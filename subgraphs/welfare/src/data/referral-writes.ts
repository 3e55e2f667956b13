// Writes of the referral row and its history, inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { Db } from '#platform/database/db.js';
import { mayStart, ruleOf, type TransitionName, type TransitionRule } from '../domain/referral-workflow.js';
import { type Stamp, stampsOf } from '../domain/workflow-guards.js';
import type { CloseReason, ReferralChannel, ReferralOutcome, ReferralStatus, ThirdPartyApplicant } from '../generated/resolvers-types.js';
import { type ReferralRow, REFERRAL_COLUMNS, REFERRAL_TIMESTAMPS, type ReferralRecord, toReferralRecord } from './referrals.js';
import { isUploadCaseStatus, recordUploadCaseEvent } from './upload-case-events.js';
import { holderOf, recordHoldingChange } from './case-holding.js';
import { refreshWelfareStatistics } from './statistics.js';

/** Who made a transition, as the history records it. */
export interface Actor {
  role: string;
  subject: string;
}

/** Locks the referral row for this transaction: writes about one case queue behind each other. */
export async function lockReferral(db: Db, id: string): Promise<ReferralRecord | null> {
  const row = (await db('referral')
    .select(...REFERRAL_COLUMNS)
    .where({ id })
    .forUpdate()
    .first()) as ReferralRow | undefined;
  return row ? toReferralRecord(row) : null;
}

async function insertHistory(db: Db, referralId: string, from: ReferralStatus | null, to: ReferralStatus, actor: Actor, reason: string | null): Promise<void> {
  await db('referral_transition').insert({
    referral_id: referralId,
    from_status: from,
    to_status: to,
    at: db.fn.now(),
    actor_role: actor.role,
    actor_id: actor.subject,
    reason,
  });
}

export interface NewReferral {
  pid: string;
  channel: ReferralChannel;
  countyCode: string;
  applicant: ThirdPartyApplicant | null;
  /** Whether the person has a guardian, as recorded at intake; null when unknown. */
  hasGuardian: boolean | null;
  actor: Actor;
}

/** A new SUBMITTED referral at version 1, with its first history row. */
export async function insertReferral(db: Db, referral: NewReferral): Promise<ReferralRecord> {
  const [row] = (await db('referral')
    .insert({
      id: randomUUID(),
      pid: referral.pid,
      channel: referral.channel,
      status: 'SUBMITTED',
      version: 1,
      county_code: referral.countyCode,
      applicant: referral.applicant,
      has_guardian: referral.hasGuardian,
      submitted_at: db.fn.now(),
    })
    .returning([...REFERRAL_COLUMNS])) as ReferralRow[];
  await insertHistory(db, row!.id, null, 'SUBMITTED', referral.actor, null);
  return toReferralRecord(row!);
}

/** What a transition writes besides what the workflow's table says of it (its status, stamps, and WRITES). */
export interface TransitionWrite {
  actor: Actor;
  reason: string | null;
  /** WRITES institution: the institution the case goes to. */
  institutionId?: string;
  /** WRITES county: the county the person moved to. */
  countyCode?: string;
  /** WRITES outcome. */
  outcome?: ReferralOutcome;
  /** Referred out to OTHER_REHAB_SERVICE: the institution that takes the person on. */
  receivingInstitutionId?: string | null;
  /** WRITES closeReason. */
  closeReason?: CloseReason;
}

const STAMP_COLUMNS: Record<Stamp, string> = {
  reviewedAt: 'reviewed_at',
  registeredAt: 'registered_at',
  dispatchedAt: 'dispatched_at',
  acceptedAt: 'accepted_at',
  referredOutAt: 'referred_out_at',
  closedAt: 'closed_at',
};

function changesOf(db: Db, from: ReferralStatus, rule: TransitionRule, write: TransitionWrite): Record<string, unknown> {
  const changes: Record<string, unknown> = { status: rule.to, version: db.raw('version + 1'), updated_at: db.fn.now() };
  const stamps = stampsOf(from, rule.to);
  for (const stamp of stamps.set) changes[STAMP_COLUMNS[stamp]] = db.fn.now();
  for (const stamp of stamps.first) changes[STAMP_COLUMNS[stamp]] = db.raw('coalesce(??, now())', [STAMP_COLUMNS[stamp]]);
  for (const effect of rule.writes) {
    if (effect === 'institution' && write.institutionId !== undefined) changes.institution_id = write.institutionId;
    // A dispatch not yet accepted is void: the place at its institution is freed, and the dispatch deadline runs again.
    if (effect === 'leaveInstitution') Object.assign(changes, { institution_id: null }, from === 'DISPATCHED' ? { dispatched_at: null } : {});
    if (effect === 'county' && write.countyCode !== undefined) changes.county_code = write.countyCode;
    if (effect === 'outcome') Object.assign(changes, { outcome: write.outcome ?? null, receiving_institution_id: write.receivingInstitutionId ?? null });
    if (effect === 'clearReferralOut') Object.assign(changes, { outcome: null, referred_out_at: null, receiving_institution_id: null });
    if (effect === 'closeReason' && write.closeReason !== undefined) changes.close_reason = write.closeReason;
    if (effect === 'restartReview') changes.review_requested_at = db.fn.now();
  }
  return changes;
}

/**
 * Applies a transition of the workflow's table to a locked referral whose status it may start
 * from (the caller checked): status, version + 1, timestamps, what the table says it writes, and
 * its history row. A case imported from a hospital's upload that is accepted or closed tells the
 * registry, in the same transaction's outbox, so the hospital sees it on its upload; so does any
 * change of the institution that holds the case (the registry's access rules need it).
 */
export async function writeTransition(db: Db, referral: ReferralRecord, name: TransitionName, write: TransitionWrite): Promise<ReferralRecord> {
  const rule = ruleOf(name);
  if (!mayStart(name, referral.status)) throw new Error(`${name} does not start from ${referral.status}: check the workflow first`);
  const [row] = (await db('referral')
    .where({ id: referral.id })
    .update(changesOf(db, referral.status, rule, write))
    .returning([...REFERRAL_COLUMNS, 'source_upload_id'])) as (ReferralRow & { source_upload_id: string | null })[];
  await insertHistory(db, referral.id, referral.status, rule.to, write.actor, write.reason);
  // A transition stamps the flows the indicators count, and a transfer moves them to the new county.
  await refreshWelfareStatistics(db, [referral.pid]);
  if (row!.source_upload_id && isUploadCaseStatus(rule.to)) {
    await recordUploadCaseEvent(db, { referralId: referral.id, pid: referral.pid, uploadId: row!.source_upload_id, status: rule.to });
  }
  await recordHoldingChange(db, referral, holderOf(referral.status, referral.institutionId), holderOf(row!.status, row!.institution_id));
  const { source_upload_id: _upload, ...referralRow } = row!;
  return toReferralRecord(referralRow);
}

/** A referral as an idempotency receipt gives it back (JSON): its timestamps become Dates again. */
export function referralFromReceipt(stored: ReferralRecord): ReferralRecord {
  const record: Record<string, unknown> = { ...stored };
  for (const field of REFERRAL_TIMESTAMPS) {
    const value = record[field];
    if (typeof value === 'string') record[field] = new Date(value);
  }
  return record as unknown as ReferralRecord;
}
