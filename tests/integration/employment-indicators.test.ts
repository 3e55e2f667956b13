// The federation's employment rate on a hand-built data set: every figure of a province and its cities against an independent count, and small cells hidden from analysts.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDivisions } from '#platform/statistics/division.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { rebuildAgencyStatistics } from '../../scripts/statistics.js';
import { availableBackends, type Federation, type GraphQLBody, startFederation } from '../federation-harness.js';

const backends = await availableBackends();
const YEAR = 2025;

interface Referral {
  key: string;
  county: string;
  outcome: 'EMPLOYMENT' | 'SHELTERED_EMPLOYMENT' | 'OTHER_REHAB_SERVICE';
  status: 'RECEIVED' | 'ACKNOWLEDGED' | 'DECLINED';
  /** The answer's instant, with its offset. */
  answeredAt?: string;
  /** Start days of the person's placements. */
  placements?: string[];
}

/**
 * Shenzhen (4403) has two counties here, Guangzhou (4401) one, Beijing lies outside the
 * province. The comments say what each referral is meant to test; the expected figures are
 * counted from this list below.
 */
const REFERRALS: Referral[] = [
  { key: 'a', county: '440305', outcome: 'EMPLOYMENT', status: 'ACKNOWLEDGED', answeredAt: '2025-03-10T10:00:00+08:00', placements: ['2025-05-01'] },
  // Placed on the 180th day after the answer: counted.
  { key: 'b', county: '440305', outcome: 'SHELTERED_EMPLOYMENT', status: 'ACKNOWLEDGED', answeredAt: '2025-06-01T09:00:00+08:00', placements: ['2025-11-28'] },
  // Placed on the 181st day: not counted as placed.
  { key: 'c', county: '440305', outcome: 'EMPLOYMENT', status: 'ACKNOWLEDGED', answeredAt: '2025-06-01T09:00:00+08:00', placements: ['2025-11-29'] },
  // Answered late on New Year's Eve in China (still 2025 there, already past 15:00 UTC); placed the same day.
  { key: 'd', county: '440305', outcome: 'EMPLOYMENT', status: 'ACKNOWLEDGED', answeredAt: '2025-12-31T23:30:00+08:00', placements: ['2025-12-31'] },
  // Answered just after midnight on 1 January in China (31 December in UTC); the only placement started the day before.
  { key: 'e', county: '440305', outcome: 'EMPLOYMENT', status: 'ACKNOWLEDGED', answeredAt: '2025-01-01T00:30:00+08:00', placements: ['2024-12-31'] },
  // Answered in the last minutes of 2024 in China: another year.
  { key: 'f', county: '440305', outcome: 'EMPLOYMENT', status: 'ACKNOWLEDGED', answeredAt: '2024-12-31T23:30:00+08:00', placements: ['2025-01-10'] },
  // Answered in the first minutes of 2026 in China: another year.
  { key: 'g', county: '440305', outcome: 'EMPLOYMENT', status: 'ACKNOWLEDGED', answeredAt: '2026-01-01T00:10:00+08:00' },
  // Not a referral to work: not counted.
  { key: 'h', county: '440305', outcome: 'OTHER_REHAB_SERVICE', status: 'ACKNOWLEDGED', answeredAt: '2025-05-01T10:00:00+08:00', placements: ['2025-05-02'] },
  // Declined, or not answered: not counted.
  { key: 'i', county: '440306', outcome: 'EMPLOYMENT', status: 'DECLINED', answeredAt: '2025-04-01T10:00:00+08:00', placements: ['2025-04-05'] },
  { key: 'j', county: '440306', outcome: 'EMPLOYMENT', status: 'RECEIVED' },
  // Two placements after the answer: one referral placed, counted once.
  {
    key: 'k',
    county: '440306',
    outcome: 'SHELTERED_EMPLOYMENT',
    status: 'ACKNOWLEDGED',
    answeredAt: '2025-02-01T10:00:00+08:00',
    placements: ['2025-02-15', '2025-06-01'],
  },
  // Already working before the answer, and still: not placed after it.
  { key: 'l', county: '440306', outcome: 'EMPLOYMENT', status: 'ACKNOWLEDGED', answeredAt: '2025-02-01T10:00:00+08:00', placements: ['2025-01-15'] },
  { key: 'm', county: '440103', outcome: 'EMPLOYMENT', status: 'ACKNOWLEDGED', answeredAt: '2025-07-01T10:00:00+08:00', placements: ['2025-07-02'] },
  // Outside the province.
  { key: 'n', county: '110101', outcome: 'EMPLOYMENT', status: 'ACKNOWLEDGED', answeredAt: '2025-05-01T10:00:00+08:00', placements: ['2025-05-20'] },
  // Outside the province, in a county whose code changed: 莱城区 371202 became 莱芜区 370116 on 2019-01-09.
  { key: 'o', county: '371202', outcome: 'EMPLOYMENT', status: 'ACKNOWLEDGED', answeredAt: '2018-06-15T10:00:00+08:00', placements: ['2018-07-01'] },
  { key: 'p', county: '370116', outcome: 'EMPLOYMENT', status: 'ACKNOWLEDGED', answeredAt: '2019-03-01T10:00:00+08:00' },
];

