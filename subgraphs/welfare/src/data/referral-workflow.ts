// The referral workflow carried out: applyTransition runs one transition of the table (domain/referral-workflow.ts)
// in one transaction — lock, sight, version, state, the table's checks, status, history, outbox, audit — once per
// idempotency key. The checks the table names are carried out here, with the facts each reads.
import { mayWriteCase } from '../access-policy.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Knex } from 'knex';
import { writeAudit } from '#platform/audit/audit.js';
import type { Db } from '#platform/database/db.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent, keyedWrite } from '#platform/graphql/idempotency.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { auditRequestOf } from '#platform/graphql/write-args.js';
import type { Caller } from '#platform/identity/identity.js';
import { requestLanguage, t, term } from '#platform/i18n/request-language.js';
import type { MessageKey } from '#platform/i18n/messages.js';
import type { WelfareContext } from '../context.js';
import { missingSignatories, signatoryNames } from '../domain/consent-signatories.js';
import { needsReReview } from '../domain/deadlines.js';
import {
  type CheckName,
  illegalTransitionMessage,
  type RecordName,
  RECORDS,
  type ReferralMutation,
  type ReferralStatus,
  recordRefusal,
  type Refusal,
  ruleOf,
  type TransitionName,
  transitionRefusal,
} from '../domain/referral-workflow.js';
import { isNextInLine, mayWaitlist } from '../domain/waiting-queue.js';
import { closeReasonProblem, hasFreePlace, referOutConsequence } from '../domain/workflow-guards.js';
import type { ConsentScope } from '../generated/resolvers-types.js';
import { dispatchLocking, institutionForWrite, placesTakenAt } from './institutions.js';
import { type Actor, lockReferral, referralFromReceipt, type TransitionWrite, writeTransition } from './referral-writes.js';
import type { ReferralRecord } from './referrals.js';
import { freePlacesInCounty, waitingPositions } from './waiting-queue.js';
import { consentRevoked, hasAgreementSinceIntake, latestReReviewAt, liveConsentGrantors, revokeLiveConsents } from './workflow-records.js';
import { type SystemReason, systemReason } from '../domain/system-reasons.js';

export const actorOf = (caller: Caller): Actor => ({ role: caller.role, subject: caller.subject });

/**
 * Who may write to a case, as the access policy's write entries say (access-policy.ts): a caller whose
 * region holds its county; institution staff only cases of their own institution (a transfer's intake
 * is checked by acceptReferral itself).
 */
export function mayWriteReferral(caller: Caller, referral: ReferralRecord): boolean {
  return mayWriteCase(caller, referral);
}

export const referralNotFound = () => graphError(ErrorCode.NOT_FOUND, t('input.notFound', { what: t('thing.referral') }), { argument: 'input.referralId' });

/**
 * Locks the case (by an id already checked well-formed) for this transaction. Unknown, or outside
 * what the caller may write: the same NOT_FOUND either way, so a write cannot probe for cases elsewhere.
 */
export async function lockWritableReferral(trx: Db, caller: Caller, referralId: string, mayWrite = mayWriteReferral): Promise<ReferralRecord> {
  const referral = await lockReferral(trx, referralId);
  if (!referral || !mayWrite(caller, referral)) throw referralNotFound();
  return referral;
}

function refusalError(refusal: Refusal, operation: string, allowed: readonly ReferralStatus[], expectedVersion?: number) {
  if (refusal.code === 'VERSION_CONFLICT') {
    return graphError(ErrorCode.VERSION_CONFLICT, t('welfare.versionConflict', { expected: expectedVersion ?? '', current: refusal.currentVersion }), {
      argument: 'input.expectedVersion',
      currentVersion: refusal.currentVersion,
    });
  }
  return graphError(ErrorCode.ILLEGAL_TRANSITION, illegalTransitionMessage(requestLanguage(), operation, allowed, refusal.currentStatus), {
    currentStatus: refusal.currentStatus,
  });
}

/** The expected version and the table: VERSION_CONFLICT or ILLEGAL_TRANSITION, naming what the case is now. */
export function expectTransition(name: TransitionName, operation: string, referral: ReferralRecord, expectedVersion: number): void {
  const refusal = transitionRefusal(name, referral, expectedVersion);
  if (refusal) throw refusalError(refusal, operation, ruleOf(name).from, expectedVersion);
}

