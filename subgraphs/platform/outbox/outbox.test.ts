import type { Knex } from 'knex';
import pino from 'pino';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgencyCallError } from '#platform/agency-calls/agency-client.js';
import { openDatabase } from '#platform/database/db.js';
import { createScratchDatabase, postgresReachable } from '#platform/database/scratch-database.js';
import { claim, createOutboxTable, enqueue, lagByTopic, markDelivered, markFailed, retryDelayMs } from './outbox.js';
import { OutboxRelay } from './relay.js';

const engines = (await postgresReachable()) ? ['pglite', 'postgres'] : ['pglite'];

describe('retryDelayMs', () => {
  it('doubles with each failure up to the cap, half of it fixed and half random', () => {
    const policy = { baseMs: 100, maxMs: 1000 };
    expect(retryDelayMs(0, policy, () => 0)).toBe(50);
    expect(retryDelayMs(0, policy, () => 1)).toBe(100);
    expect(retryDelayMs(3, policy, () => 0)).toBe(400);
    expect(retryDelayMs(20, policy, () => 1)).toBe(1000);
    expect(retryDelayMs(20, policy, () => 0)).toBe(500);
  });
});

describe.each(engines)('the outbox on %s', (engine) => {
  let db: Knex;
  let drop: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    if (engine === 'postgres') {
      const scratch = await createScratchDatabase('outbox');
      db = openDatabase({ urlVariable: 'TEST', url: scratch.url, embeddedDir: 'memory://' });
      drop = scratch.drop;
    } else {
      db = openDatabase({ urlVariable: 'TEST', url: undefined, embeddedDir: 'memory://' });
    }
    await createOutboxTable(db);
    // Starting PGlite or creating a database takes seconds on a busy machine.
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await drop();
  });

  it('writes a message once per topic and key, and only when the transaction commits', async () => {
    expect(await db.transaction((trx) => enqueue(trx, 'a', { n: 1 }, { key: 'k1' }))).toBe(true);
    expect(await db.transaction((trx) => enqueue(trx, 'a', { n: 2 }, { key: 'k1' }))).toBe(false);
    await expect(
      db.transaction(async (trx) => {
        await enqueue(trx, 'a', { n: 3 }, { key: 'k2' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const rows = await db('outbox_message').where({ topic: 'a' });
    expect(rows.map((r) => [r.key, r.payload])).toEqual([['k1', { n: 1 }]]);
  });

  it('lets one relay hold a claim until its lease expires, and delivers a message once marked', async () => {
    await db.transaction((trx) => enqueue(trx, 'b', { n: 1 }, { key: 'k1' }));
    const first = await claim(db, ['b'], { limit: 10, leaseMs: 300 });
    expect(first.map((m) => m.payload)).toEqual([{ n: 1 }]);
    expect(await claim(db, ['b'], { limit: 10, leaseMs: 300 })).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const again = await claim(db, ['b'], { limit: 10, leaseMs: 300 });
    expect(again.map((m) => m.id)).toEqual(first.map((m) => m.id));
    expect(await markDelivered(db, again[0]!.id)).toBe(true);
    expect(await markDelivered(db, again[0]!.id)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await claim(db, ['b'], { limit: 10, leaseMs: 300 })).toEqual([]);
  });

  it('holds a failed message back for its backoff and keeps the reason', async () => {
    await db.transaction((trx) => enqueue(trx, 'c', { n: 1 }, { key: 'k1' }));
    const [message] = await claim(db, ['c'], { limit: 10, leaseMs: 60_000 });
    await markFailed(db, message!.id, 'welfare answered HTTP 503', 300);
    expect(await claim(db, ['c'], { limit: 10, leaseMs: 60_000 })).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const [retried] = await claim(db, ['c'], { limit: 10, leaseMs: 60_000 });
    expect(retried).toMatchObject({ id: message!.id, attempts: 1 });
    expect((await db('outbox_message').where({ id: message!.id }).first()).last_error).toBe('welfare answered HTTP 503');
    expect((await lagByTopic(db, ['c', 'none'])).get('c')).toBeGreaterThan(0);
    expect((await lagByTopic(db, ['c', 'none'])).get('none')).toBe(0);
  });

  it('relays each message through its handler, records the delivery with it, counts, and waits quietly for a receiver not up yet', async () => {
    await db.transaction(async (trx) => {
      await enqueue(trx, 'd', { n: 1 }, { key: 'k1' });
      await enqueue(trx, 'd', { n: 2 }, { key: 'k2' });
    });
    const lines: { level: number; msg: string; reason?: string }[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const metrics = new Registry();
    let up = false;
    const received: unknown[] = [];
    const recorded: unknown[] = [];
    const relay = new OutboxRelay(db, {
      handlers: {
        d: {
          deliver: async (message) => {
            if (!up) throw new AgencyCallError('welfare', 'unreachable', null, ['ECONNREFUSED']);
            received.push(message.payload);
          },
          onDelivered: async (_trx, message) => void recorded.push(message.key),
        },
      },
      logger,
      metrics,
      intervalMs: 0,
      retry: { baseMs: 1, maxMs: 2 },
    });
    expect(await relay.round()).toEqual({ claimed: 2, delivered: 0, failed: 2 });
    expect(lines.filter((l) => l.level >= 40)).toEqual([]);
    expect(lines.map((l) => l.reason)).toContain('welfare unreachable ECONNREFUSED');
    up = true;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await relay.round()).toEqual({ claimed: 2, delivered: 2, failed: 0 });
    expect(received).toEqual([{ n: 1 }, { n: 2 }]);
    expect(recorded).toEqual(['k1', 'k2']);
    const text = await metrics.metrics();
    expect(text).toContain('outbox_deliveries_total{topic="d"} 2');
    expect(text).toContain('outbox_delivery_failures_total{topic="d",kind="unreachable"} 2');
    expect(text).toContain('outbox_oldest_undelivered_seconds{topic="d"} 0');

    // Once the receiver has answered, a failure is a warning, described by codes.
    await db.transaction((trx) => enqueue(trx, 'd', { n: 3 }, { key: 'k3' }));
    up = false;
    await relay.round();
    const warning = lines.find((l) => l.level === 40);
    expect(warning?.reason).toBe('welfare unreachable ECONNREFUSED');
    expect(JSON.stringify(lines)).not.toContain('TypeError');
  });
});
