// Consented referral uploads: written with their outbox message, delivered to the platform by the registry's relay.
import { randomUUID } from 'node:crypto';
import { type AuditRequest, writeAudit } from '#platform/audit/audit.js';
import type { Db } from '#platform/database/db.js';
import { type Source, source } from '#platform/database/read-together.js';
import { enqueue } from '#platform/outbox/outbox.js';
import type { PlatformCaseStatus, ReferralUploadStatus } from '../generated/resolvers-types.js';

export interface ReferralUploadRecord {
  id: string;
  pid: string;
  countyCode: string;
  recommendsCommunityRehab: boolean;
  uploadedAt: Date | string;
  status: ReferralUploadStatus;
  /** What became of the platform's case, as the platform told it. */
  platformStatus: PlatformCaseStatus | null;
  platformStatusAt: Date | string | null;
  /** The uploading clinician's hospital (their token's `inst`); null for an upload made without one. */
  hospitalCode: string | null;
}

type Row = {
  id: string;
  pid: string;
  county_code: string;
  recommends_community_rehab: boolean;
  uploaded_at: Date;
  status: ReferralUploadStatus;
  platform_status: PlatformCaseStatus | null;
  platform_status_at: Date | null;
  hospital_code: string | null;
};
const COLUMNS = ['id', 'pid', 'county_code', 'recommends_community_rehab', 'uploaded_at', 'status', 'platform_status', 'platform_status_at', 'hospital_code'];
const toRecord = (r: Row): ReferralUploadRecord => ({
  id: r.id,
  pid: r.pid,
  countyCode: r.county_code,
  recommendsCommunityRehab: r.recommends_community_rehab,
  uploadedAt: r.uploaded_at,
  status: r.status,
  platformStatus: r.platform_status,
  platformStatusAt: r.platform_status_at,
  hospitalCode: r.hospital_code,
});

export async function uploadsByPids(db: Db, pids: readonly string[]): Promise<ReferralUploadRecord[]> {
  const rows: Row[] = await uploadsQuery(db, pids);
  return rows.map(toRecord);
}

const uploadsQuery = (db: Db, pids: readonly string[]) =>
  db('referral_upload')
    .select(COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([
      { column: 'uploaded_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);

/** uploadsByPids as a source of a combined read. */
export const uploadsSource = (db: Db, pids: readonly string[]): Source<ReferralUploadRecord> =>
  source<Row, ReferralUploadRecord>(uploadsQuery(db, pids), toRecord, ['uploaded_at']);

export async function pendingUploadOf(db: Db, pid: string): Promise<ReferralUploadRecord | null> {
  const row: Row | undefined = await db('referral_upload').select(COLUMNS).where({ pid, status: 'PENDING' }).first();
  return row ? toRecord(row) : null;
}

export async function insertUpload(
  db: Db,
  upload: {
    pid: string;
    hospitalizationId: number | null;
    countyCode: string;
    recommendsCommunityRehab: boolean;
    uploadedBy: string;
    hospitalCode: string | null;
  },
): Promise<ReferralUploadRecord> {
  const [row] = (await db('referral_upload')
    .insert({
      id: randomUUID(),
      pid: upload.pid,
      hospitalization_id: upload.hospitalizationId,
      county_code: upload.countyCode,
      recommends_community_rehab: upload.recommendsCommunityRehab,
      uploaded_at: db.fn.now(),
      uploaded_by: upload.uploadedBy,
      hospital_code: upload.hospitalCode,
      status: 'PENDING',
    })
    .returning(COLUMNS)) as Row[];
  return toRecord(row!);
}

/** The upload, for the relay that delivers it. */
export async function uploadById(db: Db, id: string): Promise<ReferralUploadRecord | null> {
  const row: Row | undefined = await db('referral_upload').select(COLUMNS).where({ id }).first();
  return row ? toRecord(row) : null;
}

/** Marks a pending upload delivered (a cancelled one stays cancelled); returns its pid when it changed now. */
export async function markUploadDelivered(db: Db, id: string): Promise<string | null> {
  const rows = (await db('referral_upload').where({ id, status: 'PENDING' }).update({ status: 'DELIVERED', delivered_at: db.fn.now() }).returning(['pid'])) as {
    pid: string;
  }[];
  return rows[0]?.pid ?? null;
}

/** The outbox topics of the registry's hand-off to the platform. */
export const UPLOAD_TOPIC = 'referral-upload';
export const WITHDRAWAL_TOPIC = 'referral-upload-withdrawal';

/** The message of an upload: its id only; the relay reads the upload when it delivers, so a cancelled one is never sent. */
export type UploadMessage = {
  uploadId: string;
};

/** Enqueues the upload's delivery to the platform, in the upload's own transaction. */
export async function enqueueUpload(db: Db, uploadId: string): Promise<void> {
  await enqueue(db, UPLOAD_TOPIC, { uploadId } satisfies UploadMessage, { key: uploadId });
}

/**
 * The consent was revoked: a person's upload the platform has not imported is cancelled, and the
 * platform is told to withdraw every upload of the person it may hold (a delivered one, or a
 * pending one whose delivery may be in flight). Returns how many uploads it concerned.
 */
export async function withdrawUploads(db: Db, pid: string): Promise<number> {
  const cancelled = (await db('referral_upload')
    .where({ pid, status: 'PENDING' })
    .update({ status: 'CANCELLED', cancelled_at: db.fn.now() })
    .returning(['id'])) as { id: string }[];
  const delivered: { id: string }[] = await db('referral_upload').select('id').where({ pid, status: 'DELIVERED' });
  for (const { id } of [...cancelled, ...delivered]) await enqueue(db, WITHDRAWAL_TOPIC, { uploadId: id } satisfies UploadMessage, { key: id });
  return cancelled.length + delivered.length;
}

/**
 * The platform's news of the case imported from an upload, in the caller's transaction: its receipt
 * first, `on conflict do nothing` on the event id (a redelivery changes nothing), then the upload's
 * platformStatus, where the event is the latest the platform sent. False when there is no such upload.
 */
export async function receiveUploadCaseStatus(
  trx: Db,
  event: { eventId: string; uploadId: string; status: PlatformCaseStatus; at: string },
  request: AuditRequest,
): Promise<boolean> {
  const upload = (await trx('referral_upload').where({ id: event.uploadId }).forUpdate().first('pid', 'platform_status_at')) as
    | { pid: string; platform_status_at: Date | string | null }
    | undefined;
  if (!upload) return false;
  const written = await trx('upload_case_status_receipt')
    .insert({ event_id: event.eventId, upload_id: event.uploadId, status: event.status, at: event.at })
    .onConflict('event_id')
    .ignore()
    .returning(['event_id']);
  if (written.length === 0) return true;
  const previous = upload.platform_status_at === null ? null : new Date(upload.platform_status_at).getTime();
  if (previous === null || previous <= new Date(event.at).getTime()) {
    await trx('referral_upload').where({ id: event.uploadId }).update({ platform_status: event.status, platform_status_at: event.at });
  }
  await writeAudit(trx, request, [{ action: 'WRITE', pid: upload.pid, fields: ['upload_case_status_receipt', 'referral_upload.platform_status'] }]);
  return true;
}
