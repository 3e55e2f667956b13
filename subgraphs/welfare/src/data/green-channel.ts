// Green-channel referrals: a case in service sent back to a psychiatric hospital on relapse names the hospital, the registry hears of it through the outbox, and tells of the discharge.
import { randomUUID } from 'node:crypto';
import { type AuditRequest, writeAudit } from '#platform/audit/audit.js';
import type { Db } from '#platform/database/db.js';
import { enqueue } from '#platform/outbox/outbox.js';

export interface GreenChannelReferral {
  id: string;
  referralId: string;
  pid: string;
  hospitalCode: string;
  /** The day of the referral, China time (YYYY-MM-DD). */
  referredOn: string;
}

type Row = { id: string; referral_id: string; pid: string; hospital_code: string; referred_on: string };
const COLUMNS = (db: Db) => ['id', 'referral_id', 'pid', 'hospital_code', db.raw(`to_char(referred_on, 'YYYY-MM-DD') as referred_on`)];
const toReferral = (r: Row): GreenChannelReferral => ({
  id: r.id,
  referralId: r.referral_id,
  pid: r.pid,
  hospitalCode: r.hospital_code,
  referredOn: r.referred_on,
});

/** The outbox topic of green-channel referrals told to the registry; the message names the referral, the relay reads it when it delivers. */
export const GREEN_CHANNEL_TOPIC = 'green-channel-relapse';
export type GreenChannelMessage = { greenChannelId: string };

/** Records the referral with its outbox message, in the caller's transaction (the one that writes the transition). */
export async function referToHospital(
  db: Db,
  referral: { referralId: string; pid: string; hospitalCode: string; referredOn: string },
): Promise<GreenChannelReferral> {
  const [row] = (await db('green_channel_referral')
    .insert({ id: randomUUID(), referral_id: referral.referralId, pid: referral.pid, hospital_code: referral.hospitalCode, referred_on: referral.referredOn })
    .returning(COLUMNS(db))) as Row[];
  await enqueue(db, GREEN_CHANNEL_TOPIC, { greenChannelId: row!.id } satisfies GreenChannelMessage, { key: row!.id });
  return toReferral(row!);
}

/** The referral, for the relay that delivers it. */
export async function greenChannelById(db: Db, id: string): Promise<GreenChannelReferral | null> {
  const row = (await db('green_channel_referral').select(COLUMNS(db)).where({ id }).first()) as Row | undefined;
  return row ? toReferral(row) : null;
}

/** Marks a referral delivered; returns its pid when it changed now (a second mark changes nothing). */
export async function markGreenChannelDelivered(db: Db, id: string): Promise<string | null> {
  const rows = (await db('green_channel_referral').where({ id }).whereNull('delivered_at').update({ delivered_at: db.fn.now() }).returning(['pid'])) as {
    pid: string;
  }[];
  return rows[0]?.pid ?? null;
}

export interface RegistryDischargeNotice {
  dischargeId: string;
  pid: string;
  dischargedOn: string;
}

/**
 * Receives the registry's discharge notice in the caller's transaction. Its receipt is written
 * first, `on conflict do nothing` on the notice id: a notice received again answers as the first
 * time, changing nothing. The discharge is recorded on the latest green-channel referral, made on
 * or before it, of each of the person's RELAPSE_REFERRED cases; the cases stay RELAPSE_REFERRED
 * until their institution resumes them with the re-assessment. One audit row for the person.
 */
export async function receiveDischargeNotice(trx: Db, notice: RegistryDischargeNotice, request: AuditRequest): Promise<number> {
  const written = await trx('registry_discharge_receipt')
    .insert({ discharge_id: notice.dischargeId, pid: notice.pid, discharged_on: notice.dischargedOn })
    .onConflict('discharge_id')
    .ignore()
    .returning(['discharge_id']);
  if (written.length === 0) {
    const stored = (await trx('registry_discharge_receipt').where({ discharge_id: notice.dischargeId }).first('cases_marked')) as { cases_marked: number };
    return stored.cases_marked;
  }
  const referred = (await trx('referral').select('id').where({ pid: notice.pid, status: 'RELAPSE_REFERRED' }).orderBy('id').forUpdate()) as { id: string }[];
  let marked = 0;
  for (const { id } of referred) {
    const latest = (await trx('green_channel_referral')
      .where({ referral_id: id })
      .where('referred_on', '<=', notice.dischargedOn)
      .orderBy('referred_at', 'desc')
      .first('id', 'discharged_on')) as { id: string; discharged_on: string | null } | undefined;
    if (!latest || latest.discharged_on !== null) continue;
    await trx('green_channel_referral').where({ id: latest.id }).update({ discharged_on: notice.dischargedOn });
    marked++;
  }
  if (marked > 0) await trx('registry_discharge_receipt').where({ discharge_id: notice.dischargeId }).update({ cases_marked: marked });
  await writeAudit(trx, request, [
    {
      action: 'WRITE',
      pid: notice.pid,
      fields: marked > 0 ? ['registry_discharge_receipt', 'green_channel_referral.discharged_on'] : ['registry_discharge_receipt'],
    },
  ]);
  return marked;
}

/** Each case's discharge after its latest green-channel referral, for Referral.relapseDischargedOn. */
export async function relapseDischargesByReferralIds(db: Db, referralIds: readonly string[]): Promise<{ referralId: string; dischargedOn: string | null }[]> {
  const rows = (await db('green_channel_referral')
    .distinctOn('referral_id')
    .select('referral_id', db.raw(`to_char(discharged_on, 'YYYY-MM-DD') as discharged_on`))
    .whereRaw('referral_id = any(?)', [referralIds as string[]])
    .orderBy([{ column: 'referral_id' }, { column: 'referred_at', order: 'desc' }])) as { referral_id: string; discharged_on: string | null }[];
  return rows.map((r) => ({ referralId: r.referral_id, dischargedOn: r.discharged_on }));
}
