// Green-channel referrals: a case in service sent back to a psychiatric hospital on relapse names the hospital, and the registry hears of it through the outbox.
import { randomUUID } from 'node:crypto';
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
