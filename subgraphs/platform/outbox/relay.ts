// The relay of one agency's outbox: claims due messages, delivers each through its topic's handler, marks it
// delivered in the same transaction as the sender's own record of it, or schedules a retry; counts and logs by codes.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { Counter, Gauge, Registry } from 'prom-client';
import { AgencyCallError, failureReason } from '#platform/agency-calls/agency-client.js';
import {
  claim,
  DEFAULT_RETRY,
  lagByTopic,
  markDelivered,
  markFailed,
  type OutboxMessage,
  type OutboxPayload,
  type RetryPolicy,
  retryDelayMs,
} from './outbox.js';
import { armCrashPoint, crashIfArmed } from './crash-points.js';
import type { RelaySettings } from './outbox-settings.js';

export interface TopicHandler<P extends OutboxPayload = OutboxPayload> {
  /** Sends the message to its receiver; resolves once the receiver has committed it (receivers are idempotent on the message's key). */
  deliver(message: OutboxMessage<P>, requestId: string): Promise<void>;
  /** The sender's own record of the delivery, written in the transaction that marks the message delivered. */
  onDelivered?(trx: Knex.Transaction, message: OutboxMessage<P>, requestId: string): Promise<void>;
}

export interface RelayOptions {
  /** One handler per topic this relay delivers. */
  // biome-ignore lint/suspicious/noExplicitAny: each topic's handler is typed by its own payload; the relay treats them alike.
  handlers: Record<string, TopicHandler<any>>;
  logger: Logger;
  /** The process's metrics registry (served at /metrics); a private one when absent. */
  metrics?: Registry;
  /** Pause between rounds when nothing was due; a round that claimed a full batch is followed at once. */
  intervalMs: number;
  batchSize?: number;
  /** How long a claim holds: a relay that crashed mid-delivery lets its messages go after this. */
  leaseMs?: number;
  retry?: RetryPolicy;
  /** During start-up a receiver that cannot be reached yet is waited for quietly (debug) this long before failures are warnings. */
  quietStartMs?: number;
}

const DEFAULTS = { batchSize: 50, leaseMs: 30_000, quietStartMs: 30_000 };

interface RelayMetrics {
  deliveries: Counter<'topic'>;
  failures: Counter<'topic' | 'kind'>;
  lag: Gauge<'topic'>;
}

/** The relay's metrics on a registry, created once per registry (several relays may share one). */
function relayMetrics(registry: Registry): RelayMetrics {
  const existing = registry.getSingleMetric('outbox_deliveries_total') as Counter<'topic'> | undefined;
  if (existing) {
    return {
      deliveries: existing,
      failures: registry.getSingleMetric('outbox_delivery_failures_total') as Counter<'topic' | 'kind'>,
      lag: registry.getSingleMetric('outbox_oldest_undelivered_seconds') as Gauge<'topic'>,
    };
  }
  return {
    deliveries: new Counter({ name: 'outbox_deliveries_total', help: 'Outbox messages delivered, by topic', labelNames: ['topic'], registers: [registry] }),
    failures: new Counter({
      name: 'outbox_delivery_failures_total',
      help: 'Failed outbox deliveries by topic and kind (unreachable, timeout, http, graphql, database, other)',
      labelNames: ['topic', 'kind'],
      registers: [registry],
    }),
    lag: new Gauge({
      name: 'outbox_oldest_undelivered_seconds',
      help: 'Age of the oldest undelivered outbox message, by topic (0 when none waits)',
      labelNames: ['topic'],
      registers: [registry],
    }),
  };
}

const failureKind = (error: unknown): string =>
  error instanceof AgencyCallError ? error.kind : typeof (error as { code?: unknown } | null)?.code === 'string' ? 'database' : 'other';

export interface RoundResult {
  claimed: number;
  delivered: number;
  failed: number;
}

/** One relay: its state is which topics' receivers have answered once (after that, every failure is a warning). */
export class OutboxRelay {
  private readonly metrics: RelayMetrics;
  private readonly topics: string[];
  private readonly reached = new Set<string>();
  private readonly startedAt = Date.now();

  constructor(
    private readonly db: Knex,
    private readonly options: RelayOptions,
  ) {
    this.metrics = relayMetrics(options.metrics ?? new Registry());
    this.topics = Object.keys(options.handlers);
    for (const topic of this.topics) {
      this.metrics.deliveries.inc({ topic }, 0);
      this.metrics.lag.set({ topic }, 0);
    }
  }

