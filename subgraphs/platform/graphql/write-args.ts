// What every subgraph's writes check first, the same way everywhere: a well-formed pid, a day that
// has happened, a county in the caller's region; and the audit request a write records itself under.
import type { GraphQLResolveInfo } from 'graphql';
import type { AuditRequest } from '#platform/audit/audit.js';
import { clientOperationName } from '#platform/audit/audit-plugin.js';
import type { Caller } from '#platform/identity/identity.js';
import { inScope } from '#platform/access/region-scope.js';
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

/** A county-level code the caller may write in; outside their region is FORBIDDEN. */
export function countyArg(ctx: { caller: Caller }, value: string, argument: string): string {
  if (!isCountyCode(value)) throw badInput(t('input.county', { argument }), argument);
  if (!inScope(ctx.caller, value)) throw graphError(ErrorCode.FORBIDDEN, t('input.outsideRegion', { argument }));
  return value;
}

/** The same NOT_FOUND for an unknown row and one outside the caller's region, so a write cannot probe elsewhere. */
export function notFound(what: Extract<MessageKey, `thing.${string}`>): never {
  throw graphError(ErrorCode.NOT_FOUND, t('input.notFound', { what: t(what) }));
}
