// What every employment write checks first: well-formed ids and dates, a county in the caller's region, and a person the caller may write about.
import type { Db } from '#platform/database/db.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import type { EmploymentContext } from '../../context.js';
import { homeCountyOf, lockPerson } from '../../data/people.js';
import { t } from '#platform/i18n/request-language.js';

export { auditRequestOf, countyArg, notFound, pastDateArg, pidArg } from '#platform/graphql/write-args.js';

/** A numeric row id (enrolments, placements). */
export function idArg(value: string, argument: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw badInput(t('input.notAnId', { argument, source: t('employment.source') }), argument);
  return Number(value);
}

/** A uuid row id (courses, employers, referrals). */
export function uuidArg(value: string, argument: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
    throw badInput(t('input.notAnId', { argument, source: t('employment.source') }), argument);
  return value.toLowerCase();
}

export function textArg(value: string, argument: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) throw badInput(t('input.textLength', { argument, max }), argument);
  return text;
}

/**
 * Locks the person for this transaction and checks that the caller may write about them: a
 * person the federation knows in a county outside the caller's region is NOT_FOUND, as an
 * unknown pid would be for a row; a person it has no record of yet may be served anywhere.
 */
export async function writablePerson(trx: Db, ctx: EmploymentContext, pid: string, write: { fieldName: string }): Promise<void> {
  await lockPerson(trx, pid);
  const home = await homeCountyOf(trx, pid);
  // The mutation's entry in the access policy decides (its region rule), as for every write.
  if (home !== null) {
    await ctx.access.require(`Mutation.${write.fieldName}`, { pid, regionCode: home }, () =>
      graphError(ErrorCode.NOT_FOUND, t('input.notFound', { what: t('thing.person') })),
    );
  }
}

/** Whether the write's entry in the access policy lets the caller write about a row of this county (its region rule). */
export async function writableRegion(ctx: EmploymentContext, write: { fieldName: string }, countyCode: string): Promise<boolean> {
  return ctx.access.allows(`Mutation.${write.fieldName}`, { regionCode: countyCode });
}
