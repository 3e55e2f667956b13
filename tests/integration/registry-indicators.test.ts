// The registry's indicators on a hand-built data set: every figure of a province and its cities against an independent count, and small cells hidden from analysts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { allDivisions } from '#platform/statistics/division.js';
import { rebuildAgencyStatistics } from '../../scripts/statistics.js';
import { availableBackends, type Federation, type GraphQLBody, startFederation } from '../federation-harness.js';

const backends = await availableBackends();
const YEAR = 2025;

interface Patient {
  key: string;
  county: string;
  registeredOn: string;
  status: 'ACTIVE' | 'LOST_TO_FOLLOW_UP' | 'MOVED_OUT' | 'DECEASED';
  statusSince?: string;
  /** Visit day and medication adherence. */
  visits: [string, 'REGULAR' | 'INTERMITTENT' | 'NONE'][];
  admissions?: string[];
  relapses?: string[];
}

/**
 * Shenzhen (4403) has two counties, Guangzhou (4401) one. The comments say what each
 * patient is meant to test; the expected figures are counted from this list below.
 */
const PATIENTS: Patient[] = [
  {
    key: 'a',
    county: '440305',
    registeredOn: '2020-03-01',
    status: 'ACTIVE',
    visits: [
      ['2025-01-10', 'INTERMITTENT'],
      ['2025-04-10', 'REGULAR'],
      ['2025-07-10', 'REGULAR'],
      ['2025-10-10', 'REGULAR'],
    ],
    relapses: ['2025-05-02'],
  },
  // A readmission: admitted in the year, after registration.
  {
    key: 'b',
    county: '440305',
    registeredOn: '2021-06-01',
    status: 'ACTIVE',
    visits: [
      ['2025-02-01', 'REGULAR'],
      ['2025-05-01', 'REGULAR'],
      ['2025-08-01', 'INTERMITTENT'],
    ],
    admissions: ['2025-03-15'],
  },
  {
    key: 'c',
    county: '440305',
    registeredOn: '2022-01-01',
    status: 'ACTIVE',
    visits: [
      ['2025-01-05', 'REGULAR'],
      ['2025-03-05', 'REGULAR'],
      ['2025-05-05', 'NONE'],
      ['2025-07-05', 'REGULAR'],
      ['2025-09-05', 'REGULAR'],
    ],
  },
  // Died in the year: under management for part of it.
  {
    key: 'd',
    county: '440305',
    registeredOn: '2023-01-01',
    status: 'DECEASED',
    statusSince: '2025-06-01',
    visits: [
      ['2025-01-20', 'NONE'],
      ['2025-04-20', 'REGULAR'],
    ],
  },
  // Moved out the year before: not counted, whatever happened to them.
  {
    key: 'e',
    county: '440305',
    registeredOn: '2019-01-01',
    status: 'MOVED_OUT',
    statusSince: '2024-05-01',
    visits: [
      ['2025-02-02', 'REGULAR'],
      ['2025-03-02', 'REGULAR'],
      ['2025-04-02', 'REGULAR'],
      ['2025-05-02', 'REGULAR'],
    ],
    relapses: ['2025-06-06'],
  },
  // Registered after the year.
  { key: 'f', county: '440305', registeredOn: `${YEAR + 1}-01-05`, status: 'ACTIVE', visits: [] },
  // Admitted before registration (not a readmission); last visit of the year without medication.
  {
    key: 'g',
    county: '440305',
    registeredOn: '2024-01-01',
    status: 'ACTIVE',
    visits: [
      ['2025-01-01', 'REGULAR'],
      ['2025-04-01', 'REGULAR'],
      ['2025-07-01', 'REGULAR'],
      ['2025-12-31', 'NONE'],
      [`${YEAR + 1}-01-02`, 'REGULAR'],
    ],
    admissions: ['2023-11-01'],
  },
  {
    key: 'h',
    county: '440306',
    registeredOn: '2018-01-01',
    status: 'ACTIVE',
    visits: [
      ['2025-01-15', 'REGULAR'],
      ['2025-04-15', 'REGULAR'],
      ['2025-07-15', 'REGULAR'],
      ['2025-10-15', 'REGULAR'],
    ],
  },
  // Admitted the year before; a visit the year before does not count.
  { key: 'i', county: '440306', registeredOn: '2018-01-01', status: 'ACTIVE', visits: [['2024-12-30', 'REGULAR']], admissions: ['2024-06-01'] },
  // A relapse on the last day of the year before.
  { key: 'j', county: '440103', registeredOn: '2020-01-01', status: 'ACTIVE', visits: [['2025-01-01', 'REGULAR']], relapses: ['2024-12-31'] },
];