  /** Claims what is due, delivers it message by message, and updates the lag; one failed message does not hold up the others. */
  async round(): Promise<RoundResult> {
    const requestId = randomUUID();
    const messages = await claim(this.db, this.topics, {
      limit: this.options.batchSize ?? DEFAULTS.batchSize,
      leaseMs: this.options.leaseMs ?? DEFAULTS.leaseMs,
    });
    crashIfArmed('claimed', messages.length > 0);
    let delivered = 0;
    for (const message of messages) if (await this.deliver(message, requestId)) delivered++;
    await this.updateLag();
    return { claimed: messages.length, delivered, failed: messages.length - delivered };
  }

  private async deliver(message: OutboxMessage, requestId: string): Promise<boolean> {
    const handler = this.options.handlers[message.topic]!;
    try {
      await handler.deliver(message, requestId);
      this.reached.add(message.topic);
      crashIfArmed('delivered', true);
      await this.db.transaction(async (trx) => {
        await handler.onDelivered?.(trx, message, requestId);
        await markDelivered(trx, message.id);
      });
      this.metrics.deliveries.inc({ topic: message.topic });
      return true;
    } catch (error) {
      await this.recordFailure(message, error);
      return false;
    }
  }

  private async recordFailure(message: OutboxMessage, error: unknown): Promise<void> {
    const reason = failureReason(error);
    this.metrics.failures.inc({ topic: message.topic, kind: failureKind(error) });
    if (error instanceof AgencyCallError && error.kind !== 'unreachable' && error.kind !== 'timeout') this.reached.add(message.topic);
    const quiet = !this.reached.has(message.topic) && Date.now() - this.startedAt < (this.options.quietStartMs ?? DEFAULTS.quietStartMs);
    const line = { event: 'outbox-delivery', topic: message.topic, messageId: message.id, attempts: message.attempts + 1, reason };
    if (quiet) this.options.logger.debug(line, 'receiver not reachable yet; waiting');
    else this.options.logger.warn(line, 'outbox delivery failed; retrying later');
    try {
      await markFailed(this.db, message.id, reason, retryDelayMs(message.attempts, this.options.retry ?? DEFAULT_RETRY));
    } catch (markError) {
      // The claim's lease expires by itself; the message is retried then.
      this.options.logger.warn({ event: 'outbox-delivery', topic: message.topic, reason: failureReason(markError) }, 'could not record a failed delivery');
    }
  }

  private async updateLag(): Promise<void> {
    for (const [topic, seconds] of await lagByTopic(this.db, this.topics)) this.metrics.lag.set({ topic }, seconds);
  }

  /** Runs rounds until stopped; a round that failed as a whole (the database) is logged by its code and the next follows after the interval. */
  start(): { stop(): Promise<void> } {
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    let current: Promise<void> = Promise.resolve();
    const batch = this.options.batchSize ?? DEFAULTS.batchSize;
    const schedule = (delay: number) => {
      if (!stopped) timer = setTimeout(() => (current = run()), delay);
    };
    const run = async () => {
      let delay = this.options.intervalMs;
      try {
        const result = await this.round();
        if (result.claimed === batch && result.failed === 0) delay = 0;
      } catch (error) {
        this.options.logger.warn({ event: 'outbox-round', reason: failureReason(error) }, 'outbox round failed; retrying');
      }
      schedule(delay);
    };
    schedule(0);
    return {
      async stop() {
        stopped = true;
        clearTimeout(timer);
        await current;
      },
    };
  }
}

/**
 * Starts an agency's relay as its settings say (none when OUTBOX_RELAY_INTERVAL_MS is 0), after
 * arming the process's crash point (which the agency's receiving mutations honour too).
 */
export function startOutboxRelay(
  db: Knex,
  // biome-ignore lint/suspicious/noExplicitAny: as in RelayOptions, each topic's handler has its own payload type.
  handlers: Record<string, TopicHandler<any>>,
  settings: RelaySettings,
  context: { metrics: Registry; logger: Logger },
): { stop(): Promise<void> } {
  armCrashPoint(settings.outbox.crashAt);
  if (settings.outbox.intervalMs === 0) return { stop: async () => undefined };
  return new OutboxRelay(db, { handlers, intervalMs: settings.outbox.intervalMs, leaseMs: settings.outbox.leaseMs, ...context }).start();
}
