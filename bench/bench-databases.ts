// The bench's three databases on the local PostgreSQL: seeded once, reused while seed, size and migrations stay the same.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { AGENCIES, AGENCY_INFO, type AgencyName } from '#platform/config/agencies.js';
import { migrateToLatest, openDatabase } from '#platform/database/db.js';
import type { Knex } from 'knex';
import { rebuildAgencyStatistics } from '../scripts/statistics.js';
import { bulkSeed } from './bulk-seed.js';

export interface SeedRequest {
  seed: number;
  people: number;
}

export interface BenchDatabases {
  urls: Record<AgencyName, string>;
  /** The databases' names, for the idle check. */
  names: string[];
  /** The key the people's pids derive from: the one stored with the seed when the databases are reused. */
  linkageKey: Buffer;
  /** Seconds spent seeding, or null when an earlier seed was reused. */
  seededSeconds: number | null;
}

export interface SeedProgress {
  /** Draw a progress bar on stderr (when it is a terminal). */
  progressBar: boolean;
}

const MIGRATION_FILE = /^\d{14}_[a-z0-9_]+\.ts$/;
const DEFAULT_PEOPLE = 100_000;

/** pj_bench_<agency> for the default size; other sizes keep databases of their own, so a 1,000,000 run does not replace the 100,000 one. */
export const benchDatabaseName = (agency: AgencyName, people: number): string =>
  people === DEFAULT_PEOPLE ? `pj_bench_${agency}` : `pj_bench_${agency}_${people}`;

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The migration files of all three agencies by name: a new migration means a new schema, hence a re-seed. */
export function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const agency of AGENCIES) {
    const files = readdirSync(AGENCY_INFO[agency].migrationsDir)
      .filter((file) => MIGRATION_FILE.test(file))
      .sort();
    for (const file of files) hash.update(`${agency}/${file}\n`);
  }
  return hash.digest('hex');
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

interface DbBenchMetaRow {
  seed: number;
  people: number;
  migrations_hash: string;
  linkage_key: string;
}

/** The linkage key of an earlier seed made with the same seed, size and migrations; null when there is none. */
async function reusableLinkageKey(adminUrl: string, names: Record<AgencyName, string>, wanted: SeedRequest, hash: string): Promise<Buffer | null> {
  const all = AGENCIES.map((agency) => names[agency]);
  const existing = await withClient(adminUrl, (client) => client.query('select datname from pg_database where datname = any($1)', [all]));
  if (existing.rowCount !== all.length) return null;
  return withClient(databaseUrl(adminUrl, names.registry), async (client) => {
    const table = await client.query<{ found: string | null }>(`select to_regclass('bench_meta')::text as found`);
    if (!table.rows[0]?.found) return null;
    const { rows } = await client.query<DbBenchMetaRow>('select seed, people, migrations_hash, linkage_key from bench_meta');
    const row = rows[0];
    if (rows.length !== 1 || !row || row.seed !== wanted.seed || row.people !== wanted.people || row.migrations_hash !== hash) return null;
    return Buffer.from(row.linkage_key, 'hex');
  });
}

