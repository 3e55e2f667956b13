// Discharges told to the platform: the first discharge after a green-channel relapse the platform sent, through the outbox.
import { randomUUID } from 'node:crypto';
import type { Db } from '#platform/database/db.js';
import { enqueue } from '#platform/outbox/outbox.js';

export interface DischargeNotice {
  id: string;
  pid: string;
  /** The day of the discharge (YYYY-MM-DD). */
  dischargedOn: string;
}

/** The outbox topic of discharges told to the platform. */
export const DISCHARGE_TOPIC = 'green-channel-discharge';

/** The message of a notice: its id only; the relay reads the notice when it delivers. */
export type DischargeMessage = { noticeId: string };

/**
 * In the discharge's own transaction: when a green-channel relapse of the person, referred on or
 * before the discharge, has no discharge told yet, records the notice for it and enqueues its
 * delivery. Returns whether it did (a discharge with no such relapse tells the platform nothing).
 */
export async function noticeDischarge(db: Db, stay: { id: number; pid: string }, dischargedOn: string): Promise<boolean> {
  const awaiting = (await db('green_channel_relapse as g')
    .leftJoin('discharge_notice as d', 'd.green_channel_id', 'g.green_channel_id')
    .where('g.pid', stay.pid)
    .where('g.referred_on', '<=', dischargedOn)
    .whereNull('d.id')
    .orderBy('g.referred_on')
    .select('g.green_channel_id')) as { green_channel_id: string }[];
  if (awaiting.length === 0) return false;
  const id = randomUUID();
  // One notice answers every relapse awaiting a discharge: the platform marks the person's referred cases.
  await db('discharge_notice').insert(
    awaiting.map((g, i) => ({
      id: i === 0 ? id : randomUUID(),
      pid: stay.pid,
      hospitalization_id: stay.id,
      discharged_on: dischargedOn,
      green_channel_id: g.green_channel_id,
      delivered_at: i === 0 ? null : db.fn.now(),
    })),
  );
  await enqueue(db, DISCHARGE_TOPIC, { noticeId: id } satisfies DischargeMessage, { key: id });
  return true;
}

/** The notice, for the relay that delivers it. */
export async function dischargeNoticeById(db: Db, id: string): Promise<DischargeNotice | null> {
  const row = (await db('discharge_notice').select('id', 'pid', db.raw(`to_char(discharged_on, 'YYYY-MM-DD') as discharged_on`)).where({ id }).first()) as
    | { id: string; pid: string; discharged_on: string }
    | undefined;
  return row ? { id: row.id, pid: row.pid, dischargedOn: row.discharged_on } : null;
}

/** Marks a notice delivered; returns its pid when it changed now (a second mark changes nothing). */
export async function markDischargeDelivered(db: Db, id: string): Promise<string | null> {
  const rows = (await db('discharge_notice').where({ id }).whereNull('delivered_at').update({ delivered_at: db.fn.now() }).returning(['pid'])) as {
    pid: string;
  }[];
  return rows[0]?.pid ?? null;
}
