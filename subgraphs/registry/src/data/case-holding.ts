// Which institutions hold a person's case on the platform, as the platform told it through its outbox (the access rules read it).
import { type AuditRequest, writeAudit } from '#platform/audit/audit.js';
import type { Db } from '#platform/database/db.js';

export interface CaseHoldingChange {
  eventId: string;
  pid: string;
  referralId: string;
  institutionId: string;
  holds: boolean;
  /** ISO timestamp of the change on the platform. */
  at: string;
}

/**
 * Records the change in the caller's transaction, `on conflict do nothing` on its event id: a
 * redelivery changes nothing and is not audited again. Changes may arrive in any order: the state
 * is the latest change per case and institution (institutionsHoldingCases).
 */
export async function receiveCaseHolding(trx: Db, change: CaseHoldingChange, request: AuditRequest): Promise<void> {
  const written = await trx('case_holding')
    .insert({
      event_id: change.eventId,
      pid: change.pid,
      referral_id: change.referralId,
      institution_id: change.institutionId,
      holds: change.holds,
      at: change.at,
    })
    .onConflict('event_id')
    .ignore()
    .returning(['event_id']);
  if (written.length > 0) await writeAudit(trx, request, [{ action: 'WRITE', pid: change.pid, fields: ['case_holding'] }]);
}

/** The institutions that hold a case of each person now, for many people in one statement. */
export async function institutionsHoldingCases(db: Db, pids: readonly string[]): Promise<{ pid: string; institutionId: string }[]> {
  const rows = (await db
    .select('pid', 'institution_id')
    .from(
      db('case_holding')
        .distinctOn('pid', 'referral_id', 'institution_id')
        .select('pid', 'referral_id', 'institution_id', 'holds')
        .whereRaw('pid = any(?)', [pids as string[]])
        .orderBy([
          { column: 'pid' },
          { column: 'referral_id' },
          { column: 'institution_id' },
          { column: 'at', order: 'desc' },
          { column: 'received_at', order: 'desc' },
        ])
        .as('latest'),
    )
    .where('holds', true)
    .distinct()) as { pid: string; institution_id: string }[];
  return rows.map((r) => ({ pid: r.pid, institutionId: r.institution_id }));
}
