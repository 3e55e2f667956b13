// The demo-data generator against real migrations: PGlite always, PostgreSQL on 127.0.0.1:5432 when reachable.
import { createHash, randomBytes } from 'node:crypto';
import knex, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_INFO, type AgencyName } from '#platform/config/agencies.js';
import { migrateToLatest, openDatabase } from '#platform/database/db.js';
import { canTransition, OCCUPYING_STATUSES, REFERRAL_STATUSES, type ReferralStatus } from '../../subgraphs/welfare/src/domain/referral-workflow.js';
import { instantOfDate, isoTimestamp } from '../../scripts/seed/calendar.js';
import { institutionsHoldingCases } from '../../subgraphs/registry/src/data/case-holding.js';
import { consistencyProblems, deceasedCaseProblems, guardianProblems, waitingListProblems } from '../../scripts/seed/consistency.js';
import {
  DEFAULT_TODAY,
  hasDemoData,
  resetDemoData,
  SEEDED_TABLES,
  type SeedDatabases,
  seedDemoData,
  type SeedRows,
  type SeedSummary,
} from '../../scripts/seed/index.js';

const PEOPLE = 300;
const SEED = 7;
const linkageKey = Buffer.alloc(32, 7);
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Three fresh, migrated databases and how to get rid of them. */
interface Fixture {
  dbs: SeedDatabases;
  dispose(): Promise<void>;
}

interface Engine {
  name: string;
  create(): Promise<Fixture>;
}

async function migrated(open: (name: AgencyName) => Knex): Promise<SeedDatabases> {
  const dbs = { registry: open('registry'), welfare: open('welfare'), employment: open('employment') };
  for (const name of Object.keys(dbs) as AgencyName[]) await migrateToLatest(dbs[name], AGENCY_INFO[name].migrationsDir);
  return dbs;
}

async function destroyAll(dbs: SeedDatabases): Promise<void> {
  await Promise.all([dbs.registry.destroy(), dbs.welfare.destroy(), dbs.employment.destroy()]);
}

const pglite: Engine = {
  name: 'PGlite',
  async create() {
    const dbs = await migrated(() => openDatabase({ urlVariable: 'X', url: undefined, embeddedDir: 'memory://' }));
    return { dbs, dispose: () => destroyAll(dbs) };
  },
};

