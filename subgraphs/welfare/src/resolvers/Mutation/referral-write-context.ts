// The arguments of referral writes (ids, reasons, days, service forms), the case as the caller may write it, and a record's audit row.
import type { GraphQLResolveInfo } from 'graphql';
import { writeAudit } from '#platform/audit/audit.js';
import type { Caller } from '#platform/identity/identity.js';
import type { Db } from '#platform/database/db.js';
import { badInput } from '#platform/graphql/errors.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import type { WelfareContext } from '../../context.js';
import { lockWritableReferral, mayWriteReferral } from '../../data/referral-workflow.js';
import type { ReferralRecord } from '../../data/referrals.js';
import { chinaDateOf } from '../../domain/deadlines.js';
import { ruleOf, type TransitionName } from '../../domain/referral-workflow.js';
import { presentReason } from '../../domain/workflow-guards.js';
import { auditRequestOf } from './institution-write-context.js';
import { t } from '#platform/i18n/request-language.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An id the platform issued (a UUID); anything else is bad input naming the argument. */
export function idArg(value: string, argument: string): string {
  const id = value.toLowerCase();
  if (!UUID.test(id)) throw badInput(t('welfare.notPlatformId', { argument }), argument);
  return id;
}

const MAX_REASON = 500;

/** A free-text reason where one may be given: trimmed, at most 500 characters; blank is none. */
export function optionalReasonArg(reason: string | null | undefined, argument: string): string | null {
  const text = presentReason(reason);
  if (text !== null && text.length > MAX_REASON) throw badInput(t('welfare.reasonLength', { argument, max: MAX_REASON }), argument);
  return text;
}

/** A free-text reason where the transition needs one: present and not blank. */
export function requiredReasonArg(reason: string | null | undefined, argument: string): string {
  const text = optionalReasonArg(reason, argument);
  if (text === null) throw badInput(t('welfare.reasonRequired', { argument }), argument);
  return text;
}

/** The reason the caller gives for a transition, as its row of the table asks: required, or optional. */
export function transitionReasonArg(name: TransitionName, reason: string | null | undefined): string | null {
  return ruleOf(name).reason === 'required' ? requiredReasonArg(reason, 'input.reason') : optionalReasonArg(reason, 'input.reason');
}

/** A day that has happened (China Standard Time), and not before the case began. */
export function caseDateArg(value: string, referral: ReferralRecord, argument: string): string {
  if (value > chinaToday()) throw badInput(t('input.future', { argument }), argument);
  if (value < chinaDateOf(referral.submittedAt)) throw badInput(t('welfare.beforeSubmitted', { argument }), argument);
  return value;
}

/** Service forms as a set: at least one, each once. */
export function serviceFormsArg<T extends string>(forms: readonly T[], argument: string): T[] {
  if (forms.length === 0) throw badInput(t('welfare.serviceFormsEmpty', { argument }), argument);
  return [...new Set(forms)];
}

/** The case a transition's input names, the version it expects, and the input as its idempotency key promises to repeat it. */
export function caseOf<I extends { referralId: string; expectedVersion: number; idempotencyKey?: string | null }>(input: I) {
  return { referralId: idArg(input.referralId, 'input.referralId'), expectedVersion: input.expectedVersion, input };
}

/**
 * Locks the case for this transaction. Unknown, or outside what the caller may write: the
 * same NOT_FOUND either way, so a write cannot probe for cases elsewhere.
 */
export async function writableReferral(trx: Db, caller: Caller, referralId: string, mayWrite = mayWriteReferral): Promise<ReferralRecord> {
  return lockWritableReferral(trx, caller, idArg(referralId, 'input.referralId'), mayWrite);
}

/** The WRITE audit row of the person whose case changed, in the write's transaction. */
export async function auditReferralWrite(trx: Db, ctx: WelfareContext, info: GraphQLResolveInfo, pid: string, fields: string[]): Promise<void> {
  await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields }]);
}