/**
 * CONSENT_REVOKED once the case's SERVICE_AGREEMENT consent was revoked (and none given
 * since): the revocation stopped the case, so service, assessments and dispatch are refused
 * by name rather than as an illegal transition of a closed case.
 */
async function refuseAfterConsentRevoked(trx: Db, referral: ReferralRecord, operation: ReferralMutation): Promise<void> {
  if (!(await consentRevoked(trx, referral.id, 'SERVICE_AGREEMENT'))) return;
  throw graphError(ErrorCode.CONSENT_REVOKED, t('welfare.consentRevokedStops', { operation: term('ReferralMutation', operation) }), {
    missing: 'SERVICE_AGREEMENT_CONSENT',
    currentStatus: referral.status,
  });
}

/** A record (service, consent, assessment…) kept on a case in a status that takes it, after the checks its row of RECORDS names. */
export async function expectRecord(trx: Db, name: RecordName, operation: ReferralMutation, referral: ReferralRecord): Promise<void> {
  if (RECORDS[name].checks.includes('consentNotRevoked')) await refuseAfterConsentRevoked(trx, referral, operation);
  const refusal = recordRefusal(name, referral.status);
  if (refusal) throw refusalError(refusal, operation, RECORDS[name].in);
}

/** NO_CAPACITY unless the institution has a free place; its row is locked, so concurrent writes count its places one after another. */
async function requireFreePlace(trx: Db, institution: { id: string; capacity: number }): Promise<void> {
  if (!hasFreePlace(institution.capacity, await placesTakenAt(trx, institution.id))) {
    throw graphError(ErrorCode.NO_CAPACITY, t('welfare.noFreePlace'), { capacity: institution.capacity });
  }
}

/** A consent of `scope` live and signed by the person and, where the case records one, the guardian (notice §6-7). */
async function requireSignedConsent(trx: Db, referral: ReferralRecord, scope: ConsentScope, missingCode: string, neededFor: MessageKey) {
  const grantors = await liveConsentGrantors(trx, referral.id, scope);
  if (grantors.length === 0) {
    throw graphError(ErrorCode.CONSENT_REQUIRED, t('welfare.consentMissing', { operation: t(neededFor), scope: term('ConsentScope', scope) }), {
      missing: missingCode,
    });
  }
  const missing = missingSignatories(referral.hasGuardian, grantors);
  if (missing.length > 0) {
    throw graphError(
      ErrorCode.CONSENT_REQUIRED,
      t('welfare.consentSignatories', { scope: term('ConsentScope', scope), missing: signatoryNames(requestLanguage(), missing) }),
      { missing: missingCode, missingSignatories: missing },
    );
  }
}

/** One transition under way: the locked case as it was, what the call asks, and what the write will set. */
interface Step {
  trx: Db;
  referral: ReferralRecord;
  operation: ReferralMutation;
  write: TransitionWrite;
}

