// What the federation knows of where a person lives, and the lock that queues writes about one person.
import type { Db } from '#platform/database/db.js';
import { latestReferralCounty } from './referrals.js';

/**
 * Serialises this transaction's writes about the person with any other (the federation keeps no
 * person table to lock a row of): the overlap and duplicate checks then see every earlier write.
 */
export async function lockPerson(db: Db, pid: string): Promise<void> {
  await db.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`employment-person:${pid}`]);
}

/**
 * The person's county as the federation knows it: of residence from the platform's latest
 * referral, else of the certificate; null for a person the federation has no record of yet.
 */
export async function homeCountyOf(db: Db, pid: string): Promise<string | null> {
  const referred = await latestReferralCounty(db, pid);
  if (referred !== null) return referred;
  const certificate: { county_code: string | null } | undefined = await db('disability_certificate').select('county_code').where({ pid }).first();
  return certificate?.county_code ?? null;
}
