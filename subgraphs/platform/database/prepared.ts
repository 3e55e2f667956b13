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
 * than running it); in a transaction, and on PGlite, it runs through knex as any raw query.
 * It is announced as knex's `query` event either way, so statement counts see it.
 */
export class PreparedStatement {
  private readonly name: string;
  private nativeSql: string | undefined;

  constructor(private readonly sql: string) {
    this.name = `pj_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
  }

  async rows(db: Db, bindings: readonly unknown[]): Promise<Record<string, unknown>[]> {
    const client = db.client as unknown as KnexClient;
    if (client.config.client !== 'pg' || db.isTransaction) {
      return ((await db.raw(this.sql, bindings as Knex.RawBinding[])) as { rows: Record<string, unknown>[] }).rows;
    }
    this.nativeSql ??= db
      .raw(this.sql, bindings as Knex.RawBinding[])
      .toSQL()
      .toNative().sql;
    client.emit('query', { method: 'raw', sql: this.nativeSql, bindings, prepared: this.name });
    const connection = await client.acquireConnection();
    try {
      return (await connection.query({ name: this.name, text: this.nativeSql, values: [...bindings] })).rows;
    } finally {
      await client.releaseConnection(connection);
    }
  }
}
