// Client-supplied idempotency keys: a retried write returns the first result; the same key with another payload is refused.
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { t } from '#platform/i18n/request-language.js';

const UNIQUE_VIOLATION = '23505';

/** The receipts table: one row per (caller, key), written in the transaction of the write it records. */
export async function createIdempotencyTable(db: Knex): Promise<void> {
  await db.schema.createTable('mutation_receipt', (t) => {
    t.string('subject', 128).notNullable();
    t.string('idempotency_key', 128).notNullable();
    t.string('operation', 64).notNullable();
    t.string('payload_hash', 64).notNullable();
    t.jsonb('result').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.primary(['subject', 'idempotency_key']);
  });
}

export interface IdempotentWrite {
  /** The caller's subject: keys are per caller, so one caller cannot replay another's result. */
  subject: string;
  /** Null or undefined: no key, the write simply runs. */
  key: string | null | undefined;
  operation: string;
  /** The input that the key promises to repeat; any difference is IDEMPOTENCY_KEY_REUSED. */
  payload: unknown;
}

/** The write a caller's idempotency key promises to repeat: the input without the key itself. */
export function keyedWrite(subject: string, operation: string, input: { idempotencyKey?: string | null }): IdempotentWrite {
  const { idempotencyKey, ...payload } = input;
  return { subject, key: idempotencyKey, operation, payload };
}

function hashOf(operation: string, payload: unknown): string {
  return createHash('sha256')
    .update(`${operation}\n${JSON.stringify(payload)}`)
    .digest('hex');
}

async function replay<T>(db: Knex, write: IdempotentWrite, hash: string): Promise<T | undefined> {
  const row: { operation: string; payload_hash: string; result: unknown } | undefined = await db('mutation_receipt')
    .where({ subject: write.subject, idempotency_key: write.key })
    .first('operation', 'payload_hash', 'result');
  if (!row) return undefined;
  if (row.operation !== write.operation || row.payload_hash !== hash) {
    throw graphError(ErrorCode.IDEMPOTENCY_KEY_REUSED, t('input.idempotencyReused'), { argument: 'idempotencyKey' });
  }
  return (typeof row.result === 'string' ? JSON.parse(row.result) : row.result) as T;
}

/**
 * Runs `work` in one transaction and records its (JSON) result under the key in the same
 * transaction. A replay returns the recorded result and writes nothing; two concurrent
 * first attempts race on the receipt's primary key and the loser returns the winner's result.
 */
export async function idempotent<T>(db: Knex, write: IdempotentWrite, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  if (write.key === null || write.key === undefined) return db.transaction(work);
  if (!/^[\w.:-]{8,128}$/.test(write.key)) throw badInput(t('input.idempotencyShape'), 'idempotencyKey');
  const hash = hashOf(write.operation, write.payload);
  const earlier = await replay<T>(db, write, hash);
  if (earlier !== undefined) return earlier;
  try {
    return await db.transaction(async (trx) => {
      const result = await work(trx);
      await trx('mutation_receipt').insert({
        subject: write.subject,
        idempotency_key: write.key,
        operation: write.operation,
        payload_hash: hash,
        result: JSON.stringify(result),
      });
      return result;
    });
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    const winner = await replay<T>(db, write, hash);
    if (winner === undefined) throw error;
    return winner;
  }
}