/** A progress bar on stderr, as `npm run seed` draws it; a line per tenth when stderr is not a terminal (a log file). */
function progressBar(total: number): { update: (done: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) {
    const started = performance.now();
    let tenths = 0;
    const update = (done: number) => {
      const now = Math.floor((10 * done) / total);
      if (now <= tenths) return;
      tenths = now;
      process.stderr.write(`seeding: ${done}/${total} people, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    };
    return { update, stop: () => undefined };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'seeding {bar} {percentage}% | {value}/{total} people | {duration}s, about {eta}s to go',
      hideCursor: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/**
 * Pools for the load. The generator's rows are consistent by construction, so, where the
 * role may (a superuser, as on a developer's machine), foreign-key triggers are skipped
 * (session_replication_role = replica): each would look the parent up in a table of a million
 * rows. Keys and unique constraints are still checked. Commits need not wait for the disk: a
 * seed that dies half-way is redone anyway (its bench_meta row is written last).
 */
async function seedPools(urls: Record<AgencyName, string>): Promise<Record<AgencyName, pg.Pool>> {
  const superuser = await withClient(
    urls.registry,
    async (client) => (await client.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user')).rows[0]?.rolsuper === true,
  );
  const options = `-c synchronous_commit=off${superuser ? ' -c session_replication_role=replica' : ''}`;
  return Object.fromEntries(AGENCIES.map((agency) => [agency, new pg.Pool({ connectionString: urls[agency], max: 2, options })])) as Record<
    AgencyName,
    pg.Pool
  >;
}

/**
 * Migrates three empty databases and fills them with the demo data (the generator of
 * scripts/seed, written by the bench's bulk writer), then refreshes their statistics so that
 * the first run plans like every later one. Returns the linkage key the pids derive from.
 */
export async function seedDatabases(urls: Record<AgencyName, string>, wanted: SeedRequest, progress: SeedProgress): Promise<Buffer> {
  for (const agency of AGENCIES) {
    const db = openDatabase({ urlVariable: AGENCY_INFO[agency].databaseUrlVariable, url: urls[agency], embeddedDir: 'memory://' });
    try {
      await migrateToLatest(db, AGENCY_INFO[agency].migrationsDir);
    } finally {
      await db.destroy();
    }
  }
  const pools = await seedPools(urls);
  const bar = progress.progressBar ? progressBar(wanted.people) : null;
  try {
    const linkageKey = randomBytes(32);
    await bulkSeed(pools, { people: wanted.people, seed: wanted.seed, linkageKey, onProgress: (done) => bar?.update(done) });
    bar?.stop();
    // The bulk writer goes around the data layer: the agencies' maintained statistics are rebuilt from its rows.
    await rebuildStatisticsOf(urls);
    for (const agency of AGENCIES) await pools[agency].query('vacuum analyze');
    return linkageKey;
  } finally {
    bar?.stop();
    await Promise.all(AGENCIES.map((agency) => pools[agency].end()));
  }
}

async function rebuildStatisticsOf(urls: Record<AgencyName, string>): Promise<void> {
  const dbs = Object.fromEntries(
    AGENCIES.map((agency) => [agency, openDatabase({ urlVariable: AGENCY_INFO[agency].databaseUrlVariable, url: urls[agency], embeddedDir: 'memory://' })]),
  ) as Record<AgencyName, Knex>;
  try {
    await rebuildAgencyStatistics(dbs);
  } finally {
    await Promise.all(Object.values(dbs).map((db) => db.destroy()));
  }
}

/** Drops and recreates the three databases, seeds them, and records the seed last (an interrupted seed is redone). */
async function reseed(
  adminUrl: string,
  names: Record<AgencyName, string>,
  wanted: SeedRequest,
  hash: string,
  urls: Record<AgencyName, string>,
  progress: SeedProgress,
): Promise<Buffer> {
  await withClient(adminUrl, async (client) => {
    for (const agency of AGENCIES) {
      await client.query(`drop database if exists ${names[agency]} with (force)`);
      await client.query(`create database ${names[agency]}`);
    }
  });
  const linkageKey = await seedDatabases(urls, wanted, progress);
  await withClient(urls.registry, async (client) => {
    await client.query(
      `create table bench_meta (seed integer not null, people integer not null, migrations_hash text not null, linkage_key text not null, seeded_at timestamptz not null default now())`,
    );
    await client.query('insert into bench_meta (seed, people, migrations_hash, linkage_key) values ($1, $2, $3, $4)', [
      wanted.seed,
      wanted.people,
      hash,
      linkageKey.toString('hex'),
    ]);
  });
  return linkageKey;
}

/** Databases holding exactly the requested demo data, reusing an earlier seed when it matches. */
export async function prepareBenchDatabases(adminUrl: string, wanted: SeedRequest, progress: SeedProgress = { progressBar: true }): Promise<BenchDatabases> {
  const names = Object.fromEntries(AGENCIES.map((agency) => [agency, benchDatabaseName(agency, wanted.people)])) as Record<AgencyName, string>;
  const urls = Object.fromEntries(AGENCIES.map((agency) => [agency, databaseUrl(adminUrl, names[agency])])) as Record<AgencyName, string>;
  const hash = migrationsHash();
  const stored = await reusableLinkageKey(adminUrl, names, wanted, hash);
  const list = AGENCIES.map((agency) => names[agency]);
  if (stored) return { urls, names: list, linkageKey: stored, seededSeconds: null };
  const started = performance.now();
  const linkageKey = await reseed(adminUrl, names, wanted, hash, urls, progress);
  return { urls, names: list, linkageKey, seededSeconds: (performance.now() - started) / 1000 };
}

/** The province with the most registry patients, as its 6-digit code. */
export async function busiestProvince(registryUrl: string): Promise<{ code: string; patients: number }> {
  const { rows } = await withClient(registryUrl, (client) =>
    client.query<{ province: string; patients: number }>(
      'select substr(county_code, 1, 2) as province, count(*)::int as patients from patient group by 1 order by 2 desc, 1 limit 1',
    ),
  );
  const top = rows[0];
  if (!top) throw new Error('the registry bench database has no patients');
  return { code: `${top.province}0000`, patients: top.patients };
}

/**
 * Waits until no statement runs in these databases (other than this check's own). With
 * `cancelAfterSeconds`, statements running longer than that are cancelled: their client (a
 * load run's request) has given up on them, and they would hold the next run up.
 */
export async function waitUntilDatabasesIdle(
  adminUrl: string,
  names: readonly string[],
  options: { timeoutMs?: number; cancelAfterSeconds?: number } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 300_000;
  await withClient(adminUrl, async (client) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (options.cancelAfterSeconds !== undefined) {
        await client.query(
          `select pg_cancel_backend(pid) from pg_stat_activity
            where datname = any($1) and state = 'active' and pid <> pg_backend_pid() and now() - query_start > make_interval(secs => $2)`,
          [names, options.cancelAfterSeconds],
        );
      }
      const { rows } = await client.query<{ busy: number }>(
        `select count(*)::int as busy from pg_stat_activity where datname = any($1) and state = 'active' and pid <> pg_backend_pid()`,
        [names],
      );
      if (rows[0]?.busy === 0) return;
      if (Date.now() > deadline) throw new Error(`the bench databases were still busy after ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
}

export async function postgresVersion(adminUrl: string): Promise<string> {
  const { rows } = await withClient(adminUrl, (client) => client.query<{ version: string }>('select version()'));
  return rows[0]?.version ?? 'unknown';
}
