// The revocation of a case's EMPLOYMENT_SHARING consent, told to the disability federation through the outbox: from then on it
// may no longer show the person's employment record to the platform's staff on the strength of that consent.
import { randomUUID } from 'node:crypto';
import type { Db } from '#platform/database/db.js';
import { enqueue } from '#platform/outbox/outbox.js';

export const SHARING_REVOCATION_TOPIC = 'employment-sharing-revoked';
export type SharingRevocationMessage = { revocationId: string };

export interface SharingRevocation {
  id: string;
  referralId: string;
  pid: string;
  revokedAt: Date;
}

/** In the revocation's transaction: records it with its outbox message. */
export async function recordSharingRevocation(db: Db, referralId: string): Promise<void> {
  const referral = (await db('referral').where({ id: referralId }).first('pid')) as { pid: string } | undefined;
  if (!referral) return;
  const id = randomUUID();
  await db('employment_sharing_revocation').insert({ id, referral_id: referralId, pid: referral.pid });
  await enqueue(db, SHARING_REVOCATION_TOPIC, { revocationId: id } satisfies SharingRevocationMessage, { key: id });
}

/** The revocation, for the relay that delivers it. */
export async function sharingRevocationById(db: Db, id: string): Promise<SharingRevocation | null> {
  const row = (await db('employment_sharing_revocation').where({ id }).first('id', 'referral_id', 'pid', 'revoked_at')) as
    | { id: string; referral_id: string; pid: string; revoked_at: Date | string }
    | undefined;
  return row ? { id: row.id, referralId: row.referral_id, pid: row.pid, revokedAt: new Date(row.revoked_at) } : null;
}

/** Marks a revocation delivered; returns its pid when it changed now (a second mark changes nothing). */
export async function markSharingRevocationDelivered(db: Db, id: string): Promise<string | null> {
  const rows = (await db('employment_sharing_revocation').where({ id }).whereNull('delivered_at').update({ delivered_at: db.fn.now() }).returning(['pid'])) as {
    pid: string;
  }[];
  return rows[0]?.pid ?? null;
}
