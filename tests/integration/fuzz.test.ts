// Property-based fuzzing of every server: hostile requests never get a 5xx, a stack trace or a path, never break a server, and a refused one writes nothing.
//
// CI runs a fixed seed within a time budget; `npm run fuzz` runs longer with a random one. FUZZ_RUNS, FUZZ_SEED
// (a number, or `random`) and FUZZ_TIME_LIMIT_MS choose; a failure prints its seed and path, which replay it.
// FUZZ_SURVEY=1 counts every problem instead of stopping at the first (how the findings before the fixes were counted).
import fc from 'fast-check';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '#platform/config/agencies.js';
import { type Answer, type HostileRequest, hostileRequests, type KnownValues, problemsOf, refused } from '../hostile-requests.js';
import { type Federation, startFederation } from '../federation-harness.js';
import { rawRequest } from '../raw-http.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() ^ (Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20261207);
const SURVEY = process.env.FUZZ_SURVEY === '1';
/**
 * CI's budget: the requests not sent by then are skipped, so a loaded machine stays under 45 s; the run
 * must still have sent a few thousand (MIN_SENT), and a request with no answer fails it at once.
 */
const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_LIMIT_MS ?? (process.env.FUZZ_RUNS ? 0 : 40_000));
const MIN_SENT = Math.min(RUNS, 2000);
/** Per request: a hostile request is answered at once, or the run fails with "no answer". */
const REQUEST_TIMEOUT_MS = Number(process.env.FUZZ_REQUEST_TIMEOUT_MS ?? 10_000);
/** Shrinking a failure is capped so a failing CI run ends soon; its seed and path replay it for a closer look. */
const MAX_SHRINKS = 50;