const pidOf = (key: string) => key.repeat(32).slice(0, 32);
const DAY_MS = 86_400_000;
/** The calendar day of an instant in China, counted here without the database's help. */
const chinaDay = (instant: string) => new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The figures counted straight from REFERRALS, the way DOMAIN.md §5 words them: of the year, or of the China days from `first` to `last`. */
function expectedFor(prefix: string, first = `${YEAR}-01-01`, last = `${YEAR}-12-31`) {
  const acknowledged = REFERRALS.filter(
    (r) =>
      r.county.startsWith(prefix) &&
      r.status === 'ACKNOWLEDGED' &&
      r.outcome !== 'OTHER_REHAB_SERVICE' &&
      chinaDay(r.answeredAt!) >= first &&
      chinaDay(r.answeredAt!) <= last,
  );
  const placed = acknowledged.filter((r) =>
    (r.placements ?? []).some((day) => daysBetween(chinaDay(r.answeredAt!), day) >= 0 && daysBetween(chinaDay(r.answeredAt!), day) <= 180),
  );
  return {
    employmentReferralsAcknowledged: acknowledged.length,
    employmentReferralsPlaced: placed.length,
    employmentRate: acknowledged.length === 0 ? null : placed.length / acknowledged.length,
  };
}

async function insertReferrals(db: Knex): Promise<void> {
  for (const r of REFERRALS) {
    const pid = pidOf(r.key);
    await db('employment_referral').insert({
      id: randomUUID(),
      referral_id: randomUUID(),
      pid,
      county_code: r.county,
      outcome: r.outcome,
      willing_to_work: true,
      able_to_work: true,
      needs_support: false,
      handed_over_at: '2024-12-01T10:00:00+08:00',
      received_at: '2024-12-01T10:05:00+08:00',
      status: r.status,
      answered_at: r.answeredAt ?? null,
      answered_by: r.answeredAt ? 'officer' : null,
      decline_reason: r.status === 'DECLINED' ? '本人暂无就业意愿' : null,
    });
    for (const day of r.placements ?? []) {
      await db('placement').insert({ pid, kind: 'OPEN_EMPLOYMENT', employer_name: '测试有限公司', county_code: r.county, started_on: day, full_time: false });
    }
  }
}

const FIELDS = 'regionCode employmentReferralsAcknowledged employmentReferralsPlaced employmentRate';
const QUERY = `query ($region: String!, $year: Int!) { rehabIndicators(regionCode: $region, year: $year) { ${FIELDS} children { ${FIELDS} } } }`;

type Figures = ReturnType<typeof expectedFor> & { regionCode: string };
type Answer = { rehabIndicators: Figures & { children: Figures[] } };

