// The steps of a case imported from a hospital's upload that the registry hears of through the outbox: accepted by an institution, closed.
import { randomUUID } from 'node:crypto';
import type { Db } from '#platform/database/db.js';
import { enqueue } from '#platform/outbox/outbox.js';
import type { ReferralStatus } from '../generated/resolvers-types.js';

export type UploadCaseStatus = 'ACCEPTED' | 'CLOSED';

export interface UploadCaseEvent {
  id: string;
  referralId: string;
  uploadId: string;
  status: UploadCaseStatus;
  at: Date;
}

/** The outbox topic of these steps; the message names the event, the relay reads it when it delivers. */
export const UPLOAD_CASE_TOPIC = 'upload-case-status';
export type UploadCaseMessage = { eventId: string };

/** The statuses the hospital hears of. */
export const isUploadCaseStatus = (status: ReferralStatus): status is UploadCaseStatus => status === 'ACCEPTED' || status === 'CLOSED';

/** Records the step with its outbox message, in the transition's transaction. */
export async function recordUploadCaseEvent(db: Db, event: { referralId: string; pid: string; uploadId: string; status: UploadCaseStatus }): Promise<void> {
  const id = randomUUID();
  await db('upload_case_event').insert({ id, referral_id: event.referralId, pid: event.pid, upload_id: event.uploadId, status: event.status });
  await enqueue(db, UPLOAD_CASE_TOPIC, { eventId: id } satisfies UploadCaseMessage, { key: id });
}

/** The event, for the relay that delivers it. */
export async function uploadCaseEventById(db: Db, id: string): Promise<UploadCaseEvent | null> {
  const row = (await db('upload_case_event').where({ id }).first('id', 'referral_id', 'upload_id', 'status', 'at')) as
    | { id: string; referral_id: string; upload_id: string; status: UploadCaseStatus; at: Date | string }
    | undefined;
  return row ? { id: row.id, referralId: row.referral_id, uploadId: row.upload_id, status: row.status, at: new Date(row.at) } : null;
}

/** Marks an event delivered; returns its pid when it changed now (a second mark changes nothing). */
export async function markUploadCaseEventDelivered(db: Db, id: string): Promise<string | null> {
  const rows = (await db('upload_case_event').where({ id }).whereNull('delivered_at').update({ delivered_at: db.fn.now() }).returning(['pid'])) as {
    pid: string;
  }[];
  return rows[0]?.pid ?? null;
}
