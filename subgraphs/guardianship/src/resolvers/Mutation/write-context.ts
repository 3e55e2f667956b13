// What every guardianship write checks first: well-formed ids and dates, a county in the caller's region, and a ward the caller may write about.
import type { GraphQLResolveInfo } from 'graphql';
import type { AuditRequest } from '../../../../shared/src/audit.js';
import { clientOperationName } from '../../../../shared/src/audit-plugin.js';
import { inScope } from '../../../../shared/src/auth/region-scope.js';
import type { Db } from '../../../../shared/src/db.js';
import { isCountyCode } from '../../../../shared/src/division.js';
import { badInput, ErrorCode, graphError } from '../../../../shared/src/errors.js';
import { isPid } from '../../../../shared/src/pid.js';
import { chinaToday } from '../../../../shared/src/scalars.js';
import type { GuardianshipContext } from '../../context.js';
import { type WardRecord, wardForUpdate } from '../../data/wards.js';

export function auditRequestOf(ctx: GuardianshipContext, info: GraphQLResolveInfo): AuditRequest {
  return { requestId: ctx.requestId, caller: ctx.caller, operationName: clientOperationName(info.operation.name?.value) };
}

export function pidArg(pid: string, argument = 'input.pid'): string {
  if (!isPid(pid)) throw badInput(`${argument} must be 32 base32 characters (a-z, 2-7)`, argument);
  return pid;
}

/** A numeric row id (guardians, agreements). */
export function idArg(value: string, argument: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw badInput(`${argument} is not an id returned by the guardianship subgraph`, argument);
  return Number(value);
}

/** A day that has happened (China Standard Time). */
export function pastDateArg(value: string, argument: string): string {
  if (value > chinaToday()) throw badInput(`${argument} must not be in the future`, argument);
  return value;
}

/** A county-level code the caller may write in; outside their region is FORBIDDEN, as for the founders' writes. */
export function countyArg(ctx: GuardianshipContext, value: string, argument: string): string {
  if (!isCountyCode(value)) throw badInput(`${argument} must be a county-level GB/T 2260 division`, argument);
  if (!inScope(ctx.caller, value)) throw graphError(ErrorCode.FORBIDDEN, `${argument} is outside the region of your role`);
  return value;
}

/** The same NOT_FOUND for an unknown row and one outside the caller's region, so a write cannot probe elsewhere. */
export function notFound(what: string): never {
  throw graphError(ErrorCode.NOT_FOUND, `no ${what} with this id in your region`);
}

/**
 * Locks the ward's row for this transaction (writes about one ward then check and insert one after
 * another) and checks that the caller may write about it: an unknown ward and one outside the
 * caller's region are the same NOT_FOUND.
 */
export async function writableWard(trx: Db, ctx: GuardianshipContext, pid: string): Promise<WardRecord> {
  const ward = await wardForUpdate(trx, pid);
  if (!ward || !inScope(ctx.caller, ward.countyCode)) throw graphError(ErrorCode.NOT_FOUND, 'no ward with this pid in your region');
  return ward;
}
