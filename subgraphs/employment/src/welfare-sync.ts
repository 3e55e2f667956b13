// The federation's background rounds with the platform: import hand-offs, then deliver answers, every interval until stopped.
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { deliveryRound } from './answer-delivery.js';
import { importRound } from './handoff-importer.js';
import type { SyncSettings } from './settings.js';
import { failureReason } from './welfare-client.js';

export interface SyncOptions extends SyncSettings {
  batchSize: number;
  logger: Logger;
}

/** One import round and one delivery round; true when either found a full batch (more may be waiting). */
async function syncRound(db: Knex, options: SyncOptions): Promise<boolean> {
  let busy = false;
  try {
    const imported = await importRound(db, { ...options, crashAfterImport: options.crashAfter === 'import' });
    if (imported.fetched > 0) options.logger.info({ event: 'employment-handoff-import', ...imported }, 'imported employment hand-offs');
    busy ||= imported.fetched - imported.skipped === options.batchSize;
  } catch (error) {
    options.logger.warn({ event: 'employment-handoff-import', reason: failureReason(error) }, 'hand-off import round failed; retrying');
  }
  try {
    const delivery = await deliveryRound(db, { ...options, crashAfterAnswer: options.crashAfter === 'answer' });
    if (delivery.pending > 0) {
      options.logger.info(
        { event: 'employment-answer-delivery', pending: delivery.pending, delivered: delivery.delivered, failures: delivery.failures },
        'delivered answers to the platform',
      );
    }
    busy ||= delivery.pending === options.batchSize && delivery.failures.length === 0;
  } catch (error) {
    options.logger.warn({ event: 'employment-answer-delivery', reason: failureReason(error) }, 'answer delivery round failed; retrying');
  }
  return busy;
}

/** Runs rounds until stopped; a round that found a full batch is followed at once by the next. */
export function startWelfareSync(db: Knex, options: SyncOptions): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const schedule = (delay: number) => {
    if (!stopped) timer = setTimeout(() => (current = run()), delay);
  };
  const run = async () => {
    const busy = await syncRound(db, options);
    schedule(busy ? 0 : options.intervalMs);
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
