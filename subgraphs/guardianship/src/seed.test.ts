// The demo data on a real embedded database: the same seed gives the same rows, and the rows follow the incentive's rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { subgraphInfo } from '#platform/config/agencies.js';
import { migrateToLatest, openDatabase } from '#platform/database/db.js';
import type { DemoPerson } from '#platform/server/subgraph-modules.js';
import { decideIncentivePayment } from './domain/incentive-payment.js';
import { quarterEnd } from './domain/quarters.js';
import { demoTables, seedDemo } from './seed.js';

const TODAY = '2026-11-01';
const COUNTIES = ['440305', '440306', '440103', '110101'];

/** Demo people as the registry would hand them over, with every risk grade. */
const people: DemoPerson[] = Array.from({ length: 600 }, (_, i) => ({
  pid: `p${String(i).padStart(31, '0')}`,
  countyCode: COUNTIES[i % COUNTIES.length]!,
  riskGrade: i % 6,
  registeredOn: `${2019 + (i % 8)}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
  managementStatus: 'ACTIVE',
}));

const opened: Knex[] = [];
async function seeded(seed: number): Promise<Knex> {
  const db = openDatabase({ urlVariable: 'DATABASE_URL_GUARDIANSHIP', url: undefined, embeddedDir: 'memory://' });
  opened.push(db);
  await migrateToLatest(db, subgraphInfo('guardianship').migrationsDir);
  await seedDemo(db, people, { seed, today: TODAY });
  return db;
}

async function contents(db: Knex): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of demoTables)
    tables[table] = await db(table)
      .select()
      .orderBy(table === 'ward' ? 'pid' : 'id');
  return tables;
}

// Two databases from one seed and one from another; the rules are checked on the first.
let db: Knex;
let twin: Knex;
let other: Knex;
beforeAll(async () => {
  db = await seeded(5);
  twin = await seeded(5);
  other = await seeded(6);
}, 120_000);
afterAll(async () => {
  for (const database of opened) await database.destroy();
});

describe('the guardianship demo data', () => {
  it('gives identical rows for the same seed, and other rows for another', async () => {
    const rows = await contents(db);
    expect(await contents(twin)).toEqual(rows);
    expect((await contents(other)).quarterly_review).not.toEqual(rows.quarterly_review);
  });

  it('enrols the people registered at risk grade 3 or above as HIGH_RISK wards, most of them with a signed agreement', async () => {
    const wards: { pid: string; eligibility: string; eligible_since: string }[] = await db('ward').select();
    // Nobody registered after the demo's today is enrolled.
    const expected = people.filter((p) => p.riskGrade >= 3 && p.registeredOn <= TODAY);
    expect(wards.map((w) => w.pid).sort()).toEqual(expected.map((p) => p.pid).sort());
    expect(wards.every((w) => w.eligibility === 'HIGH_RISK')).toBe(true);
    const withGuardian = Number((await db('guardian').countDistinct({ n: 'pid' }).first())!.n);
    expect(withGuardian / wards.length).toBeGreaterThan(0.75);
    expect(withGuardian / wards.length).toBeLessThan(0.95);
    expect(Number((await db('responsibility_agreement').whereNotNull('terminated_on').count({ n: '*' }).first())!.n)).toBeGreaterThan(0);
  });

  it('reviews only ended quarters after their end, and decides 2025 by the incentive rule', async () => {
    const reviews: {
      pid: string;
      year: number;
      quarter: number;
      reviewed_on: string;
      outcome: 'DUTIES_FULFILLED' | 'PARTLY_FULFILLED' | 'NOT_FULFILLED';
      incident: boolean;
    }[] = await db('quarterly_review').select();
    expect(reviews.length).toBeGreaterThan(0);
    for (const r of reviews) {
      expect(r.reviewed_on > quarterEnd(r.year, r.quarter)).toBe(true);
      expect(r.reviewed_on <= TODAY).toBe(true);
    }
    expect(reviews.some((r) => r.incident)).toBe(true);
    const agreements: { pid: string; guardian_id: number; signed_on: string; terminated_on: string | null }[] = await db('responsibility_agreement').select();
    const payments: { pid: string; guardian_id: number; status: string; withheld_reason: string | null; amount_yuan: number }[] = await db(
      'incentive_payment',
    ).where({ year: 2025 });
    expect(payments.length).toBeGreaterThan(0);
    for (const payment of payments) {
      const decision = decideIncentivePayment(
        2025,
        agreements
          .filter((a) => a.pid === payment.pid)
          .map((a) => ({ guardianId: String(a.guardian_id), signedOn: a.signed_on, terminatedOn: a.terminated_on })),
        reviews
          .filter((r) => r.pid === payment.pid)
          .map((r) => ({ year: Number(r.year), quarter: Number(r.quarter), outcome: r.outcome, incident: r.incident })),
        1200,
      );
      expect(decision).toEqual({
        ok: true,
        decision: {
          guardianId: String(payment.guardian_id),
          status: payment.status,
          withheldReason: payment.withheld_reason,
          amountYuan: Number(payment.amount_yuan),
        },
      });
    }
  });
});
