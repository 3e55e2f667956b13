// The registry's notices of a person's management status, received once each: a death closes the person's open cases, a move moves them, through the state machine; the latest is shown on the cases.
import { type AuditRequest, writeAudit } from '#platform/audit/audit.js';
import type { Db } from '#platform/database/db.js';
import { mayStart, TERMINAL_STATUSES } from '../domain/referral-workflow.js';
import type { RegistryManagementStatus } from '../generated/resolvers-types.js';
import { type Actor, lockReferral } from './referral-writes.js';
import { transitionIn } from './referral-workflow.js';
import { moveOf } from './relocation.js';
import { systemReason } from '../domain/system-reasons.js';

export interface RegistryStatusNotice {
  changeId: string;
  pid: string;
  status: RegistryManagementStatus;
  since: string;
  /** MOVED_OUT: the county the person moved to, when the registry knows it. */
  movedToCountyCode: string | null;
}

export interface RegistryStatusReceipt {
  changeId: string;
  casesClosed: number;
  casesMoved: number;
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

/** DOMAIN.md §4: any active → CLOSED on death. Returns how many cases closed. */
async function closeOnDeath(trx: Db, ids: readonly string[], actor: Actor): Promise<number> {
  let closed = 0;
  for (const id of ids) {
    const referral = await lockReferral(trx, id);
    if (!referral || !mayStart('close', referral.status)) continue;
    await transitionIn(trx, referral, 'close', 'receiveRegistryStatus', {
      actor,
      reason: systemReason('deceased'),
      closeReason: 'DECEASED',
    });
    closed++;
  }
  return closed;
}

/**
 * The person moved to `countyCode`: each open case moves there as the institution's transfer
 * would (moveOf). A case already there, referred out, or already pending a transfer stays as it is.
 */
async function moveToCounty(trx: Db, ids: readonly string[], countyCode: string, actor: Actor): Promise<number> {
  let moved = 0;
  for (const id of ids) {
    const referral = await lockReferral(trx, id);
    if (!referral || referral.countyCode === countyCode) continue;
    const move = await moveOf(trx, referral, countyCode);
    if (!mayStart(move, referral.status)) continue;
    await transitionIn(trx, referral, move, 'receiveRegistryStatus', { actor, reason: systemReason('movedOut'), countyCode });
    moved++;
  }
  return moved;
}

/**
 * Receives one notice in the caller's transaction. Its receipt is written first, `on conflict do
 * nothing` on the change id: a notice received again finds it and answers as the first time, changing
 * nothing. DECEASED closes every open case of the person, MOVED_OUT with a county moves them there,
 * each through the state machine with its history row; one audit row for the person.
 */
export async function receiveStatusNotice(trx: Db, notice: RegistryStatusNotice, request: AuditRequest): Promise<RegistryStatusReceipt> {
  const written = await trx('registry_status_receipt')
    .insert({ change_id: notice.changeId, pid: notice.pid, status: notice.status, since: notice.since, moved_to_county_code: notice.movedToCountyCode })
    .onConflict('change_id')
    .ignore()
    .returning(['change_id']);
  if (written.length === 0) {
    const stored = (await trx('registry_status_receipt').where({ change_id: notice.changeId }).first('cases_closed', 'cases_moved')) as {
      cases_closed: number;
      cases_moved: number;
    };
    return { changeId: notice.changeId, casesClosed: stored.cases_closed, casesMoved: stored.cases_moved };
  }
  const actor = { role: request.caller.role, subject: request.caller.subject };
  const open = notice.status === 'DECEASED' || (notice.status === 'MOVED_OUT' && notice.movedToCountyCode) ? await openReferralIdsOf(trx, notice.pid) : [];
  const closed = notice.status === 'DECEASED' ? await closeOnDeath(trx, open, actor) : 0;
  const moved = notice.status === 'MOVED_OUT' && notice.movedToCountyCode ? await moveToCounty(trx, open, notice.movedToCountyCode, actor) : 0;
  if (closed + moved > 0) await trx('registry_status_receipt').where({ change_id: notice.changeId }).update({ cases_closed: closed, cases_moved: moved });
  const fields = closed + moved > 0 ? ['registry_status_receipt', 'referral', 'referral_transition'] : ['registry_status_receipt'];
  await writeAudit(trx, request, [{ action: 'WRITE', pid: notice.pid, fields }]);
  return { changeId: notice.changeId, casesClosed: closed, casesMoved: moved };
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
