// Community rehabilitation institutions: the register, its writes, and how many cases and places each holds.
import type { Db } from '#platform/database/db.js';
import { OCCUPYING_STATUSES, PLACE_TAKING_STATUSES } from '../domain/referral-workflow.js';
import type { PriceUnit, ServiceForm } from '../generated/resolvers-types.js';
import type { DbInstitutionRow } from './tables.js';

export interface ServicePriceRecord {
  serviceForm: ServiceForm;
  priceCents: number;
  unit: PriceUnit;
}

export interface InstitutionRecord {
  id: string;
  name: string;
  countyCode: string;
  capacity: number;
  serviceForms: ServiceForm[];
  prices: ServicePriceRecord[];
}

// jsonb arrives parsed from both drivers; text only if a driver was told not to parse it.
type InstitutionRow = Omit<DbInstitutionRow, 'prices' | 'created_at'> & { prices: ServicePriceRecord[] | string };

const INSTITUTION_COLUMNS = ['id', 'name', 'county_code', 'capacity', 'service_forms', 'prices'] as const;

const toRecord = (r: InstitutionRow): InstitutionRecord => ({
  id: r.id,
  name: r.name,
  countyCode: r.county_code,
  capacity: r.capacity,
  serviceForms: r.service_forms,
  // jsonb arrives parsed from both drivers; text only if a driver was told not to parse it.
  prices: typeof r.prices === 'string' ? (JSON.parse(r.prices) as ServicePriceRecord[]) : r.prices,
});

export async function institutionsByIds(db: Db, ids: readonly string[]): Promise<InstitutionRecord[]> {
  const rows: InstitutionRow[] = await db('institution')
    .select(...INSTITUTION_COLUMNS)
    .whereRaw('id = any(?)', [ids as string[]]);
  return rows.map(toRecord);
}

/** Institutions of a region in id order, after an optional id (keyset). */
export async function listInstitutions(db: Db, filter: { countyPrefix: string; afterId: string | null; limit: number }): Promise<InstitutionRecord[]> {
  const query = db<InstitutionRow>('institution')
    .select(...INSTITUTION_COLUMNS)
    .where('county_code', 'like', `${filter.countyPrefix}%`);
  if (filter.afterId) query.where('id', '>', filter.afterId);
  return (await query.orderBy('id').limit(filter.limit)).map(toRecord);
}

/** Referrals of these institutions in the given statuses, counted in one grouped statement. */
async function referralCounts(db: Db, ids: readonly string[], statuses: readonly string[]): Promise<{ institutionId: string; count: number }[]> {
  const rows: { institution_id: string; count: number | string }[] = await db('referral')
    .select('institution_id')
    .count({ count: '*' })
    .whereRaw('institution_id = any(?)', [ids as string[]])
    .whereIn('status', statuses)
    .groupBy('institution_id');
  // count() is a string on pg and a number on PGlite.
  return rows.map((r) => ({ institutionId: r.institution_id, count: Number(r.count) }));
}

/** Cases each institution holds now. */
export function activeRecipientCounts(db: Db, ids: readonly string[]): Promise<{ institutionId: string; count: number }[]> {
  return referralCounts(db, ids, OCCUPYING_STATUSES);
}

/** Places each institution has promised: held cases plus cases dispatched to it and not yet answered. */
export function placesTakenCounts(db: Db, ids: readonly string[]): Promise<{ institutionId: string; count: number }[]> {
  return referralCounts(db, ids, PLACE_TAKING_STATUSES);
}

/** One institution's places taken, read inside the caller's transaction. */
export async function placesTakenAt(db: Db, id: string): Promise<number> {
  return (await placesTakenCounts(db, [id]))[0]?.count ?? 0;
}

/**
 * Whether a dispatch locks the institution's row while it counts the places taken. Always, except in
 * the test that turns it off to show the capacity race the lock prevents (on PostgreSQL).
 */
export const dispatchLocking = { enabled: true };

/**
 * One institution inside the caller's transaction; null when unknown. With `lock`, its row is
 * locked until the transaction ends, so that no dispatch takes a place meanwhile.
 */
export async function institutionForWrite(db: Db, id: string, options: { lock: boolean }): Promise<InstitutionRecord | null> {
  const query = db('institution')
    .select(...INSTITUTION_COLUMNS)
    .where({ id });
  if (options.lock) query.forUpdate();
  const row: InstitutionRow | undefined = await query.first();
  return row ? toRecord(row) : null;
}

export async function insertInstitution(db: Db, institution: InstitutionRecord): Promise<void> {
  await db('institution').insert({
    id: institution.id,
    name: institution.name,
    county_code: institution.countyCode,
    capacity: institution.capacity,
    service_forms: institution.serviceForms,
    prices: JSON.stringify(institution.prices),
  });
}

export async function updateInstitutionCapacity(db: Db, id: string, capacity: number): Promise<void> {
  await db('institution').where({ id }).update({ capacity });
}