/** The checks of the table, each with the facts it reads; a refusal is thrown, so nothing is written. */
const CHECK_RUNNERS: Record<CheckName, (step: Step) => Promise<void>> = {
  consentNotRevoked: ({ trx, referral, operation }) => refuseAfterConsentRevoked(trx, referral, operation),

  // DOMAIN.md §4: a case waiting over 90 days is dispatched only after a recent re-review.
  recentReReview: async ({ trx, referral }) => {
    if (!needsReReview(referral, await latestReReviewAt(trx, referral.id), chinaToday())) return;
    throw graphError(ErrorCode.ILLEGAL_TRANSITION, t('welfare.reReviewRequired'), {
      reason: 'RE_REVIEW_REQUIRED',
      currentStatus: referral.status,
    });
  },

  // An institution of the case's county with a free place; its row stays locked until the transaction ends.
  placeAtInstitution: async ({ trx, referral, write }) => {
    if (write.institutionId === undefined) return;
    const institution = await institutionForWrite(trx, write.institutionId, { lock: dispatchLocking.enabled });
    if (!institution || institution.countyCode !== referral.countyCode) throw badInput(t('welfare.institutionNotInCounty'), 'input.institutionId');
    await requireFreePlace(trx, institution);
  },

  // Issue 16: the county's queue is first come, first served; dispatching a case with others ahead of it needs a reason, recorded on the history row.
  queueOrder: async ({ trx, referral, write }) => {
    const [queued] = await waitingPositions(trx, [referral.id]);
    const position = queued?.position ?? null;
    if (isNextInLine(position) || write.reason !== null) return;
    throw graphError(ErrorCode.ILLEGAL_TRANSITION, t('welfare.notNextInLine', { position: position ?? '' }), {
      reason: 'NOT_NEXT_IN_LINE',
      waitingPosition: position,
      argument: 'input.reason',
      currentStatus: referral.status,
    });
  },

  // Issue 16: a case is wait-listed only when no institution of its county has a free place.
  noFreePlaceInCounty: async ({ trx, referral }) => {
    const freePlaces = await freePlacesInCounty(trx, referral.countyCode);
    if (mayWaitlist(freePlaces)) return;
    throw graphError(ErrorCode.PLACES_AVAILABLE, t('welfare.placesAvailable', { freePlaces }), { freePlaces, currentStatus: referral.status });
  },

  // DOMAIN.md §4: service starts with a live SERVICE_AGREEMENT consent and an agreement signed with the institution that holds the case.
  serviceAgreement: async ({ trx, referral }) => {
    await requireSignedConsent(trx, referral, 'SERVICE_AGREEMENT', 'SERVICE_AGREEMENT_CONSENT', 'welfare.startingService');
    if (!(await hasAgreementSinceIntake(trx, referral.id))) {
      throw graphError(ErrorCode.CONSENT_REQUIRED, t('welfare.agreementMissing'), {
        missing: 'SERVICE_AGREEMENT',
      });
    }
  },

  employmentSharing: async ({ trx, referral, write }) => {
    if (write.outcome === undefined || referOutConsequence(write.outcome) !== 'EMPLOYMENT_HANDOFF') return;
    await requireSignedConsent(trx, referral, 'EMPLOYMENT_SHARING', 'EMPLOYMENT_SHARING', 'welfare.employmentOutcome');
  },

  closeReason: async ({ referral, write }) => {
    if (write.closeReason === undefined) return;
    const problem = closeReasonProblem(write.closeReason, referral);
    if (problem) throw badInput(t(problem), 'input.reason');
  },
};

/** What the mutation adds to its transition, in the same transaction. */
export interface TransitionHooks {
  /** Who may write this case (NOT_FOUND otherwise); mayWriteReferral unless said. */
  mayWrite?: (caller: Caller, referral: ReferralRecord) => boolean;
  /** Right after the lock, before the version and the state: what the call needs of the case to find it its own (NOT_FOUND), and any write it settles. */
  locate?: (trx: Knex.Transaction, referral: ReferralRecord) => Promise<Partial<TransitionWrite> | undefined>;
  /** The transition, when it depends on the case (a move): chosen after locate. */
  choose?: (trx: Knex.Transaction, referral: ReferralRecord, write: TransitionWrite) => Promise<TransitionName>;
  /** After the table's checks, before the status is written: the mutation's own records; returns the tables it wrote (for the audit) and what it settled of the write. */
  before?: (trx: Knex.Transaction, referral: ReferralRecord) => Promise<{ fields?: string[]; write?: Partial<TransitionWrite> } | undefined>;
  /** After the status is written: messages to other agencies, a transition that follows at once; returns the tables it wrote and the case as it left it. */
  after?: (trx: Knex.Transaction, next: ReferralRecord) => Promise<{ fields?: string[]; referral?: ReferralRecord } | undefined>;
}

export interface TransitionCall extends TransitionHooks {
  operation: ReferralMutation;
  /** The transition of the table; `choose` may decide it from the case instead. */
  name: TransitionName;
  referralId: string;
  expectedVersion: number;
  /** The input as the idempotency key promises to repeat it. */
  input: { idempotencyKey?: string | null };
  write: Omit<TransitionWrite, 'actor'>;
}

/**
 * One transition of the workflow, in one transaction, once per idempotency key: locks the case,
 * checks the caller may write it, the expected version and the table (VERSION_CONFLICT,
 * ILLEGAL_TRANSITION), runs the checks the table names and the mutation's hooks, writes the
 * status, timestamps and history row (with the upload's outbox message), and the audit row.
 */
