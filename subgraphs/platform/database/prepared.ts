// Hot statements prepared once per connection on PostgreSQL: parsed and planned once, not on every request.
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Db } from '#platform/database/db.js';

interface PgConnection {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

interface KnexClient {
  config: { client?: unknown };
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
  emit(event: string, data: unknown): boolean;
}

/**
 * One SQL text (knex `?` placeholders) run many times with different bindings. On a pg
 * database outside a transaction it runs as a named prepared statement, so PostgreSQL parses
 * and plans it once per connection (planning a statement of seven subqueries takes longer
 * than running it); in a transaction (unless `inTransactions`, for a statement that writes in its
 * caller's transaction: it then runs on that transaction's connection), and on PGlite, it runs
 * through knex as any raw query. Bindings are knex's, positional (`?`) or named (`:name`).
 * It is announced as knex's `query` event either way, so statement counts see it.
 */
export class PreparedStatement {
  private readonly name: string;
  private nativeSql: string | undefined;

  constructor(
    private readonly sql: string,
    private readonly options: { inTransactions?: boolean } = {},
  ) {
    this.name = `pj_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
  }

  async rows(db: Db, bindings: readonly unknown[] | Knex.ValueDict): Promise<Record<string, unknown>[]> {
    const client = db.client as unknown as KnexClient;
    const raw = () => (Array.isArray(bindings) ? db.raw(this.sql, bindings as Knex.RawBinding[]) : db.raw(this.sql, bindings as Knex.ValueDict));
    if (client.config.client !== 'pg' || (db.isTransaction && !this.options.inTransactions)) {
      return ((await raw()) as { rows: Record<string, unknown>[] }).rows;
    }
    const native = raw().toSQL().toNative();
    this.nativeSql ??= native.sql;
    const values = Array.isArray(bindings) ? [...bindings] : [...native.bindings];
    client.emit('query', { method: 'raw', sql: this.nativeSql, bindings: values, prepared: this.name });
    // In a transaction, knex's transaction client hands out the transaction's own connection.
    const connection = await client.acquireConnection();
    try {
      return (await connection.query({ name: this.name, text: this.nativeSql, values })).rows;
    } finally {
      await client.releaseConnection(connection);
    }
  }
}
