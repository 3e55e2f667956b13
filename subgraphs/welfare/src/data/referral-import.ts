// Writes the registry's consented uploads as MEDICAL_INSTITUTION referrals; an upload id already imported is skipped.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { writeAudit } from '#platform/audit/audit.js';
import type { Caller } from '#platform/identity/identity.js';

export interface ReferralUpload {
  id: string;
  pid: string;
  countyCode: string;
  recommendsCommunityRehab: boolean;
  uploadedAt: string;
}

/** The importer acts as the platform's own service identity in the history and the audit. */
export const IMPORTER: Caller = {
  subject: 'service-welfare-import',
  role: 'SERVICE',
  regionCode: '000000',
  institutionId: null,
  purpose: 'REFERRAL',
  tokenId: 'referral-import',
};

/**
 * One transaction for the whole batch: each new upload becomes a SUBMITTED referral with its
 * first history row and the consent it came with; `on conflict do nothing` on the upload id
 * makes a second import of the same upload write nothing. Returns the ids imported now.
 */
export async function importUploads(db: Knex, uploads: readonly ReferralUpload[], requestId: string): Promise<string[]> {
  if (uploads.length === 0) return [];
  return db.transaction(async (trx) => {
    const rows = uploads.map((u) => ({
      id: randomUUID(),
      pid: u.pid,
      channel: 'MEDICAL_INSTITUTION',
      status: 'SUBMITTED',
      version: 1,
      county_code: u.countyCode,
      submitted_at: u.uploadedAt,
      source_upload_id: u.id,
    }));
    const inserted = (await trx('referral')
      .insert(rows)
      .onConflict('source_upload_id')
      .ignore()
      .returning(['id', 'pid', 'submitted_at', 'source_upload_id'])) as {
      id: string;
      pid: string;
      submitted_at: Date;
      source_upload_id: string;
    }[];
    if (inserted.length === 0) return [];
    await trx('referral_transition').insert(
      inserted.map((r) => ({
        referral_id: r.id,
        from_status: null,
        to_status: 'SUBMITTED',
        at: r.submitted_at,
        actor_role: 'SERVICE',
        actor_id: IMPORTER.subject,
        reason: 'imported from the registry upload',
      })),
    );
    await trx('referral_consent').insert(
      inserted.map((r) => ({ referral_id: r.id, scope: 'REFERRAL_UPLOAD', granted_by: 'PATIENT_AND_GUARDIAN', granted_at: r.submitted_at })),
    );
    await writeAudit(
      trx,
      { requestId, caller: IMPORTER, operationName: 'importReferralUploads' },
      inserted.map((r) => ({ action: 'WRITE' as const, pid: r.pid, fields: ['referral'] })),
    );
    return inserted.map((r) => r.source_upload_id);
  });
}

/** An upload the registry cancelled (consent revoked) after it was imported: the referral closes if nobody has acted on it yet. */
export async function withdrawImported(db: Knex, uploadIds: readonly string[], requestId: string): Promise<number> {
  if (uploadIds.length === 0) return 0;
  return db.transaction(async (trx) => {
    const closed = (await trx('referral')
      .whereRaw('source_upload_id = any(?::uuid[])', [uploadIds as string[]])
      .where({ status: 'SUBMITTED' })
      .update({ status: 'CLOSED', close_reason: 'WITHDRAWN', version: trx.raw('version + 1'), updated_at: trx.fn.now() })
      .returning(['id', 'pid'])) as { id: string; pid: string }[];
    if (closed.length === 0) return 0;
    await trx('referral_transition').insert(
      closed.map((r) => ({
        referral_id: r.id,
        from_status: 'SUBMITTED',
        to_status: 'CLOSED',
        at: trx.fn.now(),
        actor_role: 'SERVICE',
        actor_id: IMPORTER.subject,
        reason: 'the REFERRAL_UPLOAD consent was revoked',
      })),
    );
    await writeAudit(
      trx,
      { requestId, caller: IMPORTER, operationName: 'importReferralUploads' },
      closed.map((r) => ({ action: 'WRITE' as const, pid: r.pid, fields: ['referral'] })),
    );
    return closed.length;
  });
}
