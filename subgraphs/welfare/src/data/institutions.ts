// Community rehabilitation institutions and how many cases each holds.
import type { Db } from '../../../shared/src/db.js';
import { OCCUPYING_STATUSES } from '../domain/referral-state-machine.js';

export interface InstitutionRecord {
  id: string;
  name: string;
  countyCode: string;
  capacity: number;
}

type DbInstitutionRow = { id: string; name: string; county_code: string; capacity: number };

const toRecord = (r: DbInstitutionRow): InstitutionRecord => ({ id: r.id, name: r.name, countyCode: r.county_code, capacity: r.capacity });

export async function institutionsByIds(db: Db, ids: readonly string[]): Promise<InstitutionRecord[]> {
  const rows: DbInstitutionRow[] = await db('institution').select('id', 'name', 'county_code', 'capacity').whereRaw('id = any(?)', [ids as string[]]);
  return rows.map(toRecord);
}

/** Institutions of a region in id order, after an optional id (keyset). */
export async function listInstitutions(db: Db, filter: { countyPrefix: string; afterId: string | null; limit: number }): Promise<InstitutionRecord[]> {
  const query = db<DbInstitutionRow>('institution').select('id', 'name', 'county_code', 'capacity').where('county_code', 'like', `${filter.countyPrefix}%`);
  if (filter.afterId) query.where('id', '>', filter.afterId);
  return (await query.orderBy('id').limit(filter.limit)).map(toRecord);
}

/** Cases each institution holds now, one grouped statement for all of them. */
export async function activeRecipientCounts(db: Db, ids: readonly string[]): Promise<{ institutionId: string; count: number }[]> {
  const rows: { institution_id: string; count: number | string }[] = await db('referral')
    .select('institution_id')
    .count({ count: '*' })
    .whereRaw('institution_id = any(?)', [ids as string[]])
    .whereIn('status', OCCUPYING_STATUSES)
    .groupBy('institution_id');
  // count() is a string on pg and a number on PGlite.
  return rows.map((r) => ({ institutionId: r.institution_id, count: Number(r.count) }));
}
