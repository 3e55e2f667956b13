// What every employment write checks first: well-formed ids and dates, a county in the caller's region, and a person the caller may write about.
import type { GraphQLResolveInfo } from 'graphql';
import type { AuditRequest } from '../../../../shared/src/audit.js';
import { clientOperationName } from '../../../../shared/src/audit-plugin.js';
import { inScope } from '../../../../shared/src/auth/region-scope.js';
import type { Db } from '../../../../shared/src/db.js';
import { isCountyCode } from '../../../../shared/src/division.js';
import { badInput, ErrorCode, graphError } from '../../../../shared/src/errors.js';
import { isPid } from '../../../../shared/src/pid.js';
import { chinaToday } from '../../../../shared/src/scalars.js';
import type { EmploymentContext } from '../../context.js';
import { homeCountyOf, lockPerson } from '../../data/people.js';

export function auditRequestOf(ctx: EmploymentContext, info: GraphQLResolveInfo): AuditRequest {
  return { requestId: ctx.requestId, caller: ctx.caller, operationName: clientOperationName(info.operation.name?.value) };
}

export function pidArg(pid: string, argument = 'input.pid'): string {
  if (!isPid(pid)) throw badInput(`${argument} must be 32 base32 characters (a-z, 2-7)`, argument);
  return pid;
}

/** A numeric row id (enrolments, placements). */
export function idArg(value: string, argument: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw badInput(`${argument} is not an id returned by the employment services`, argument);
  return Number(value);
}

/** A uuid row id (courses, employers, referrals). */
export function uuidArg(value: string, argument: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw badInput(`${argument} is not an id returned by the employment services`, argument);
  return value.toLowerCase();
}

export function textArg(value: string, argument: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) throw badInput(`${argument} must be 1 to ${max} characters`, argument);
  return text;
}

/** A day that has happened (China Standard Time). */
export function pastDateArg(value: string, argument: string): string {
  if (value > chinaToday()) throw badInput(`${argument} must not be in the future`, argument);
  return value;
}

/** A county-level code the caller may write in; outside their region is FORBIDDEN, as for the registry's writes. */
export function countyArg(ctx: EmploymentContext, value: string, argument: string): string {
  if (!isCountyCode(value)) throw badInput(`${argument} must be a county-level GB/T 2260 division`, argument);
  if (!inScope(ctx.caller, value)) throw graphError(ErrorCode.FORBIDDEN, `${argument} is outside the region of your role`);
  return value;
}

/** The same NOT_FOUND for an unknown row and one outside the caller's region, so a write cannot probe elsewhere. */
export function notFound(what: string): never {
  throw graphError(ErrorCode.NOT_FOUND, `no ${what} with this id in your region`);
}

/**
 * Locks the person for this transaction and checks that the caller may write about them: a
 * person the federation knows in a county outside the caller's region is NOT_FOUND, as an
 * unknown pid would be for a row; a person it has no record of yet may be served anywhere.
 */
export async function writablePerson(trx: Db, ctx: EmploymentContext, pid: string): Promise<void> {
  await lockPerson(trx, pid);
  const home = await homeCountyOf(trx, pid);
  if (home !== null && !inScope(ctx.caller, home)) throw graphError(ErrorCode.NOT_FOUND, 'no person with this pid in your region');
}
