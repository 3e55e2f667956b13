// Changes of a person's management status: recorded with the status itself, and told to the platform through the outbox when the person consented.
import { randomUUID } from 'node:crypto';
import type { Db } from '#platform/database/db.js';
import { enqueue } from '#platform/outbox/outbox.js';
import type { ManagementStatus } from '../generated/resolvers-types.js';

export interface ManagementStatusChange {
  id: string;
  pid: string;
  status: ManagementStatus;
  /** The day the status holds from (YYYY-MM-DD). */
  since: string;
  /** MOVED_OUT: the county the person moved to, when known. */
  movedToCountyCode: string | null;
}

type Row = { id: string; pid: string; status: ManagementStatus; since: string | Date; moved_to_county_code: string | null };
const toChange = (r: Row): ManagementStatusChange => ({
  id: r.id,
  pid: r.pid,
  status: r.status,
  since: typeof r.since === 'string' ? r.since.slice(0, 10) : r.since.toISOString().slice(0, 10),
  movedToCountyCode: r.moved_to_county_code,
});
const COLUMNS = (db: Db) => ['id', 'pid', 'status', db.raw(`to_char(since, 'YYYY-MM-DD') as since`), 'moved_to_county_code'];

/** Records one change in the caller's transaction (the one that sets the status). */
export async function insertStatusChange(
  db: Db,
  change: { pid: string; status: ManagementStatus; since: string; movedToCountyCode: string | null; recordedBy: string },
): Promise<ManagementStatusChange> {
  const [row] = (await db('management_status_change')
    .insert({
      id: randomUUID(),
      pid: change.pid,
      status: change.status,
      since: change.since,
      moved_to_county_code: change.movedToCountyCode,
      recorded_by: change.recordedBy,
    })
    .returning(COLUMNS(db))) as Row[];
  return toChange(row!);
}

/** The change, for the relay that delivers it. */
export async function statusChangeById(db: Db, id: string): Promise<ManagementStatusChange | null> {
  const row = (await db('management_status_change').select(COLUMNS(db)).where({ id }).first()) as Row | undefined;
  return row ? toChange(row) : null;
}

/** Marks a change delivered; returns its pid when it changed now (a second mark changes nothing). */
export async function markStatusChangeDelivered(db: Db, id: string): Promise<string | null> {
  const rows = (await db('management_status_change').where({ id }).whereNull('delivered_at').update({ delivered_at: db.fn.now() }).returning(['pid'])) as {
    pid: string;
  }[];
  return rows[0]?.pid ?? null;
}

/** The outbox topic of status changes told to the platform. */
export const STATUS_TOPIC = 'management-status';

/** The message of a change: its id only; the relay reads the change, and the consent, when it delivers. */
export type StatusMessage = {
  changeId: string;
};

/** Enqueues the change's delivery to the platform, in the change's own transaction. */
export async function enqueueStatusChange(db: Db, changeId: string): Promise<void> {
  await enqueue(db, STATUS_TOPIC, { changeId } satisfies StatusMessage, { key: changeId });
}
