// Several reads in one statement: each source's rows come back as one JSON array, turned into the same records its own statement gives.
import type { Knex } from 'knex';
import { LRUCache } from 'lru-cache';
import type { Db } from '#platform/database/db.js';
import { PreparedStatement } from '#platform/database/prepared.js';

/** One read of a combined statement: the query, how a row becomes a record, and which columns are instants. */
export interface Source<R> {
  query: Knex.QueryBuilder | Knex.Raw;
  toRecord: (row: never) => R;
  /**
   * Its timestamptz columns. pg parses them into Date objects, JSON carries them as ISO text
   * with the offset; they are turned back into Date objects so that a record is the same
   * whichever way it was read. Dates, integers, numerics, booleans, arrays and text need no
   * turning (db.ts makes pg give dates as text and numbers as numbers, as JSON does).
   */
  instants: readonly string[];
}

/** A source whose rows have the type Row. */
export function source<Row extends object, R>(
  query: Knex.QueryBuilder | Knex.Raw,
  toRecord: (row: Row) => R,
  instants: readonly (keyof Row & string)[] = [],
): Source<R> {
  return { query, toRecord: toRecord as (row: never) => R, instants };
}

type Sources = Record<string, Source<unknown>>;
type RecordsOf<S extends Sources> = { [K in keyof S]: S[K] extends Source<infer R> ? R[] : never };

/** Every source as a scalar subquery of one SELECT: json_agg keeps each subquery's row order. */
function combined(db: Db, sources: Sources): Knex.Raw {
  const names = Object.keys(sources);
  const columns = names.map(() => `(select coalesce(json_agg(t), '[]'::json) from (?) as t) as ??`);
  return db.raw(
    `select ${columns.join(', ')}`,
    names.flatMap((name) => [sources[name]!.query, name]),
  );
}

function recordsOf<S extends Sources>(sources: S, rows: Record<string, unknown>[]): RecordsOf<S> {
  const [row] = rows;
  const result: Record<string, unknown[]> = {};
  for (const [name, { toRecord, instants }] of Object.entries(sources)) {
    const list = (row?.[name] ?? []) as Record<string, unknown>[];
    result[name] = list.map((item) => {
      for (const column of instants) {
        const value = item[column];
        if (typeof value === 'string') item[column] = new Date(value);
      }
      return toRecord(item as never);
    });
  }
  return result as RecordsOf<S>;
}

/** Stands for the keys while a statement is compiled; found again among the compiled bindings by identity. */
const KEYS_PLACEHOLDER: readonly string[] = Object.freeze(['\u0000keys']);

/** Compiled statements kept per database and parameters; past this many, the least recently used goes. */
const COMPILED_PER_DATABASE = 1000;

interface Compiled<Extra> {
  statement: PreparedStatement;
  /** The compiled bindings, with null where the keys go. */
  bindings: readonly unknown[];
  keyPositions: readonly number[];
  /** What else the compilation made (a combined read's sources). */
  extra: Extra;
}

/**
 * Statements compiled once per database client (a transaction shares its database's) and
 * parameters, then run with the keys bound wherever the placeholder array was.
 */
function compiledPerParams<P, Extra>(compile: (db: Db, params: P) => { query: Knex.QueryBuilder | Knex.Raw; extra: Extra }) {
  const compiled = new WeakMap<object, LRUCache<string, Compiled<Extra>>>();
  return async (db: Db, keys: readonly string[], params: P): Promise<{ rows: Record<string, unknown>[]; extra: Extra }> => {
    let byParams = compiled.get(db.client as object);
    if (!byParams) {
      byParams = new LRUCache({ max: COMPILED_PER_DATABASE });
      compiled.set(db.client as object, byParams);
    }
    const paramsKey = JSON.stringify(params ?? null);
    let entry = byParams.get(paramsKey);
    if (!entry) {
      const { query, extra } = compile(db, params);
      const { sql, bindings } = query.toSQL();
      const keyPositions = bindings.flatMap((binding, index) => (binding === KEYS_PLACEHOLDER ? [index] : []));
      if (keyPositions.length === 0) throw new Error('a prepared read must bind its keys as one array parameter');
      entry = {
        statement: new PreparedStatement(sql),
        bindings: bindings.map((binding) => (binding === KEYS_PLACEHOLDER ? null : binding)),
        keyPositions,
        extra,
      };
      byParams.set(paramsKey, entry);
    }
    const bindings = [...entry.bindings];
    for (const position of entry.keyPositions) bindings[position] = keys;
    return { rows: await entry.statement.rows(db, bindings), extra: entry.extra };
  };
}

/**
 * A combined read whose SQL text depends only on its parameters (a caller's scope and roles),
 * with the keys (pids, ids) as its one varying array: the query builders are compiled once per
 * database and parameters, and each call only binds the keys, as a prepared statement (see
 * PreparedStatement). Compiling knex builders costs more CPU than PostgreSQL takes to run a
 * small statement, and a hot read (a journey's sources) runs on every request.
 */
export function preparedRead<S extends Sources, P = undefined>(
  build: (db: Db, keys: readonly string[], params: P) => S,
): (db: Db, keys: readonly string[], params: P) => Promise<RecordsOf<S>> {
  const run = compiledPerParams((db: Db, params: P) => {
    const sources = build(db, KEYS_PLACEHOLDER, params);
    return { query: combined(db, sources), extra: sources };
  });
  return async (db, keys, params) => {
    const { rows, extra: sources } = await run(db, keys, params);
    return recordsOf(sources, rows);
  };
}

/**
 * One query builder whose SQL text depends only on its parameters, with the keys as its one
 * varying array, compiled once per database and parameters and run as a prepared statement:
 * the rows are pg's own (typed by the driver), as from the builder itself.
 */
export function preparedSelect<Row, P = undefined>(
  build: (db: Db, keys: readonly string[], params: P) => Knex.QueryBuilder,
): (db: Db, keys: readonly string[], params: P) => Promise<Row[]> {
  const run = compiledPerParams((db: Db, params: P) => ({ query: build(db, KEYS_PLACEHOLDER, params), extra: null }));
  return async (db, keys, params) => (await run(db, keys, params)).rows as Row[];
}