export async function applyTransition(ctx: WelfareContext, info: GraphQLResolveInfo, call: TransitionCall): Promise<{ referral: ReferralRecord }> {
  return writeReferralOnce(ctx, call.operation, call.input, async (trx) => {
    const referral = await lockWritableReferral(trx, ctx.caller, call.referralId, call.mayWrite);
    const write: TransitionWrite = { ...call.write, ...(await call.locate?.(trx, referral)), actor: actorOf(ctx.caller) };
    const name = call.choose ? await call.choose(trx, referral, write) : call.name;
    const rule = ruleOf(name);
    // The table says who starts each transition through which mutation; a mutation it does not name is a mistake in the code.
    if (!(call.operation in rule.who)) throw new Error(`${call.operation} does not start ${name} in the workflow's table`);
    const step: Step = { trx, referral, operation: call.operation, write };
    const first = rule.checks.filter((check) => check === 'consentNotRevoked');
    for (const check of first) await CHECK_RUNNERS[check](step);
    expectTransition(name, call.operation, referral, call.expectedVersion);
    for (const check of rule.checks.filter((check) => check !== 'consentNotRevoked')) await CHECK_RUNNERS[check](step);
    const recorded = await call.before?.(trx, referral);
    const written = await writeTransition(trx, referral, name, { ...write, ...recorded?.write });
    const followed = await call.after?.(trx, written);
    await writeAudit(trx, auditRequestOf(ctx, info), [
      { action: 'WRITE', pid: referral.pid, fields: ['referral', 'referral_transition', ...(recorded?.fields ?? []), ...(followed?.fields ?? [])] },
    ]);
    return followed?.referral ?? written;
  });
}

/**
 * A transition that follows another event in the caller's transaction (a re-review, a revoked
 * consent, a notice of another agency, a referral out that closes at once) on a locked case:
 * the table's state check, then the write. The caller audits.
 */
export async function transitionIn(
  trx: Db,
  referral: ReferralRecord,
  name: TransitionName,
  operation: ReferralMutation,
  write: TransitionWrite,
): Promise<ReferralRecord> {
  expectTransition(name, operation, referral, referral.version);
  return writeTransition(trx, referral, name, write);
}

const CONSENT_SCOPES: readonly ConsentScope[] = ['REFERRAL_UPLOAD', 'SERVICE_AGREEMENT', 'EMPLOYMENT_SHARING'];

/** Revokes every live consent of the case (the person withdrew). */
export async function revokeAllConsents(trx: Db, referralId: string): Promise<void> {
  for (const scope of CONSENT_SCOPES) await revokeLiveConsents(trx, referralId, scope);
}

/** Closes a locked, active case as WITHDRAWN in the caller's transaction; `reason` is the history's, e.g. the re-review or the revocation. */
export async function closeAsWithdrawn(
  trx: Db,
  referral: ReferralRecord,
  operation: ReferralMutation,
  actor: Actor,
  reason: SystemReason,
): Promise<ReferralRecord> {
  return transitionIn(trx, referral, 'close', operation, { actor, reason: systemReason(reason), closeReason: 'WITHDRAWN' });
}

const isVersionConflict = (error: unknown) => (error as { extensions?: { code?: unknown } }).extensions?.code === ErrorCode.VERSION_CONFLICT;

/**
 * Runs a referral write once under its idempotency key, in one transaction, and answers the
 * referral as the write left it. Concurrent retries of one keyed write queue on the case's
 * lock: the first applies, and the others, finding the version moved on, get the first's
 * recorded result instead of a VERSION_CONFLICT.
 */
export async function writeReferralOnce(
  ctx: WelfareContext,
  operation: ReferralMutation,
  input: { idempotencyKey?: string | null },
  work: (trx: Knex.Transaction) => Promise<ReferralRecord>,
): Promise<{ referral: ReferralRecord }> {
  const write = keyedWrite(ctx.caller.subject, operation, input);
  try {
    return { referral: referralFromReceipt(await idempotent(ctx.db, write, work)) };
  } catch (error) {
    if (!write.key || !isVersionConflict(error)) throw error;
    // The receipt of the write that won, if it was this key's; otherwise the conflict stands.
    const replayed = await idempotent<ReferralRecord>(ctx.db, write, () => Promise.reject(error));
    return { referral: referralFromReceipt(replayed) };
  }
}
