// What every subgraph's writes check first, the same way everywhere: a well-formed pid, a day that
// has happened, a county in the caller's region; and the audit request a write records itself under.
import type { GraphQLResolveInfo } from 'graphql';
import type { AuditRequest } from '#platform/audit/audit.js';
import { clientOperationName } from '#platform/audit/audit-plugin.js';
import type { Caller } from '#platform/identity/identity.js';
import type { RequestAccess } from '#platform/access/policy-enforcement.js';
import { isCountyCode } from '#platform/statistics/division.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { isPid } from '#platform/identity/pid.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { t } from '#platform/i18n/request-language.js';
import type { MessageKey } from '#platform/i18n/messages.js';

/** Who writes, in which request, under which client operation: the write's own audit row. */
export function auditRequestOf(ctx: { requestId: string; caller: Caller }, info: GraphQLResolveInfo): AuditRequest {
  return { requestId: ctx.requestId, caller: ctx.caller, operationName: clientOperationName(info.operation.name?.value) };
}

export function pidArg(pid: string, argument = 'input.pid'): string {
  if (!isPid(pid)) throw badInput(t('input.pid', { argument }), argument);
  return pid;
}

/** A day that has happened (China Standard Time). */
export function pastDateArg(value: string, argument: string): string {
  if (value > chinaToday()) throw badInput(t('input.future', { argument }), argument);
  return value;
}

/** A county-level code the write's policy entry (`coordinate`) lets the caller write in (its region rule); elsewhere is FORBIDDEN. */
export async function countyArg(ctx: { access: RequestAccess }, coordinate: string, value: string, argument: string): Promise<string> {
  if (!isCountyCode(value)) throw badInput(t('input.county', { argument }), argument);
  if (!(await ctx.access.allows(coordinate, { regionCode: value }))) throw graphError(ErrorCode.FORBIDDEN, t('input.outsideRegion', { argument }));
  return value;
}

/** The same NOT_FOUND for an unknown row and one outside the caller's region, so a write cannot probe elsewhere. */
export function notFound(what: Extract<MessageKey, `thing.${string}`>): never {
  throw graphError(ErrorCode.NOT_FOUND, t('input.notFound', { what: t(what) }));
}
