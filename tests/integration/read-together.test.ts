// Combined and prepared reads give the records their own queries give, on both engines (PostgreSQL runs them as named prepared statements).
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '#platform/database/db.js';
import { preparedRead, preparedSelect, source } from '#platform/database/read-together.js';
import { availableBackends, createScratchDatabase } from '../federation-harness.js';

const backends = await availableBackends();

type VisitRow = { id: number; pid: string; visited_on: string; recorded_at: Date; score: number };
const toVisit = (row: VisitRow) => ({ id: row.id, pid: row.pid, on: row.visited_on, at: row.recorded_at, score: row.score });

const visits = (db: Db, pids: readonly string[]) =>
  db('visit')
    .select('id', 'pid', 'visited_on', 'recorded_at', 'score')
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([{ column: 'visited_on', order: 'desc' }, { column: 'id' }]);
const notes = (db: Db, pids: readonly string[], kind: string) =>
  db('note')
    .select('pid', 'kind')
    .whereRaw('pid = any(?)', [pids as string[]])
    .where({ kind })
    .orderBy('id');

describe.each(backends)('prepared reads on %s', (backend) => {
  let db: Knex;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const scratch = backend === 'postgres' ? await createScratchDatabase('prepared') : null;
    drop = scratch?.drop;
    db = openDatabase({ urlVariable: 'TEST_DATABASE_URL', url: scratch?.url, embeddedDir: 'memory://' });
    await db.schema.createTable('visit', (t) => {
      t.bigIncrements('id');
      t.string('pid').notNullable();
      t.date('visited_on').notNullable();
      t.timestamp('recorded_at', { useTz: true }).notNullable();
      t.decimal('score', 6, 2).notNullable();
    });
    await db.schema.createTable('note', (t) => {
      t.bigIncrements('id');
      t.string('pid').notNullable();
      t.string('kind').notNullable();
    });
    await db('visit').insert([
      { pid: 'a', visited_on: '2025-01-02', recorded_at: '2025-01-02T09:30:00+08:00', score: 1.5 },
      { pid: 'a', visited_on: '2025-03-04', recorded_at: '2025-03-04T18:00:00.123+08:00', score: 2 },
      { pid: 'b', visited_on: '2025-02-03', recorded_at: '2025-02-03T00:00:00Z', score: 3.25 },
    ]);
    await db('note').insert([
      { pid: 'a', kind: 'x' },
      { pid: 'b', kind: 'y' },
      { pid: 'b', kind: 'x' },
    ]);
  });
  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });

  const read = preparedRead((db: Db, pids: readonly string[], kind: string) => ({
    visits: source(visits(db, pids), toVisit, ['recorded_at']),
    notes: source(notes(db, pids, kind), (row: { pid: string; kind: string }) => `${row.pid}:${row.kind}`),
  }));

  it('gives in one statement the same records, in the same order, as each query on its own', async () => {
    const statements: string[] = [];
    const count = (query: { sql: string }) => statements.push(query.sql);
    db.on('query', count);
    const together = await read(db, ['a', 'b'], 'x');
    db.off('query', count);
    expect(statements).toHaveLength(1);
    // Twice more: PostgreSQL now runs the statement it prepared on the connection.
    expect(await read(db, ['a', 'b'], 'x')).toEqual(together);
    expect(await read(db, ['a', 'b'], 'x')).toEqual(together);
    expect(together.visits).toEqual(((await visits(db, ['a', 'b'])) as VisitRow[]).map(toVisit));
    expect(together.visits[0]!.at).toBeInstanceOf(Date);
    expect(together.visits.map((v) => [v.on, v.at.toISOString(), v.score])).toEqual([
      ['2025-03-04', '2025-03-04T10:00:00.123Z', 2],
      ['2025-02-03', '2025-02-03T00:00:00.000Z', 3.25],
      ['2025-01-02', '2025-01-02T01:30:00.000Z', 1.5],
    ]);
    expect(together.notes).toEqual(['a:x', 'b:x']);
  });

  it('binds new keys and other parameters to the statement it compiled, and finds nothing for no one', async () => {
    expect((await read(db, ['b'], 'y')).notes).toEqual(['b:y']);
    expect((await read(db, ['a'], 'x')).visits.map((v) => v.on)).toEqual(['2025-03-04', '2025-01-02']);
    expect(await read(db, [], 'x')).toEqual({ visits: [], notes: [] });
  });

  it("gives a single query's rows as the driver types them", async () => {
    const select = preparedSelect<VisitRow>((db, pids) => visits(db, pids));
    expect(await select(db, ['b'], undefined)).toEqual(await visits(db, ['b']));
  });

  it('refuses a query that does not bind its keys as one array', async () => {
    const wrong = preparedSelect<VisitRow>((db, pids) =>
      db('visit')
        .select('id')
        .whereIn('pid', [...pids]),
    );
    await expect(wrong(db, ['a'], undefined)).rejects.toThrow(/one array parameter/);
  });
});
