// The outbox of consented referral uploads: written with the upload, read and acknowledged by the platform's importer.
import { randomUUID } from 'node:crypto';
import type { Db } from '#platform/database/db.js';
import { type Source, source } from '#platform/database/read-together.js';
import type { ReferralUploadStatus } from '../generated/resolvers-types.js';

export interface ReferralUploadRecord {
  id: string;
  pid: string;
  countyCode: string;
  recommendsCommunityRehab: boolean;
  uploadedAt: Date | string;
  status: ReferralUploadStatus;
}

type Row = { id: string; pid: string; county_code: string; recommends_community_rehab: boolean; uploaded_at: Date; status: ReferralUploadStatus };
const COLUMNS = ['id', 'pid', 'county_code', 'recommends_community_rehab', 'uploaded_at', 'status'];
const toRecord = (r: Row): ReferralUploadRecord => ({
  id: r.id,
  pid: r.pid,
  countyCode: r.county_code,
  recommendsCommunityRehab: r.recommends_community_rehab,
  uploadedAt: r.uploaded_at,
  status: r.status,
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

export async function pendingUploads(db: Db, limit: number): Promise<ReferralUploadRecord[]> {
  const rows: Row[] = await db('referral_upload')
    .select(COLUMNS)
    .where({ status: 'PENDING' })
    .orderBy([{ column: 'uploaded_at' }, { column: 'id' }])
    .limit(limit);
  return rows.map(toRecord);
}

export async function pendingUploadOf(db: Db, pid: string): Promise<ReferralUploadRecord | null> {
  const row: Row | undefined = await db('referral_upload').select(COLUMNS).where({ pid, status: 'PENDING' }).first();
  return row ? toRecord(row) : null;
}

export async function insertUpload(
  db: Db,
  upload: { pid: string; hospitalizationId: number | null; countyCode: string; recommendsCommunityRehab: boolean; uploadedBy: string },
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
      status: 'PENDING',
    })
    .returning(COLUMNS)) as Row[];
  return toRecord(row!);
}

/** Marks pending uploads delivered; returns every named upload as it now stands (delivered twice is still delivered). */
export async function markDelivered(db: Db, ids: readonly string[]): Promise<ReferralUploadRecord[]> {
  await db('referral_upload')
    .whereRaw('id = any(?::uuid[])', [ids as string[]])
    .where({ status: 'PENDING' })
    .update({ status: 'DELIVERED', delivered_at: db.fn.now() });
  const rows: Row[] = await db('referral_upload')
    .select(COLUMNS)
    .whereRaw('id = any(?::uuid[])', [ids as string[]])
    .orderBy('id');
  return rows.map(toRecord);
}

/** Cancels a person's upload that the platform has not imported yet; returns the pids it concerned. */
export async function cancelPendingUploads(db: Db, pid: string): Promise<number> {
  return db('referral_upload').where({ pid, status: 'PENDING' }).update({ status: 'CANCELLED', cancelled_at: db.fn.now() });
}
