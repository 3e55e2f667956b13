// The federation's importer of the platform's employment hand-offs: fetch the pending ones, import once, then tell the platform.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { isCountyCode } from '#platform/statistics/division.js';
import { isPid } from '#platform/identity/pid.js';
import { type EmploymentHandoff, importHandoffs } from './data/referral-sync.js';
import { callWelfare, type WelfareEndpoint } from './welfare-client.js';

export interface ImportOptions extends WelfareEndpoint {
  batchSize: number;
  /** Test hook: ends the process between the import's commit and the platform's receipt. */
  crashAfterImport?: boolean;
}

const PENDING = `query PendingEmploymentHandoffs($first: Int!) {
  pendingEmploymentHandoffs(first: $first) { id referralId pid countyCode outcome willingToWork ableToWork needsSupport handedOverAt }
}`;
const RECEIVE = `mutation ReceiveEmploymentHandoffs($ids: [ID!]!) { receiveEmploymentHandoffs(ids: $ids) { id status } }`;

export interface ImportResult {
  fetched: number;
  imported: number;
  received: number;
  /** Hand-offs this federation cannot hold (an outcome other than work, a malformed pid or county): left pending, and logged by count. */
  skipped: number;
}

/** A hand-off the federation's records can hold: the two outcomes to work, a pid, a county. */
function importable(handoff: EmploymentHandoff): boolean {
  return (handoff.outcome === 'EMPLOYMENT' || handoff.outcome === 'SHELTERED_EMPLOYMENT') && isPid(handoff.pid) && isCountyCode(handoff.countyCode);
}

/**
 * One round. The order makes it exactly once: import (idempotent on the hand-off id) and
 * commit, then tell the platform. A crash before the commit leaves the hand-off pending for the
 * next round; a crash after it makes the next round's import a no-op that receives again.
 */
export async function importRound(db: Knex, options: ImportOptions): Promise<ImportResult> {
  const requestId = randomUUID();
  const { pendingEmploymentHandoffs: pending } = await callWelfare<{ pendingEmploymentHandoffs: EmploymentHandoff[] }>(options, requestId, PENDING, {
    first: options.batchSize,
  });
  const handoffs = pending.filter(importable);
  const skipped = pending.length - handoffs.length;
  if (handoffs.length === 0) return { fetched: pending.length, imported: 0, received: 0, skipped };
  const imported = await importHandoffs(db, handoffs, requestId);
  if (options.crashAfterImport) process.kill(process.pid, 'SIGKILL');
  const { receiveEmploymentHandoffs: received } = await callWelfare<{ receiveEmploymentHandoffs: { id: string; status: string }[] }>(
    options,
    requestId,
    RECEIVE,
    {
      ids: handoffs.map((h) => h.id),
    },
  );
  return { fetched: pending.length, imported: imported.length, received: received.length, skipped };
}
