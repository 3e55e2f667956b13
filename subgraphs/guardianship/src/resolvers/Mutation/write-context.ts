// What every guardianship write checks first: well-formed ids and dates, a county in the caller's region, and a ward the caller may write about.
import type { Db } from '#platform/database/db.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import type { GuardianshipContext } from '../../context.js';
import { type WardRecord, wardForUpdate } from '../../data/wards.js';
import { t } from '#platform/i18n/request-language.js';

export { auditRequestOf, countyArg, notFound, pastDateArg, pidArg } from '#platform/graphql/write-args.js';

/** A numeric row id (guardians, agreements). */
export function idArg(value: string, argument: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw badInput(t('input.notAnId', { argument, source: t('guardianship.source') }), argument);
  return Number(value);
}

/**
 * Locks the ward's row for this transaction (writes about one ward then check and insert one after
 * another) and checks that the caller may write about it: an unknown ward and one outside the
 * caller's region are the same NOT_FOUND.
 */
export async function writableWard(trx: Db, ctx: GuardianshipContext, pid: string, write: { fieldName: string }): Promise<WardRecord> {
  const ward = await wardForUpdate(trx, pid);
  const notFound = () => graphError(ErrorCode.NOT_FOUND, t('input.notFound', { what: t('thing.ward') }));
  if (!ward) throw notFound();
  // The mutation's entry in the access policy decides (its region rule), as for every write.
  await ctx.access.require(`Mutation.${write.fieldName}`, { pid, regionCode: ward.countyCode }, notFound);
  return ward;
}
