// The platform's green-channel referrals of a person back to a psychiatric hospital: relapses the registry records once each.
import type { AuditRequest } from '#platform/audit/audit.js';
import { writeAudit } from '#platform/audit/audit.js';
import type { Db } from '#platform/database/db.js';
import { refreshRegistryStatistics } from './statistics.js';

export interface GreenChannelRelapse {
  greenChannelId: string;
  pid: string;
  /** The day of the referral (YYYY-MM-DD). */
  referredOn: string;
  hospitalCode: string;
}

/**
 * Records the referral in the caller's transaction, `on conflict do nothing` on its id: a
 * redelivery changes nothing. Returns false when the registry has no such patient (nothing is
 * recorded, and nothing audited: no one's data was touched).
 */
export async function receiveGreenChannelRelapse(trx: Db, relapse: GreenChannelRelapse, request: AuditRequest): Promise<boolean> {
  const known = await trx('patient').where({ pid: relapse.pid }).first('pid');
  if (!known) return false;
  const written = await trx('green_channel_relapse')
    .insert({ green_channel_id: relapse.greenChannelId, pid: relapse.pid, referred_on: relapse.referredOn, hospital_code: relapse.hospitalCode })
    .onConflict('green_channel_id')
    .ignore()
    .returning(['green_channel_id']);
  if (written.length > 0) {
    await refreshRegistryStatistics(trx, [relapse.pid], relapse.referredOn);
    await writeAudit(trx, request, [{ action: 'WRITE', pid: relapse.pid, fields: ['green_channel_relapse'] }]);
  }
  return true;
}
