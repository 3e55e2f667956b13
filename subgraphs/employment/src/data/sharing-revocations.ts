// The platform's revocations of EMPLOYMENT_SHARING consents, as its outbox told them (the access rules read them).
import { type AuditRequest, writeAudit } from '#platform/audit/audit.js';
import type { Db } from '#platform/database/db.js';

export interface SharingRevocation {
  revocationId: string;
  pid: string;
  /** The platform's case whose consent was revoked. */
  referralId: string;
  /** ISO timestamp. */
  revokedAt: string;
}

/** Records the revocation in the caller's transaction, `on conflict do nothing` on its id: a redelivery changes nothing and is not audited again. */
export async function receiveSharingRevocation(trx: Db, revocation: SharingRevocation, request: AuditRequest): Promise<void> {
  const written = await trx('employment_sharing_revocation')
    .insert({ revocation_id: revocation.revocationId, pid: revocation.pid, referral_id: revocation.referralId, revoked_at: revocation.revokedAt })
    .onConflict('revocation_id')
    .ignore()
    .returning(['revocation_id']);
  if (written.length > 0) await writeAudit(trx, request, [{ action: 'WRITE', pid: revocation.pid, fields: ['employment_sharing_revocation'] }]);
}

/** Each person's revoked consents (the platform's case and when), newest first, for many people in one statement. */
export async function sharingRevocationsByPids(db: Db, pids: readonly string[]): Promise<{ pid: string; referralId: string; revokedAt: Date }[]> {
  const rows = (await db('employment_sharing_revocation')
    .select('pid', 'referral_id', 'revoked_at')
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([
      { column: 'revoked_at', order: 'desc' },
      { column: 'revocation_id', order: 'desc' },
    ])) as { pid: string; referral_id: string; revoked_at: Date | string }[];
  return rows.map((r) => ({ pid: r.pid, referralId: r.referral_id, revokedAt: new Date(r.revoked_at) }));
}

/** Of these people, those the platform shares with the federation now: a hand-off held whose EMPLOYMENT_SHARING consent was not revoked since. */
export async function sharedPids(db: Db, pids: readonly string[]): Promise<string[]> {
  const rows = (await db('employment_referral as r')
    .distinct('r.pid')
    .whereRaw('r.pid = any(?)', [pids as string[]])
    .whereNotExists((revoked) => revoked.select(1).from('employment_sharing_revocation as v').whereRaw('v.referral_id = r.referral_id'))) as { pid: string }[];
  return rows.map((r) => r.pid);
}
