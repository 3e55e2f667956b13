// The registry's consented uploads on the platform: each imported once as a MEDICAL_INSTITUTION referral, withdrawn through the state machine.
import { randomUUID } from 'node:crypto';
import { type AuditRequest, writeAudit } from '#platform/audit/audit.js';
import type { Db } from '#platform/database/db.js';
import { mayStart } from '../domain/referral-workflow.js';
import type { ReferralUploadReceiptStatus } from '../generated/resolvers-types.js';
import { lockReferral } from './referral-writes.js';
import { transitionIn } from './referral-workflow.js';
import { revokeLiveConsents } from './workflow-records.js';
import { systemReason } from '../domain/system-reasons.js';

export interface ReferralUpload {
  id: string;
  pid: string;
  countyCode: string;
  recommendsCommunityRehab: boolean;
  uploadedAt: string;
  /** Whether the person has a guardian, as the registry records it; null when the upload does not say. */
  hasGuardian: boolean | null;
  /** The uploading hospital, whose clinicians read the case; null when the upload does not say. */
  hospitalCode: string | null;
}

/**
 * Imports one upload in the caller's transaction: a SUBMITTED referral with its first history
 * row and the consent it came with. `on conflict do nothing` on the upload id makes a second
 * delivery write nothing; an upload the registry withdrew first is not imported at all.
 */
export async function importUpload(trx: Db, upload: ReferralUpload, request: AuditRequest): Promise<ReferralUploadReceiptStatus> {
  const withdrawn = await trx('referral_upload_withdrawal').where({ upload_id: upload.id }).first('upload_id');
  if (withdrawn) return 'WITHDRAWN';
  const inserted = (await trx('referral')
    .insert({
      id: randomUUID(),
      pid: upload.pid,
      channel: 'MEDICAL_INSTITUTION',
      status: 'SUBMITTED',
      version: 1,
      county_code: upload.countyCode,
      submitted_at: upload.uploadedAt,
      source_upload_id: upload.id,
      has_guardian: upload.hasGuardian,
      source_hospital_code: upload.hospitalCode,
    })
    .onConflict('source_upload_id')
    .ignore()
    .returning(['id', 'submitted_at'])) as { id: string; submitted_at: Date }[];
  const referral = inserted[0];
  if (!referral) return 'IMPORTED';
  await trx('referral_transition').insert({
    referral_id: referral.id,
    from_status: null,
    to_status: 'SUBMITTED',
    at: referral.submitted_at,
    actor_role: 'SERVICE',
    actor_id: request.caller.subject,
    reason: systemReason('imported'),
  });
  await trx('referral_consent').insert({
    referral_id: referral.id,
    scope: 'REFERRAL_UPLOAD',
    // The registry took the consent of the patient and, where there is one, of the guardian.
    granted_by: upload.hasGuardian === false ? 'PATIENT' : 'PATIENT_AND_GUARDIAN',
    granted_at: referral.submitted_at,
  });
  await writeAudit(trx, request, [{ action: 'WRITE', pid: upload.pid, fields: ['referral'] }]);
  return 'IMPORTED';
}

/**
 * The consent behind an upload was revoked. The withdrawal is remembered (so a delivery of the
 * upload that arrives later imports nothing), and a referral nobody has acted on yet (SUBMITTED)
 * closes as WITHDRAWN through the state machine, its consent revoked; one already acted on stays.
 */
export async function withdrawUpload(trx: Db, uploadId: string, request: AuditRequest): Promise<ReferralUploadReceiptStatus> {
  await trx('referral_upload_withdrawal').insert({ upload_id: uploadId, withdrawn_at: trx.fn.now() }).onConflict('upload_id').ignore();
  const found = (await trx('referral').where({ source_upload_id: uploadId }).first('id')) as { id: string } | undefined;
  if (!found) return 'WITHDRAWN';
  const referral = await lockReferral(trx, found.id);
  if (!referral) return 'WITHDRAWN';
  if (referral.status === 'CLOSED' && referral.closeReason === 'WITHDRAWN') return 'WITHDRAWN';
  if (referral.status !== 'SUBMITTED' || !mayStart('close', referral.status)) return 'KEPT';
  await revokeLiveConsents(trx, referral.id, 'REFERRAL_UPLOAD');
  await transitionIn(trx, referral, 'close', 'withdrawReferralUpload', {
    actor: { role: request.caller.role, subject: request.caller.subject },
    reason: systemReason('uploadConsentRevoked'),
    closeReason: 'WITHDRAWN',
  });
  await writeAudit(trx, request, [{ action: 'WRITE', pid: referral.pid, fields: ['referral', 'referral_transition', 'referral_consent'] }]);
  return 'WITHDRAWN';
}
