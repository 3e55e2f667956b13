// The registry's notices of a person's management status, received once each: a death closes the person's open cases through the state machine; the latest is shown on the cases.
import { type AuditRequest, writeAudit } from '#platform/audit/audit.js';
import type { Db } from '#platform/database/db.js';
import { TERMINAL_STATUSES } from '../domain/referral-state-machine.js';
import { mayStart } from '../domain/transitions.js';
import type { RegistryManagementStatus } from '../generated/resolvers-types.js';
import { lockReferral, writeTransition } from './referral-writes.js';

export interface RegistryStatusNotice {
  changeId: string;
  pid: string;
  status: RegistryManagementStatus;
  since: string;
}

export interface RegistryStatusReceipt {
  changeId: string;
  casesClosed: number;
}

/** The ids of the person's cases that may still close, in id order (the order the locks are taken in). */
async function openReferralIdsOf(trx: Db, pid: string): Promise<string[]> {
  const rows: { id: string }[] = await trx('referral')
    .select('id')
    .where({ pid })
    .whereNotIn('status', [...TERMINAL_STATUSES])
    .orderBy('id');
  return rows.map((r) => r.id);
}

/**
 * Receives one notice in the caller's transaction. Its receipt is written first, `on conflict do
 * nothing` on the change id: a notice received again finds it and answers as the first time, changing
 * nothing. DECEASED closes every open case of the person (DOMAIN.md §4: any active → CLOSED on death),
 * each with its history row, closed_at and the reason DECEASED, and one audit row for the person.
 */
export async function receiveStatusNotice(trx: Db, notice: RegistryStatusNotice, request: AuditRequest): Promise<RegistryStatusReceipt> {
  const written = await trx('registry_status_receipt')
    .insert({ change_id: notice.changeId, pid: notice.pid, status: notice.status, since: notice.since })
    .onConflict('change_id')
    .ignore()
    .returning(['change_id']);
  if (written.length === 0) {
    const stored = (await trx('registry_status_receipt').where({ change_id: notice.changeId }).first('cases_closed')) as { cases_closed: number };
    return { changeId: notice.changeId, casesClosed: stored.cases_closed };
  }
  let closed = 0;
  if (notice.status === 'DECEASED') {
    const actor = { role: request.caller.role, subject: request.caller.subject };
    for (const id of await openReferralIdsOf(trx, notice.pid)) {
      const referral = await lockReferral(trx, id);
      if (!referral || !mayStart('close', referral.status)) continue;
      await writeTransition(trx, referral, { to: 'CLOSED', actor, reason: 'DECEASED: the registry recorded the death', closeReason: 'DECEASED' });
      closed++;
    }
    await trx('registry_status_receipt').where({ change_id: notice.changeId }).update({ cases_closed: closed });
  }
  await writeAudit(trx, request, [
    { action: 'WRITE', pid: notice.pid, fields: closed > 0 ? ['registry_status_receipt', 'referral', 'referral_transition'] : ['registry_status_receipt'] },
  ]);
  return { changeId: notice.changeId, casesClosed: closed };
}

export interface RegistryStatusRecord {
  pid: string;
  status: RegistryManagementStatus;
  since: string;
}

/** Each person's latest status the registry told (the latest `since`, then the latest received), for Referral.registryStatus. */
export async function latestRegistryStatusByPids(db: Db, pids: readonly string[]): Promise<RegistryStatusRecord[]> {
  const rows = (await db('registry_status_receipt')
    .distinctOn('pid')
    .select('pid', 'status', db.raw(`to_char(since, 'YYYY-MM-DD') as since`))
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([{ column: 'pid' }, { column: 'since', order: 'desc' }, { column: 'received_at', order: 'desc' }])) as RegistryStatusRecord[];
  return rows;
}
