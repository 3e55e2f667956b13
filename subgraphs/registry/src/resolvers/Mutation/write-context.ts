// What every registry write checks first: a well-formed pid of a person in the caller's region, valid dates and grades.
import type { Db } from '#platform/database/db.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import type { RegistryContext } from '../../context.js';
import { lockPatient } from '../../data/clinical-writes.js';
import { t } from '#platform/i18n/request-language.js';

export { auditRequestOf, pastDateArg } from '#platform/graphql/write-args.js';

export interface WritablePatient {
  pid: string;
  registeredOn: string;
  countyCode: string;
  hasGuardian: boolean;
}

/**
 * Locks the patient for this transaction. Unknown, or outside the caller's region: the
 * same NOT_FOUND either way, so a write cannot probe for people elsewhere.
 */
export async function writablePatient(trx: Db, ctx: RegistryContext, pid: string, coordinate: string): Promise<WritablePatient> {
  const row = await lockPatient(trx, pid);
  const notFound = () => graphError(ErrorCode.NOT_FOUND, t('input.notFound', { what: t('thing.person') }));
  if (!row) throw notFound();
  await ctx.access.require(coordinate, { pid, regionCode: row.county_code }, notFound);
  return { pid, registeredOn: row.registered_on, countyCode: row.county_code, hasGuardian: row.has_guardian };
}

export function riskGradeArg(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 5) throw badInput(t('input.riskGrade', { argument }), argument);
  return value;
}

/** A day on or after registration. */
export function notBeforeRegistration(value: string, patient: WritablePatient, argument: string): string {
  if (value < patient.registeredOn) throw badInput(t('registry.beforeRegistration', { argument }), argument);
  return value;
}

export function idArg(value: string, argument: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw badInput(t('input.notAnId', { argument, source: t('registry.source') }), argument);
  return Number(value);
}

export function textArg(value: string, argument: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) throw badInput(t('input.textLength', { argument, max }), argument);
  return text;
}
