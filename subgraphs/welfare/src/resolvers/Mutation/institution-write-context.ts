// What every write to civil affairs' registers checks first: well-formed arguments, and, as the access policy
// decides (access-policy.ts), the caller's region and who may manage an institution.
import type { Db } from '#platform/database/db.js';
import { isCountyCode, isDivisionCode } from '#platform/statistics/division.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { keyedWrite } from '#platform/graphql/idempotency.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import type { WelfareContext } from '../../context.js';
import { institutionForWrite, type InstitutionRecord } from '../../data/institutions.js';
import { t } from '#platform/i18n/request-language.js';

export { auditRequestOf } from '#platform/graphql/write-args.js';

/** The payload an idempotency key promises to repeat: the input without the key itself. */
export function idempotentWrite(ctx: WelfareContext, operation: string, input: { idempotencyKey?: string | null }) {
  return keyedWrite(ctx.caller.subject, operation, input);
}

/**
 * A county-level GB/T 2260 code where the policy lets the caller write (`coordinate`, the write's entry: its region rule):
 * malformed or unknown is BAD_USER_INPUT, elsewhere FORBIDDEN.
 */
export async function countyInRegionArg(ctx: WelfareContext, coordinate: string, code: string, argument: string): Promise<string> {
  if (!/^\d{6}$/.test(code)) throw badInput(t('input.regionCodeShape', { argument }), argument);
  if (!isDivisionCode(code)) throw badInput(t('input.regionCodeUnknown', { argument }), argument);
  if (!isCountyCode(code)) throw badInput(t('input.county', { argument }), argument);
  if (!(await ctx.access.allows(coordinate, { regionCode: code }))) throw graphError(ErrorCode.FORBIDDEN, t('input.outsideRegion', { argument }), { argument });
  return code;
}

export function intRangeArg(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(t('welfare.wholeNumber', { argument, min, max }), argument);
  return value;
}

export function textArg(value: string, argument: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) throw badInput(t('input.textLength', { argument, max }), argument);
  return text;
}

/** A calendar year from 2000 to this year (China Standard Time). */
export function pastYearArg(value: number, argument: string): number {
  return intRangeArg(value, argument, 2000, Number(chinaToday().slice(0, 4)));
}

/**
 * The institution, checked that the caller may manage it as the write's policy entry (`coordinate`) says: civil affairs
 * of its region, or its own staff. Institutions are public, so an institution elsewhere is FORBIDDEN, not hidden.
 * `lock` holds its row until the transaction ends.
 */
export async function manageableInstitution(
  trx: Db,
  ctx: WelfareContext,
  coordinate: string,
  id: string,
  options: { lock: boolean },
): Promise<InstitutionRecord> {
  const institution = await institutionForWrite(trx, id, options);
  if (!institution) throw graphError(ErrorCode.NOT_FOUND, t('input.unknownId', { what: t('thing.institution') }));
  if (!(await ctx.access.allows(coordinate, { regionCode: institution.countyCode, institutionId: institution.id })))
    throw graphError(ErrorCode.FORBIDDEN, t('welfare.institutionNotManaged'));
  return institution;
}

/** Drops what this request's loaders cached about an institution, so that the answer shows the write. */
export function forgetInstitution(ctx: WelfareContext, id: string): void {
  ctx.loaders.institutionById.clear(id);
  ctx.loaders.staffByInstitutionId.clear(id);
  ctx.loaders.placesTakenByInstitutionId.clear(id);
}
