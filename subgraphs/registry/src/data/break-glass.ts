// Break-glass grants: opened with a reason, live for a few hours, listed for review.
import type { Knex } from 'knex';
import { type AuditRequest, writeAudit } from '#platform/audit/audit.js';
import type { Db } from '#platform/database/db.js';

export interface BreakGlassGrantRecord {
  id: string;
  subject: string;
  pid: string;
  reason: string;
  grantedAt: Date;
  expiresAt: Date;
  reviewedAt: Date | null;
}

type Row = { id: number | string; subject: string; pid: string; reason: string; granted_at: Date; expires_at: Date; reviewed_at: Date | null };
const toRecord = (r: Row): BreakGlassGrantRecord => ({
  id: String(r.id),
  subject: r.subject,
  pid: r.pid,
  reason: r.reason,
  grantedAt: r.granted_at,
  expiresAt: r.expires_at,
  reviewedAt: r.reviewed_at,
});

/** The pids a subject holds a live grant for. */
export async function liveGrantPids(db: Db, subject: string): Promise<string[]> {
  const rows: { pid: string }[] = await db('break_glass_grant').distinct('pid').where({ subject }).where('expires_at', '>', db.fn.now());
  return rows.map((r) => r.pid);
}

/** Writes the grant and its audit row in one transaction. */
export async function openGrant(
  db: Knex,
  grant: { subject: string; pid: string; reason: string; hours: number },
  audit: AuditRequest,
): Promise<BreakGlassGrantRecord> {
  return db.transaction(async (trx) => {
    const [row] = (await trx('break_glass_grant')
      .insert({ subject: grant.subject, pid: grant.pid, reason: grant.reason, expires_at: trx.raw(`now() + (? || ' hours')::interval`, [String(grant.hours)]) })
      .returning(['id', 'subject', 'pid', 'reason', 'granted_at', 'expires_at', 'reviewed_at'])) as Row[];
    await writeAudit(trx, audit, [{ action: 'WRITE', pid: grant.pid, fields: ['break_glass_grant'] }]);
    return toRecord(row!);
  });
}

/** Grants waiting for (or past) the data-protection officer's review, newest first. */
export async function grantsForReview(db: Db, reviewed: boolean): Promise<BreakGlassGrantRecord[]> {
  const query = db<Row>('break_glass_grant').select('id', 'subject', 'pid', 'reason', 'granted_at', 'expires_at', 'reviewed_at');
  if (reviewed) query.whereNotNull('reviewed_at');
  else query.whereNull('reviewed_at');
  return (
    await query
      .orderBy([
        { column: 'granted_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(500)
  ).map(toRecord);
}