const pidOf = (key: string) => key.repeat(32).slice(0, 32);
const inYear = (day: string) => day.startsWith(`${YEAR}-`);

/** The figures counted straight from PATIENTS, the way DOMAIN.md §5 words them. */
function expectedFor(prefix: string) {
  const active = PATIENTS.filter(
    (p) => p.county.startsWith(prefix) && p.registeredOn <= `${YEAR}-12-31` && (p.status === 'ACTIVE' || (p.statusSince ?? '') >= `${YEAR}-01-01`),
  );
  const relapsed = active.filter((p) => (p.relapses ?? []).some(inYear) || (p.admissions ?? []).some((d) => inYear(d) && d > p.registeredOn));
  const managed = active.filter((p) => p.visits.filter(([d]) => inYear(d)).length >= 4);
  const regular = active.filter(
    (p) =>
      p.visits
        .filter(([d]) => inYear(d))
        .sort()
        .at(-1)?.[1] === 'REGULAR',
  );
  const rate = (n: number) => (active.length === 0 ? null : n / active.length);
  return {
    registryActivePatients: active.length,
    registryRelapsedPatients: relapsed.length,
    relapseRate: rate(relapsed.length),
    managementRate: rate(managed.length),
    regularMedicationRate: rate(regular.length),
  };
}

async function insertPatients(db: Knex): Promise<void> {
  for (const p of PATIENTS) {
    const pid = pidOf(p.key);
    await db('patient').insert({
      pid,
      name: '测试',
      sex: 'F',
      birth_date: '1980-01-01',
      county_code: p.county,
      registered_on: p.registeredOn,
      management_status: p.status,
      status_since: p.statusSince ?? p.registeredOn,
      current_risk_grade: 1,
    });
    await db('diagnosis').insert({ pid, category: 'SCHIZOPHRENIA', icd10: 'F20.0', diagnosed_on: p.registeredOn });
    for (const [day, adherence] of p.visits) {
      await db('follow_up').insert({
        pid,
        visit_date: day,
        mode: 'PHONE',
        risk_grade: 1,
        insight: 'GOOD',
        social_function: '{}',
        medication_adherence: adherence,
        adverse_reactions: false,
        hospitalized_since_last: false,
        condition: 'BASICALLY_STABLE',
        next_due_on: day,
      });
    }
    for (const day of p.admissions ?? []) await db('hospitalization').insert({ pid, hospital_name: '医院', admitted_on: day });
    for (const day of p.relapses ?? [])
      await db('relapse').insert({ pid, occurred_on: day, risk_grade: 3, handled_by: 'HOSPITAL', handling: 'EMERGENCY_ADMISSION', admitted: false });
  }
}

const FIELDS = 'regionCode registryActivePatients registryRelapsedPatients relapseRate managementRate regularMedicationRate';
const QUERY = `query ($region: String!, $year: Int!) { rehabIndicators(regionCode: $region, year: $year) { ${FIELDS} countiesTotal children { ${FIELDS} countiesTotal } } }`;

type Figures = ReturnType<typeof expectedFor> & { regionCode: string; countiesTotal: number };
type Answer = { rehabIndicators: Figures & { children: Figures[] } };