describe.each(backends)('the employment indicators on %s', (backend) => {
  let federation: Federation;
  let officer: string;

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 0, seed: 1 });
    await insertReferrals(federation.agencies.employment.db);
    // The rows went in around the data layer: the statistics are rebuilt from them, as `npm run stats:rebuild` does.
    await rebuildAgencyStatistics({ employment: federation.agencies.employment.db });
    officer = await federation.tokenFor('EMPLOYMENT_OFFICER');
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const pick = ({ regionCode: _code, children: _children, ...figures }: Figures & { children?: unknown }) => figures;

  it('counts a province and each of its cities exactly as an independent count does', async () => {
    const body = (await federation.query(QUERY, { region: '440000', year: YEAR }, undefined, officer)) as GraphQLBody<Answer>;
    expect(body.errors).toBeUndefined();
    const province = body.data!.rehabIndicators;
    expect(pick(province)).toEqual(expectedFor('44'));
    // The hand count, written out once: a b c d e k l m acknowledged in 2025; a b d k m placed within 180 days.
    expect(pick(province)).toEqual({ employmentReferralsAcknowledged: 8, employmentReferralsPlaced: 5, employmentRate: 0.625 });
    const cities = allDivisions().filter((d) => d.parentCode === '440000');
    expect(province.children.map((c) => c.regionCode)).toEqual(cities.map((c) => c.code));
    for (const child of province.children) expect(pick(child), child.regionCode).toEqual(expectedFor(child.regionCode.slice(0, 4)));
    expect(pick(province.children.find((c) => c.regionCode === '440300')!)).toEqual({
      employmentReferralsAcknowledged: 7,
      employmentReferralsPlaced: 4,
      employmentRate: 4 / 7,
    });
    expect(pick(province.children.find((c) => c.regionCode === '440100')!)).toEqual({
      employmentReferralsAcknowledged: 1,
      employmentReferralsPlaced: 1,
      employmentRate: 1,
    });
  });

  it('counts the year before and the year after in China time, and a county alone', async () => {
    // The platform's root takes years up to the current one only.
    for (const year of [2024, 2026].filter((y) => y <= Number(chinaToday().slice(0, 4)))) {
      const body = (await federation.query(QUERY, { region: '440000', year }, undefined, officer)) as GraphQLBody<Answer>;
      expect(body.errors).toBeUndefined();
      expect(pick(body.data!.rehabIndicators)).toEqual({
        employmentReferralsAcknowledged: 1,
        employmentReferralsPlaced: year === 2024 ? 1 : 0,
        employmentRate: year === 2024 ? 1 : 0,
      });
    }
    const county = (await federation.query(QUERY, { region: '440306', year: YEAR }, undefined, officer)) as GraphQLBody<Answer>;
    expect(pick(county.data!.rehabIndicators)).toEqual(expectedFor('440306'));
    expect(pick(county.data!.rehabIndicators)).toEqual({ employmentReferralsAcknowledged: 2, employmentReferralsPlaced: 1, employmentRate: 0.5 });
  });

  it('counts each quarter and month of the year, and a series of them, as the same independent count does', async () => {
    const june = (await federation.query(
      `{ rehabIndicators(regionCode: "440000", year: ${YEAR}, period: "${YEAR}-06") { period ${FIELDS} children { period regionCode } } }`,
      {},
      undefined,
      officer,
    )) as GraphQLBody<{ rehabIndicators: Figures & { period: string; children: { period: string }[] } }>;
    expect(june.errors).toBeUndefined();
    const { period, children, ...juneFigures } = june.data!.rehabIndicators;
    expect(period).toBe(`${YEAR}-06`);
    expect(children.every((child) => child.period === `${YEAR}-06`)).toBe(true);
    // b and c were answered on 1 June; b was placed within 180 days.
    expect(pick(juneFigures as Figures)).toEqual({ employmentReferralsAcknowledged: 2, employmentReferralsPlaced: 1, employmentRate: 0.5 });

    const series = (await federation.query(
      `{ rehabIndicatorSeries(regionCode: "440000", from: "${YEAR}", to: "${YEAR}", granularity: QUARTER) { period year granularity ${FIELDS} } }`,
      {},
      undefined,
      officer,
    )) as GraphQLBody<{ rehabIndicatorSeries: (Figures & { period: string; year: number; granularity: string })[] }>;
    expect(series.errors).toBeUndefined();
    const quarters = series.data!.rehabIndicatorSeries;
    expect(quarters.map((q) => q.period)).toEqual([1, 2, 3, 4].map((q) => `${YEAR}-Q${q}`));
    expect(quarters.every((q) => q.year === YEAR && q.granularity === 'QUARTER')).toBe(true);
    const bounds = [
      ['01-01', '03-31'],
      ['04-01', '06-30'],
      ['07-01', '09-30'],
      ['10-01', '12-31'],
    ] as const;
    quarters.forEach(({ period: _p, year: _y, granularity: _g, ...figures }, i) => {
      expect(pick(figures as Figures), `Q${i + 1}`).toEqual(expectedFor('44', `${YEAR}-${bounds[i]![0]}`, `${YEAR}-${bounds[i]![1]}`));
    });
    // A flow: the quarters add up to the year.
    expect(quarters.reduce((sum, q) => sum + q.employmentReferralsAcknowledged, 0)).toBe(8);
    expect(quarters.reduce((sum, q) => sum + q.employmentReferralsPlaced, 0)).toBe(5);

    const wrong = (await federation.query(
      `{ rehabIndicators(regionCode: "440000", year: ${YEAR}, period: "${YEAR - 1}-Q1") { period } }`,
      {},
      undefined,
      officer,
    )) as GraphQLBody<unknown>;
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('names a region in a series by the code valid in each period, and maps a retired code to its successor', async () => {
    type Point = { regionCode: string; period: string; employmentReferralsAcknowledged: number; employmentReferralsPlaced: number };
    const series = async (region: string) => {
      const body = (await federation.query(
        `{ rehabIndicatorSeries(regionCode: "${region}", from: "2018", to: "2019", granularity: YEAR) { regionCode period employmentReferralsAcknowledged employmentReferralsPlaced } }`,
        {},
        undefined,
        officer,
      )) as GraphQLBody<{ rehabIndicatorSeries: Point[] }>;
      expect(body.errors).toBeUndefined();
      return body.data!.rehabIndicatorSeries;
    };
    const expected = [
      { regionCode: '371202', period: '2018', employmentReferralsAcknowledged: 1, employmentReferralsPlaced: 1 },
      { regionCode: '370116', period: '2019', employmentReferralsAcknowledged: 1, employmentReferralsPlaced: 0 },
    ];
    expect(await series('370116')).toEqual(expected);
    expect(await series('371202')).toEqual(expected);
    // Jinan absorbed Laiwu in 2019: its 2018 figures are its own counties' only.
    expect((await series('370100')).map((p) => [p.regionCode, p.employmentReferralsAcknowledged])).toEqual([
      ['370100', 0],
      ['370100', 1],
    ]);
  });

  it('costs one statement for all the children of a region, however many', async () => {
    const db = federation.agencies.employment.db;
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

  it('hides from analysts every count below 5 and the rates built on one, saying why', async () => {
    const analyst = await federation.tokenFor('ANALYST');
    const body = (await federation.query(QUERY, { region: '440000', year: YEAR }, undefined, analyst)) as GraphQLBody<Answer>;
    const province = body.data!.rehabIndicators;
    // 8 acknowledged and 5 placed are shown, with their rate.
    expect(pick(province)).toEqual({ employmentReferralsAcknowledged: 8, employmentReferralsPlaced: 5, employmentRate: 0.625 });
    // Shenzhen: 7 acknowledged are shown; 4 placed, and the rate built on them, are not.
    const shenzhen = province.children.find((c) => c.regionCode === '440300')!;
    expect(pick(shenzhen)).toEqual({ employmentReferralsAcknowledged: 7, employmentReferralsPlaced: null, employmentRate: null });
    const guangzhou = province.children.find((c) => c.regionCode === '440100')!;
    expect(pick(guangzhou)).toEqual({ employmentReferralsAcknowledged: null, employmentReferralsPlaced: null, employmentRate: null });
    const suppressed = body.errors!.filter((e) => e.extensions?.code === 'SMALL_CELL_SUPPRESSED');
    const shenzhenIndex = province.children.indexOf(shenzhen);
    expect(suppressed.map((e) => e.path!.join('.'))).toEqual(
      expect.arrayContaining([
        `rehabIndicators.children.${shenzhenIndex}.employmentReferralsPlaced`,
        `rehabIndicators.children.${shenzhenIndex}.employmentRate`,
      ]),
    );
    expect(suppressed[0]!.extensions).toMatchObject({ threshold: 5, reason: expect.stringContaining('少于 5 人') });
    expect(body.errors!.every((e) => e.extensions?.code === 'SMALL_CELL_SUPPRESSED')).toBe(true);
  });

  it('shows a caller the figures of their own region only', async () => {
    const shenzhen = await federation.tokenFor('EMPLOYMENT_OFFICER', { region: '440300' });
    const own = (await federation.query(QUERY, { region: '440300', year: YEAR }, undefined, shenzhen)) as GraphQLBody<Answer>;
    expect(pick(own.data!.rehabIndicators)).toEqual(expectedFor('4403'));
    const outside = (await federation.query(QUERY, { region: '440000', year: YEAR }, undefined, shenzhen)) as GraphQLBody<Answer>;
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Asked directly for a region outside theirs, the federation answers no entity at all, as for a region without data.
    const entity = (await federation.query(
      `{ _entities(representations: [{ __typename: "RehabIndicators", regionCode: "440100", year: ${YEAR} }]) { ... on RehabIndicators { employmentReferralsAcknowledged employmentRate } } }`,
      {},
      federation.agencies.employment.server.graphqlUrl,
      shenzhen,
    )) as GraphQLBody<{ _entities: unknown[] }>;
    expect(entity.errors).toBeUndefined();
    expect(entity.data!._entities).toEqual([null]);
  });
});
