// Social workers registered with civil affairs, by county: the register and its keyset list.
import type { Db } from '#platform/database/db.js';
import type { DbSocialWorkerRow } from './tables.js';

export interface SocialWorkerRecord {
  id: string;
  countyCode: string;
  /** The subject of the social worker's tokens. */
  subject: string;
  qualified: boolean;
}

type SocialWorkerRow = Omit<DbSocialWorkerRow, 'created_at'>;

const toRecord = (r: SocialWorkerRow): SocialWorkerRecord => ({ id: r.id, countyCode: r.county_code, subject: r.subject, qualified: r.qualified });

/**
 * Registers a social worker; false, having written nothing, when the subject is registered
 * already. `on conflict do nothing` keeps the transaction usable, so the caller can refuse cleanly.
 */
export async function insertSocialWorker(db: Db, worker: SocialWorkerRecord): Promise<boolean> {
  const inserted: { id: string }[] = await db('social_worker')
    .insert({ id: worker.id, county_code: worker.countyCode, subject: worker.subject, qualified: worker.qualified })
    .onConflict('subject')
    .ignore()
    .returning(['id']);
  return inserted.length === 1;
}

/** Social workers of a region in id order, after an optional id (keyset). */
export async function listSocialWorkers(db: Db, filter: { countyPrefix: string; afterId: string | null; limit: number }): Promise<SocialWorkerRecord[]> {
  const query = db<SocialWorkerRow>('social_worker')
    .select('id', 'county_code', 'subject', 'qualified')
    .where('county_code', 'like', `${filter.countyPrefix}%`);
  if (filter.afterId) query.where('id', '>', filter.afterId);
  return (await query.orderBy('id').limit(filter.limit)).map(toRecord);
}