describe.each(backends)("the registry's indicators on %s", (backend) => {
  let federation: Federation;
  let officer: string;

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 0, seed: 1 });
    await insertPatients(federation.agencies.registry.db);
    // The rows went in around the data layer: the statistics are rebuilt from them, as `npm run stats:rebuild` does.
    await rebuildAgencyStatistics({ registry: federation.agencies.registry.db });
    officer = await federation.tokenFor('REGISTRY_OFFICER');
  });
  afterAll(async () => {
    await federation?.stop();
  });

  it('counts a province and each of its cities exactly as an independent count does', async () => {
    const body = (await federation.query(QUERY, { region: '440000', year: YEAR }, undefined, officer)) as GraphQLBody<Answer>;
    expect(body.errors).toBeUndefined();
    const province = body.data!.rehabIndicators;
    const pick = ({ regionCode: _code, countiesTotal: _counties, children: _children, ...figures }: Figures & { children?: unknown }) => figures;
    expect(pick(province)).toEqual(expectedFor('44'));
    // The hand count, written out once: 8 under management, 2 relapsed, 4 managed, 5 regular.
    expect(pick(province)).toEqual({
      registryActivePatients: 8,
      registryRelapsedPatients: 2,
      relapseRate: 0.25,
      managementRate: 0.5,
      regularMedicationRate: 0.625,
    });
    const cities = allDivisions().filter((d) => d.parentCode === '440000');
    expect(province.children.map((c) => c.regionCode)).toEqual(cities.map((c) => c.code));
    for (const child of province.children) expect(pick(child)).toEqual(expectedFor(child.regionCode.slice(0, 4)));
    expect(province.children.find((c) => c.regionCode === '440300')!.registryActivePatients).toBe(7);
    expect(province.countiesTotal).toBe(province.children.reduce((sum, c) => sum + c.countiesTotal, 0));
  });

  it('costs one statement for all the children of a region, however many', async () => {
    const db = federation.agencies.registry.db;
    let statements = 0;
    const onQuery = () => statements++;
    db.on('query', onQuery);
    try {
      await federation.query(QUERY, { region: '440000', year: YEAR }, undefined, officer);
    } finally {
      db.off('query', onQuery);
    }
    // At most one for the province and one for its 21 cities (the gateway fetches the two levels apart).
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('hides from analysts every count below 5 people and the rates built on one, saying why', async () => {
    const analyst = await federation.tokenFor('ANALYST');
    const body = (await federation.query(QUERY, { region: '440000', year: YEAR }, undefined, analyst)) as GraphQLBody<Answer>;
    const province = body.data!.rehabIndicators;
    // 8 under management and 5 on regular medication are shown; 2 relapsed and 4 managed are not.
    expect(province.registryActivePatients).toBe(8);
    expect(province.regularMedicationRate).toBe(0.625);
    expect(province.registryRelapsedPatients).toBeNull();
    expect(province.relapseRate).toBeNull();
    expect(province.managementRate).toBeNull();
    const guangzhou = province.children.find((c) => c.regionCode === '440100')!;
    expect(guangzhou.registryActivePatients).toBeNull();
    const suppressed = body.errors!.filter((e) => e.extensions?.code === 'SMALL_CELL_SUPPRESSED');
    expect(suppressed.map((e) => e.path!.join('.'))).toEqual(
      expect.arrayContaining(['rehabIndicators.registryRelapsedPatients', 'rehabIndicators.relapseRate', 'rehabIndicators.managementRate']),
    );
    expect(suppressed[0]!.extensions).toMatchObject({ threshold: 5, reason: expect.stringContaining('少于 5 人') });
    expect(body.errors!.every((e) => e.extensions?.code === 'SMALL_CELL_SUPPRESSED')).toBe(true);
  });

  it("refuses a region outside the caller's and bad keys, with stable codes", async () => {
    const shenzhen = await federation.tokenFor('REGISTRY_OFFICER', { region: '440300' });
    const outside = (await federation.query(QUERY, { region: '440000', year: YEAR }, undefined, shenzhen)) as GraphQLBody<Answer>;
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = (await federation.query(QUERY, { region: '440300', year: YEAR }, undefined, shenzhen)) as GraphQLBody<Answer>;
    expect(own.data!.rehabIndicators.registryActivePatients).toBe(7);
    for (const [region, year] of [
      ['449999', YEAR],
      ['44', YEAR],
      ['440000', 1999],
      ['440000', 3000],
    ] as const) {
      const bad = (await federation.query(QUERY, { region, year }, undefined, officer)) as GraphQLBody<Answer>;
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