/** Rows in every table a write may touch, and the audit log's write entries (reads are audited too, and legitimately). */
async function rowCounter(db: Knex): Promise<() => Promise<string>> {
  const tables = (
    await db.raw<{ rows: { table_name: string }[] }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'knex%' order by 1`,
    )
  ).rows.map((r) => r.table_name);
  const sql = tables.map((t) => (t === 'audit_log' ? `(select count(*) from audit_log where action <> 'READ')` : `(select count(*) from "${t}")`)).join(', ');
  return async () => JSON.stringify((await db.raw<{ rows: unknown[] }>(`select ${sql}`)).rows);
}

describe('fuzzing every server with hostile requests', () => {
  let federation: Federation;
  let known: KnownValues;
  let urls: string[];

  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 30, seed: 5 });
    urls = [federation.gateway.url, ...SUBGRAPHS.map((name) => federation.subgraphs[name]!.server.url)];
    const roles = [
      'REGISTRY_OFFICER',
      'HOSPITAL_CLINICIAN',
      'SOCIAL_WORKER',
      'PLATFORM_OFFICER',
      'EMPLOYMENT_OFFICER',
      'DATA_PROTECTION_OFFICER',
      'ANALYST',
    ] as const;
    const tokens = await Promise.all(roles.map((role) => federation.tokenFor(role)));
    const officer = tokens[0]!;
    const registry = await federation.query<{
      patients: { nodes: { pid: string }[]; pageInfo: { endCursor: string } };
      overdueFollowUps: { pageInfo: { endCursor: string | null } };
    }>(
      `{ patients(filter: { regionCode: "000000" }, first: 1) { nodes { pid } pageInfo { endCursor } }
         overdueFollowUps(countyCode: "440305", first: 1) { pageInfo { endCursor } } }`,
      undefined,
      undefined,
      officer,
    );
    const welfare = await federation.query<{
      referrals: { nodes: { id: string }[]; pageInfo: { endCursor: string } };
      rehabInstitutions: { nodes: { id: string }[]; pageInfo: { endCursor: string } };
    }>(
      `{ referrals(filter: { regionCode: "000000" }, first: 1) { nodes { id } pageInfo { endCursor } }
         rehabInstitutions(regionCode: "000000", first: 1) { nodes { id } pageInfo { endCursor } } }`,
      undefined,
      undefined,
      tokens[2],
    );
    expect(registry.data, JSON.stringify(registry.errors)).toBeTruthy();
    expect(welfare.data, JSON.stringify(welfare.errors)).toBeTruthy();
    const seen = { data: { ...registry.data!, ...welfare.data! } };
    const cursors = [seen.data.patients.pageInfo.endCursor, seen.data.referrals.pageInfo.endCursor, seen.data.rehabInstitutions.pageInfo.endCursor];
    if (seen.data.overdueFollowUps.pageInfo.endCursor) cursors.push(seen.data.overdueFollowUps.pageInfo.endCursor);
    counters = await Promise.all(SUBGRAPHS.map((name) => rowCounter(federation.subgraphs[name]!.db)));
    known = {
      pid: seen.data.patients.nodes[0]!.pid,
      referralId: seen.data.referrals.nodes[0]!.id,
      institutionId: seen.data.rehabInstitutions.nodes[0]!.id,
      cursors,
      tokens,
    };
  });

  afterAll(async () => {
    await federation?.stop();
  });

  /** Sends on a fresh connection with a hard deadline: no answer in time is a finding (status 0), never a hung test. */
  async function send(hostile: HostileRequest): Promise<Answer> {
    const started = Date.now();
    try {
      const answer = await rawRequest(urls[hostile.server]!, hostile, REQUEST_TIMEOUT_MS);
      return { ...answer, ms: Date.now() - started };
    } catch (error) {
      return { status: 0, contentType: '', body: `${error instanceof Error ? error.message : 'Error'}: no answer`, ms: Date.now() - started };
    }
  }

  let counters: (() => Promise<string>)[] = [];
  /** The rows a request to this server could write: every agency's through the gateway, the subgraph's own otherwise (a refused write commits nothing to relay). */
  const rowCountsFor = async (server: number) => (await Promise.all((server === 0 ? counters : [counters[server - 1]!]).map((count) => count()))).join('\n');

  it(
    `answers ${RUNS} hostile requests without a 5xx, a stack trace or a write by a refused request (seed ${SEED})`,
    async () => {
      const tally = new Map<string, { count: number; example: string }>();
      let sent = 0;
      let writesChecked = 0;
      const started = Date.now();
      const property = fc.asyncProperty(fc.limitShrink(hostileRequests(known, SUBGRAPHS), MAX_SHRINKS), async (hostile) => {
        const t0 = Date.now();
        const before = hostile.writes ? await rowCountsFor(hostile.server) : null;
        const answer = await send(hostile);
        sent++;
        if (process.env.FUZZ_DEBUG && Date.now() - t0 > 300)
          console.log(
            'SLOW',
            Date.now() - t0,
            answer.ms,
            answer.status,
            hostile.server,
            hostile.method,
            hostile.path,
            JSON.stringify(hostile.headers).slice(0, 300),
            String(hostile.body).slice(0, 300),
          );
        const problems = problemsOf(hostile, answer);
        if (before !== null && refused(answer)) {
          writesChecked++;
          if ((await rowCountsFor(hostile.server)) !== before) problems.push('refused request wrote');
        }
        if (SURVEY) {
          for (const problem of problems) {
            const key = `${problem} @ ${hostile.server === 0 ? 'gateway' : SUBGRAPHS[hostile.server - 1]}`;
            const entry = tally.get(key) ?? {
              count: 0,
              example:
                `${hostile.method} ${hostile.path} ${JSON.stringify(hostile.headers['content-type'])} ${String(hostile.body).slice(0, 160)} → ${answer.status} ${answer.body.slice(0, 240)}`.replace(
                  /\s+/g,
                  ' ',
                ),
            };
            entry.count++;
            tally.set(key, entry);
          }
          return true;
        }
        if (problems.length > 0) throw new Error(`${problems.join(', ')}: HTTP ${answer.status} ${answer.body.slice(0, 500)}`);
        return true;
      });
      await fc.assert(property, {
        numRuns: RUNS,
        seed: SEED,
        verbose: 1,
        plugins: TIME_LIMIT_MS > 0 && !SURVEY ? [fc.interruptAfterTimeLimit(TIME_LIMIT_MS)] : [],
      });
      console.log(
        `fuzz: ${sent} hostile requests answered in ${Date.now() - started} ms (seed ${SEED}), ${writesChecked} refused writes checked for rows written`,
      );
      expect(sent, `only ${sent} of ${RUNS} requests were sent within ${TIME_LIMIT_MS} ms`).toBeGreaterThanOrEqual(MIN_SENT);
      if (SURVEY) {
        const lines = [...tally]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, { count, example }]) => `${String(count).padStart(6)}  ${key}\n        e.g. ${example}`);
        console.log(
          `fuzz survey, seed ${SEED}: ${sent} requests sent in ${Date.now() - started} ms, ${writesChecked} refused writes checked\n${lines.join('\n')}`,
        );
      }

      // Every server still answers, and answers right.
      for (const url of urls) {
        expect((await fetch(`${url}/health`)).status, url).toBe(200);
        expect((await fetch(`${url}/ready`)).status, url).toBe(200);
      }
      const after = await federation.query<{ region: { name: string } }>('{ region(code: "440000") { name } }', undefined, undefined, known.tokens[0]);
      expect(after.data?.region.name).toBe('广东省');
    },
    Math.max(120_000, RUNS * (SURVEY ? 1000 : 100)),
  );
});
