// The transactional outbox every agency sends through: a message is written in the writer's own transaction,
// then claimed under a lease, delivered by a relay, and marked delivered or retried later with backoff.
import type { Knex } from 'knex';
import type { Db } from '#platform/database/db.js';

export const OUTBOX_TABLE = 'outbox_message';

/** The table, for each agency's migration (like createAuditTable). */
export async function createOutboxTable(db: Knex): Promise<void> {
  await db.schema.createTable(OUTBOX_TABLE, (t) => {
    t.bigIncrements('id');
    t.string('topic', 64).notNullable();
    // The writer's idempotency key (an upload, hand-off or answer id): the same message is enqueued once.
    t.string('key', 128).notNullable();
    t.jsonb('payload').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.timestamp('available_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.integer('attempts').notNullable().defaultTo(0);
    // A relay's claim: until it expires no other relay takes the message, after it (a crashed relay) any may.
    t.timestamp('claimed_until', { useTz: true }).nullable();
    t.timestamp('delivered_at', { useTz: true }).nullable();
    // Why the last delivery failed, as codes only (HTTP status, error codes, SQLSTATE): never personal data.
    t.string('last_error', 200).nullable();
    t.unique(['topic', 'key'], { indexName: 'outbox_message_topic_key_idx' });
  });
  // The relay's claim and the lag metric read only undelivered messages, oldest first.
  await db.raw(`create index outbox_message_undelivered_idx on ${OUTBOX_TABLE} (topic, available_at, id) where delivered_at is null`);
}

export async function dropOutboxTable(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists(OUTBOX_TABLE);
}

/** A row as written; seeds write an agency's past deliveries this way. */
export interface DbOutboxMessageRow {
  topic: string;
  key: string;
  /** JSON text. */
  payload: string;
  created_at: string;
  available_at: string;
  attempts: number;
  delivered_at: string | null;
}

/** The row of a message written at `createdAt` and delivered at `deliveredAt` (null: still waiting). */
export function outboxMessageRow(topic: string, key: string, payload: OutboxPayload, createdAt: string, deliveredAt: string | null): DbOutboxMessageRow {
  return { topic, key, payload: JSON.stringify(payload), created_at: createdAt, available_at: createdAt, attempts: 0, delivered_at: deliveredAt };
}

/** A JSON value a message may carry: ids and flags a receiver needs, nothing it can read elsewhere. */
export type OutboxPayload = Record<string, unknown>;

export interface OutboxMessage<P extends OutboxPayload = OutboxPayload> {
  id: number;
  topic: string;
  key: string;
  payload: P;
  createdAt: Date;
  /** Failed deliveries so far. */
  attempts: number;
}

interface DbOutboxRow {
  id: number;
  topic: string;
  key: string;
  payload: OutboxPayload | string;
  created_at: Date;
  attempts: number;
}

const toMessage = (r: DbOutboxRow): OutboxMessage => ({
  id: Number(r.id),
  topic: r.topic,
  key: r.key,
  payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as OutboxPayload) : r.payload,
  createdAt: r.created_at,
  attempts: r.attempts,
});

/**
 * Writes a message in the caller's transaction, so it exists exactly when the change it reports
 * commits. The same topic and key again writes nothing: returns whether it was written now.
 */
export async function enqueue(trx: Db, topic: string, payload: OutboxPayload, options: { key: string }): Promise<boolean> {
  const written = await trx(OUTBOX_TABLE)
    .insert({ topic, key: options.key, payload: JSON.stringify(payload) })
    .onConflict(['topic', 'key'])
    .ignore()
    .returning(['id']);
  return written.length > 0;
}

/**
 * Takes up to `limit` messages of the topics that are due and not claimed by a live lease,
 * oldest first. `for update skip locked` lets relays of several replicas claim side by side
 * (PGlite has one connection, where it simply locks nothing others wait for).
 */
export async function claim(db: Db, topics: readonly string[], options: { limit: number; leaseMs: number }): Promise<OutboxMessage[]> {
  const result = await db.raw(
    `update ${OUTBOX_TABLE} set claimed_until = now() + (? * interval '1 millisecond')
      where id in (
        select id from ${OUTBOX_TABLE}
         where topic = any(?) and delivered_at is null and available_at <= now() and (claimed_until is null or claimed_until < now())
         order by id limit ? for update skip locked)
      returning id, topic, key, payload, created_at, attempts`,
    [options.leaseMs, topics as string[], options.limit],
  );
  return (result as { rows: DbOutboxRow[] }).rows.map(toMessage).sort((a, b) => a.id - b.id);
}

/** Marks a message delivered; a second mark (a relay whose lease had expired) changes nothing. */
export async function markDelivered(db: Db, id: number): Promise<boolean> {
  const changed = await db(OUTBOX_TABLE).where({ id }).whereNull('delivered_at').update({ delivered_at: db.fn.now(), claimed_until: null, last_error: null });
  return changed > 0;
}

/** Records a failed delivery: the message waits `delayMs`, its claim released, the reason kept as codes. */
export async function markFailed(db: Db, id: number, reason: string, delayMs: number): Promise<void> {
  await db(OUTBOX_TABLE)
    .where({ id })
    .whereNull('delivered_at')
    .update({
      attempts: db.raw('attempts + 1'),
      available_at: db.raw(`now() + (? * interval '1 millisecond')`, [Math.round(delayMs)]),
      claimed_until: null,
      last_error: reason.slice(0, 200),
    });
}

/** Seconds since the oldest undelivered message of each topic was written (0 for a topic with none). */
export async function lagByTopic(db: Db, topics: readonly string[]): Promise<Map<string, number>> {
  const rows = (await db(OUTBOX_TABLE)
    .select('topic')
    .select(db.raw('extract(epoch from now() - min(created_at)) as lag'))
    .whereNull('delivered_at')
    .whereRaw('topic = any(?)', [topics as string[]])
    .groupBy('topic')) as { topic: string; lag: number | string }[];
  const lag = new Map(topics.map((topic) => [topic, 0]));
  for (const row of rows) lag.set(row.topic, Number(row.lag));
  return lag;
}

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 500, maxMs: 5 * 60_000 };

/**
 * The wait before the next attempt after `attempts` failures: exponential, capped, with "equal
 * jitter" (half fixed, half random) so relays that failed together do not retry together.
 */
export function retryDelayMs(attempts: number, policy: RetryPolicy = DEFAULT_RETRY, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempts, 30));
  return ceiling / 2 + random() * (ceiling / 2);
}
