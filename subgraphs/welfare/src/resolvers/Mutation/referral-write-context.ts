// What every referral write checks first (the case, the caller's sight of it, the version, the state machine) and how it runs once.
import type { GraphQLResolveInfo } from 'graphql';
import type { Knex } from 'knex';
import { writeAudit } from '#platform/audit/audit.js';
import type { Caller } from '#platform/identity/identity.js';
import { inScope } from '#platform/access/region-scope.js';
import type { Db } from '#platform/database/db.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import type { WelfareContext } from '../../context.js';
import { placesTakenAt } from '../../data/institutions.js';
import { type Actor, lockReferral, referralFromReceipt } from '../../data/referral-writes.js';
import type { ReferralRecord } from '../../data/referrals.js';
import { chinaDateOf } from '../../domain/deadlines.js';
import { hasFreePlace, presentReason, type RecordName, recordRefusal, type Refusal, type TransitionName, transitionRefusal } from '../../domain/transitions.js';
import { auditRequestOf, idempotentWrite } from './institution-write-context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An id the platform issued (a UUID); anything else is bad input naming the argument. */
export function idArg(value: string, argument: string): string {
  const id = value.toLowerCase();
  if (!UUID.test(id)) throw badInput(`${argument} is not an id issued by the platform`, argument);
  return id;
}

const MAX_REASON = 500;

/** A free-text reason where one may be given: trimmed, at most 500 characters; blank is none. */
export function optionalReasonArg(reason: string | null | undefined, argument: string): string | null {
  const text = presentReason(reason);
  if (text !== null && text.length > MAX_REASON) throw badInput(`${argument} must be at most ${MAX_REASON} characters`, argument);
  return text;
}

/** A free-text reason where the transition needs one: present and not blank. */
export function requiredReasonArg(reason: string | null | undefined, argument: string): string {
  const text = optionalReasonArg(reason, argument);
  if (text === null) throw badInput(`${argument} is required for this transition`, argument);
  return text;
}

/** A day that has happened (China Standard Time), and not before the case began. */
export function caseDateArg(value: string, referral: ReferralRecord, argument: string): string {
  if (value > chinaToday()) throw badInput(`${argument} must not be in the future`, argument);
  if (value < chinaDateOf(referral.submittedAt)) throw badInput(`${argument} must not be before the referral was submitted`, argument);
  return value;
}

export const actorOf = (caller: Caller): Actor => ({ role: caller.role, subject: caller.subject });

/** Service forms as a set: at least one, each once. */
export function serviceFormsArg<T extends string>(forms: readonly T[], argument: string): T[] {
  if (forms.length === 0) throw badInput(`${argument} must name at least one service form`, argument);
  return [...new Set(forms)];
}

/**
 * Who may write to a case: a caller whose region holds its county; institution staff only
 * cases of their own institution (a transfer's intake is checked by acceptReferral itself).
 */
export function mayWriteReferral(caller: Caller, referral: ReferralRecord): boolean {
  if (!inScope(caller, referral.countyCode)) return false;
  if (caller.role === 'INSTITUTION_STAFF') return referral.institutionId !== null && referral.institutionId === caller.institutionId;
  return true;
}

export const referralNotFound = () => graphError(ErrorCode.NOT_FOUND, 'no referral with this id in your region', { argument: 'input.referralId' });

/**
 * Locks the case for this transaction. Unknown, or outside what the caller may write: the
 * same NOT_FOUND either way, so a write cannot probe for cases elsewhere.
 */
export async function writableReferral(trx: Db, caller: Caller, referralId: string, mayWrite = mayWriteReferral): Promise<ReferralRecord> {
  const referral = await lockReferral(trx, idArg(referralId, 'input.referralId'));
  if (!referral || !mayWrite(caller, referral)) throw referralNotFound();
  return referral;
}

function refusalError(refusal: Refusal, operation: string, expectedVersion?: number) {
  if (refusal.code === 'VERSION_CONFLICT') {
    return graphError(
      ErrorCode.VERSION_CONFLICT,
      `input.expectedVersion ${expectedVersion ?? ''} is not the referral's current version ${refusal.currentVersion}; read it again`,
      {
        argument: 'input.expectedVersion',
        currentVersion: refusal.currentVersion,
      },
    );
  }
  return graphError(ErrorCode.ILLEGAL_TRANSITION, `${operation} does not apply to a referral in status ${refusal.currentStatus}`, {
    currentStatus: refusal.currentStatus,
  });
}

/** The expected version and the state machine: VERSION_CONFLICT or ILLEGAL_TRANSITION, naming what the case is now. */
export function expectTransition(name: TransitionName, operation: string, referral: ReferralRecord, expectedVersion: number): void {
  const refusal = transitionRefusal(name, referral, expectedVersion);
  if (refusal) throw refusalError(refusal, operation, expectedVersion);
}

/** A record (service, consent, assessment…) kept on a case in a status that takes it. */
export function expectRecord(name: RecordName, operation: string, referral: ReferralRecord): void {
  const refusal = recordRefusal(name, referral.status);
  if (refusal) throw refusalError(refusal, operation);
}

/**
 * NO_CAPACITY unless the institution has a free place. The caller has locked the
 * institution's row, so concurrent dispatches count its places one after another.
 */
export async function requireFreePlace(trx: Db, institution: { id: string; capacity: number }): Promise<void> {
  if (!hasFreePlace(institution.capacity, await placesTakenAt(trx, institution.id))) {
    throw graphError(ErrorCode.NO_CAPACITY, 'the institution has no free place', { capacity: institution.capacity });
  }
}

/** The WRITE audit row of the person whose case changed, in the write's transaction. */
export async function auditReferralWrite(trx: Db, ctx: WelfareContext, info: GraphQLResolveInfo, pid: string, fields: string[]): Promise<void> {
  await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields }]);
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
  operation: string,
  input: { idempotencyKey?: string | null },
  work: (trx: Knex.Transaction) => Promise<ReferralRecord>,
): Promise<{ referral: ReferralRecord }> {
  const write = idempotentWrite(ctx, operation, input);
  try {
    return { referral: referralFromReceipt(await idempotent(ctx.db, write, work)) };
  } catch (error) {
    if (!write.key || !isVersionConflict(error)) throw error;
    // The receipt of the write that won, if it was this key's; otherwise the conflict stands.
    const replayed = await idempotent<ReferralRecord>(ctx.db, write, () => Promise.reject(error));
    return { referral: referralFromReceipt(replayed) };
  }
}