async function postgresReachable(): Promise<boolean> {
  const admin = knex({ client: 'pg', connection: { connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 }, pool: { min: 0, max: 1 } });
  try {
    await admin.raw('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await admin.destroy();
  }
}

/** Databases named uniquely per run, created through the `postgres` database and dropped again. */
function postgres(): Engine {
  return {
    name: 'PostgreSQL',
    async create() {
      const admin = knex({ client: 'pg', connection: ADMIN_URL, pool: { min: 0, max: 1 } });
      const names = { registry: '', welfare: '', employment: '' };
      const run = randomBytes(4).toString('hex');
      for (const name of Object.keys(names) as AgencyName[]) {
        names[name] = `seed_test_${run}_${name}`;
        await admin.raw(`create database ${names[name]}`);
      }
      const dbs = await migrated((name) =>
        openDatabase({ urlVariable: 'X', url: `postgres://postgres@127.0.0.1:5432/${names[name]}`, embeddedDir: 'memory://', poolMax: 2 }),
      );
      return {
        dbs,
        async dispose() {
          await destroyAll(dbs);
          for (const name of Object.values(names)) await admin.raw(`drop database if exists ${name} with (force)`);
          await admin.destroy();
        },
      };
    },
  };
}

const engines: Engine[] = (await postgresReachable()) ? [pglite, postgres()] : [pglite];

/** A value read back as the generator wrote it: timestamps on the +08:00 clock, jsonb as text. */
function normalised(value: unknown): unknown {
  if (value instanceof Date) return isoTimestamp(instantOfDate(value));
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return JSON.stringify(value);
  return value;
}

/** Every seeded table of the three databases, in key order, ids included. */
async function snapshot(dbs: SeedDatabases): Promise<SeedRows> {
  const result: Record<string, Record<string, Record<string, unknown>[]>> = {};
  for (const database of Object.keys(SEEDED_TABLES) as AgencyName[]) {
    result[database] = {};
    for (const table of SEEDED_TABLES[database]) {
      const columns = Object.keys(await dbs[database](table).columnInfo());
      // By id, else pid then every column, else every column (staff_training's key is (staff_id, year)).
      const key = columns.includes('id') ? ['id'] : columns.includes('pid') ? ['pid', ...columns.filter((column) => column !== 'pid')] : columns;
      const rows: Record<string, unknown>[] = await dbs[database](table).select().orderBy(key);
      result[database][table] = rows.map((row) => Object.fromEntries(Object.entries(row).map(([column, value]) => [column, normalised(value)])));
    }
  }
  // The rows read back have the shapes the generator wrote, plus the bigserial ids.
  return result as unknown as SeedRows;
}

function digest(rows: SeedRows): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

describe.each(engines)('npm run seed on $name', (engine) => {
  let fixture: Fixture;
  let summary: SeedSummary;
  let rows: SeedRows;

  beforeAll(async () => {
    fixture = await engine.create();
    summary = await seedDemoData(fixture.dbs, { people: PEOPLE, seed: SEED, linkageKey });
    rows = await snapshot(fixture.dbs);
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('reports the rows it wrote, table by table', async () => {
    expect(summary.tables.registry.patient).toBe(PEOPLE);
    for (const database of Object.keys(SEEDED_TABLES) as AgencyName[]) {
      const written: Record<string, number> = summary.tables[database];
      for (const table of SEEDED_TABLES[database]) {
        const [{ count }] = (await fixture.dbs[database](table).count({ count: '*' })) as [{ count: number }];
        expect(written[table], `${database}.${table}`).toBe(Number(count));
      }
    }
  });

  it('writes the outbox message behind every hand-off and every answer, delivered when the receiver has it', () => {
    const handoffs = new Map(rows.welfare.employment_handoff.map((h) => [h.id, h]));
    expect(rows.welfare.outbox_message.map((m) => m.key).sort()).toEqual([...handoffs.keys()].sort());
    for (const message of rows.welfare.outbox_message) expect(message.delivered_at === null).toBe(handoffs.get(message.key)!.status === 'PENDING');
    const answered = new Map(rows.employment.employment_referral.filter((r) => r.answered_at !== null).map((r) => [r.id, r]));
    expect(rows.employment.outbox_message.map((m) => m.key).sort()).toEqual([...answered.keys()].sort());
    for (const message of rows.employment.outbox_message) expect(message.delivered_at === null).toBe(answered.get(message.key)!.answer_delivered_at === null);
  });

  it('only refers, pays or employs people the registry knows', () => {
    const patients = new Set(rows.registry.patient.map((patient) => patient.pid));
    const pids = [
      ...rows.welfare.referral.map((row) => row.pid),
      ...rows.welfare.benefit.map((row) => row.pid),
      ...rows.employment.disability_certificate.map((row) => row.pid),
      ...rows.employment.training_enrolment.map((row) => row.pid),
      ...rows.employment.placement.map((row) => row.pid),
    ];
    expect(pids.filter((pid) => !patients.has(pid))).toEqual([]);
  });

  it('never fills an institution beyond its capacity', async () => {
    const over = await fixture.dbs.welfare
      .select('i.id')
      .from('institution as i')
      .join('referral as r', 'r.institution_id', 'i.id')
      .whereIn('r.status', [...OCCUPYING_STATUSES])
      .groupBy('i.id', 'i.capacity')
      .havingRaw('count(*) > i.capacity');
    expect(over).toEqual([]);
  });

  it('has referrals in each of the 12 statuses', () => {
    expect(new Set(rows.welfare.referral.map((referral) => referral.status))).toEqual(new Set(REFERRAL_STATUSES));
  });

  it('stores histories that are paths of the state machine, one version per transition', () => {
    for (const referral of rows.welfare.referral) {
      const history = rows.welfare.referral_transition.filter((transition) => transition.referral_id === referral.id);
      let status: ReferralStatus | null = null;
      for (const transition of history) {
        expect(transition.from_status).toBe(status);
        expect(canTransition(status, transition.to_status as ReferralStatus)).toBe(true);
        status = transition.to_status as ReferralStatus;
      }
      expect(status).toBe(referral.status);
      expect(referral.version).toBe(history.length);
    }
  });

  it('keeps every other promise across the three databases', () => {
    expect(consistencyProblems(rows, { today: DEFAULT_TODAY, everyStatus: true })).toEqual([]);
  });

  it('closes every case of a person who died, as DECEASED, and moves none of them on after the death', () => {
    const died = new Set(rows.registry.patient.filter((p) => p.management_status === 'DECEASED').map((p) => p.pid));
    expect(rows.welfare.referral.filter((r) => died.has(r.pid)).length).toBeGreaterThan(0);
    expect(deceasedCaseProblems(rows)).toEqual([]);
  });

  it('records on every case whether the person has a guardian, as the registry does, and has the guardian sign exactly then', () => {
    const guarded = rows.welfare.referral.filter((r) => r.has_guardian === true).map((r) => r.id);
    expect(guarded.length).toBeGreaterThan(0);
    expect(rows.welfare.service_agreement.some((a) => guarded.includes(a.referral_id))).toBe(true);
    expect(rows.welfare.referral.some((r) => r.has_guardian === false && r.channel === 'MEDICAL_INSTITUTION')).toBe(true);
    expect(guardianProblems(rows)).toEqual([]);
  });

  it('puts cases on the waiting list only in counties without a free place', async () => {
    expect(rows.welfare.referral.some((r) => r.status === 'WAITLISTED')).toBe(true);
    expect(waitingListProblems(rows)).toEqual([]);
    // As the platform counts free places.
    const free = await fixture.dbs.welfare
      .select('i.county_code')
      .from('institution as i')
      .leftJoin('referral as r', (join) => join.on('r.institution_id', 'i.id').onIn('r.status', [...OCCUPYING_STATUSES]))
      .whereIn('i.county_code', fixture.dbs.welfare('referral').where({ status: 'WAITLISTED' }).select('county_code'))
      .groupBy('i.id', 'i.county_code', 'i.capacity')
      .havingRaw('count(r.id) < i.capacity');
    expect(free).toEqual([]);
  });

  it('tells the registry which institution holds each held case, and the federation each revoked sharing consent, as the outbox would', async () => {
    const held = rows.welfare.referral.filter((r) => r.institution_id !== null && OCCUPYING_STATUSES.includes(r.status as ReferralStatus));
    expect(held.length).toBeGreaterThan(0);
    const holding = await institutionsHoldingCases(fixture.dbs.registry, [...new Set(rows.registry.patient.map((p) => p.pid))]);
    expect(holding.map((h) => `${h.pid}:${h.institutionId}`).sort()).toEqual(held.map((r) => `${r.pid}:${r.institution_id}`).sort());
    const revoked = new Set(rows.welfare.referral_consent.filter((c) => c.scope === 'EMPLOYMENT_SHARING' && c.revoked_at !== null).map((c) => c.referral_id));
    expect(new Set(rows.employment.employment_sharing_revocation.map((r) => r.referral_id))).toEqual(revoked);
    expect(rows.welfare.employment_sharing_revocation.every((r) => r.delivered_at !== null)).toBe(true);
  });

  it('writes identical rows for the same seed into fresh databases, whatever the chunk size', async () => {
    const again = await engine.create();
    try {
      await seedDemoData(again.dbs, { people: PEOPLE, seed: SEED, linkageKey, chunkSize: 37 });
      expect(digest(await snapshot(again.dbs))).toBe(digest(rows));
    } finally {
      await again.dispose();
    }
  });

  it('empties every seeded table on reset and keeps the division list', async () => {
    expect(await hasDemoData(fixture.dbs.registry)).toBe(true);
    await resetDemoData(fixture.dbs);
    expect(await hasDemoData(fixture.dbs.registry)).toBe(false);
    const [{ count }] = (await fixture.dbs.welfare('division').count({ count: '*' })) as [{ count: number }];
    expect(Number(count)).toBeGreaterThan(3000);
  });
});
