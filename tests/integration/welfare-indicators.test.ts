// The platform's indicators on a hand-built data set: coverage, standardized service, waiting, deadlines and training, counted by hand.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyDivisions } from '#platform/statistics/division.js';
import { rebuildAgencyStatistics } from '../../scripts/statistics.js';
import { availableBackends, type Federation, type GraphQLBody, postGraphQL, startFederation } from '../federation-harness.js';

const backends = await availableBackends();
const YEAR = 2025;
const at = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;
const pid = (letter: string) => letter.repeat(32);

interface ReferralFixture {
  id: string;
  pid: string;
  county: string;
  status: string;
  institution?: string;
  submitted: string;
  reviewed?: string;
  registered?: string;
  dispatched?: string;
  accepted?: string;
  closed?: string;
  /** [status, day] in order. */
  history?: [string, string][];
  agreement?: string;
  assessments?: string[];
  /** Days of services, by the institution's first direct-service staff member. */
  services?: string[];
}

const I1 = 'inst-nanshan';
const I2 = 'inst-baoan';
const I3 = 'inst-liwan';

// Shenzhen (4403): Nanshan 440305 and Bao'an 440306; Guangzhou (4401): Liwan 440103.
const REFERRALS: ReferralFixture[] = [
  // Submitted on a Friday, reviewed 3 working days later, dispatched 2 later, accepted 5 days after registration; standardized.
  {
    id: 'r1',
    pid: pid('a'),
    county: '440305',
    status: 'IN_SERVICE',
    institution: I1,
    submitted: '2025-01-03',
    reviewed: '2025-01-08',
    registered: '2025-01-08',
    dispatched: '2025-01-10',
    accepted: '2025-01-13',
    agreement: '2025-01-15',
    assessments: ['2025-01-14'],
    services: ['2025-02-03', '2025-02-10', '2025-03-03', '2025-04-07'],
  },
  // Reviewed after New Year's Day: 10 working days late; dispatched late; services in 2 months only.
  {
    id: 'r2',
    pid: pid('b'),
    county: '440305',
    status: 'IN_SERVICE',
    institution: I1,
    submitted: '2024-12-20',
    reviewed: '2025-01-06',
    registered: '2025-01-06',
    dispatched: '2025-02-20',
    accepted: '2025-02-24',
    agreement: '2025-02-25',
    assessments: ['2025-02-24'],
    services: ['2025-03-03', '2025-04-07'],
  },
  // Wait-listed since June 2024: waiting over 90 days at the end of 2025.
  {
    id: 'r3',
    pid: pid('c'),
    county: '440306',
    status: 'WAITLISTED',
    submitted: '2024-05-28',
    reviewed: '2024-06-01',
    registered: '2024-06-01',
    history: [
      ['SUBMITTED', '2024-05-28'],
      ['REGISTERED', '2024-06-01'],
      ['WAITLISTED', '2024-06-05'],
    ],
  },
  // Registered in November 2025: waiting 42 days at the end of the year.
  {
    id: 'r4',
    pid: pid('d'),
    county: '440306',
    status: 'REGISTERED',
    submitted: '2025-11-18',
    reviewed: '2025-11-20',
    registered: '2025-11-20',
    history: [
      ['SUBMITTED', '2025-11-18'],
      ['REGISTERED', '2025-11-20'],
    ],
  },
  // Rejected on review (on time): never a registered recipient.
  { id: 'r5', pid: pid('e'), county: '440103', status: 'REJECTED', submitted: '2025-03-03', reviewed: '2025-03-05' },
  // Closed before the year began.
  {
    id: 'r6',
    pid: pid('f'),
    county: '440103',
    status: 'CLOSED',
    submitted: '2023-01-05',
    reviewed: '2023-01-10',
    registered: '2023-01-10',
    closed: '2024-06-30',
  },
  // The same person as r1, an earlier referral closed on 2 January: still one recipient.
  {
    id: 'r7',
    pid: pid('a'),
    county: '440305',
    status: 'CLOSED',
    submitted: '2024-02-26',
    reviewed: '2024-03-01',
    registered: '2024-03-01',
    closed: '2025-01-02',
  },
  // In service since 2024 at Bao'an: a periodic assessment and services in 3 months of 2025; standardized.
  {
    id: 'r9',
    pid: pid('h'),
    county: '440306',
    status: 'IN_SERVICE',
    institution: I2,
    submitted: '2024-01-02',
    reviewed: '2024-01-05',
    registered: '2024-01-05',
    dispatched: '2024-01-08',
    accepted: '2024-01-20',
    agreement: '2024-01-22',
    assessments: ['2025-06-01'],
    services: ['2025-01-15', '2025-05-15', '2025-09-15'],
  },
];

async function insertFixtures(db: Knex): Promise<void> {
  const institution = (id: string, county: string) => ({ id, name: `${id} 康复站`, county_code: county, capacity: 10, service_forms: ['DAY_TRAINING'] });
  await db('institution').insert([institution(I1, '440305'), institution(I2, '440306'), institution(I3, '440103')]);
  // Direct-service staff: Nanshan 2 (one trained 25 h, one 10 h) and one back-office; Bao'an 1 trained 20 h; Liwan 1 trained 30 h.
  const staff = [
    { id: 's1', institution_id: I1, role: 'SOCIAL_WORKER', qualified: true, direct_service: true, hours: 25 },
    { id: 's2', institution_id: I1, role: 'NURSE', qualified: false, direct_service: true, hours: 10 },
    { id: 's3', institution_id: I1, role: 'PSYCHIATRIST', qualified: true, direct_service: false, hours: 0 },
    { id: 's5', institution_id: I2, role: 'REHAB_THERAPIST', qualified: true, direct_service: true, hours: 20 },
    { id: 's4', institution_id: I3, role: 'SOCIAL_WORKER', qualified: true, direct_service: true, hours: 30 },
  ];
  for (const { hours, ...member } of staff) {
    await db('institution_staff').insert(member);
    if (hours > 0) await db('staff_training').insert({ staff_id: member.id, year: YEAR, hours });
  }
  for (const r of REFERRALS) {
    await db('referral').insert({
      id: r.id,
      pid: r.pid,
      channel: 'VOLUNTARY_APPLICATION',
      status: r.status,
      version: 1,
      county_code: r.county,
      institution_id: r.institution ?? null,
      submitted_at: at(r.submitted),
      reviewed_at: r.reviewed ? at(r.reviewed) : null,
      registered_at: r.registered ? at(r.registered) : null,
      dispatched_at: r.dispatched ? at(r.dispatched) : null,
      accepted_at: r.accepted ? at(r.accepted) : null,
      closed_at: r.closed ? at(r.closed) : null,
    });
    let from: string | null = null;
    for (const [to, day] of r.history ?? []) {
      await db('referral_transition').insert({ referral_id: r.id, from_status: from, to_status: to, at: at(day), actor_role: 'SOCIAL_WORKER' });
      from = to;
    }
    if (r.agreement) await db('service_agreement').insert({ referral_id: r.id, signed_on: r.agreement, signed_by: 'PATIENT', service_forms: ['DAY_TRAINING'] });
    for (const day of r.assessments ?? []) await db('referral_assessment').insert({ referral_id: r.id, kind: 'INTAKE', assessed_on: day });
    const staffId = r.institution === I1 ? 's1' : 's5';
    for (const day of r.services ?? []) {
      await db('service_record').insert({
        referral_id: r.id,
        institution_id: r.institution,
        service_date: day,
        service_form: 'DAY_TRAINING',
        duration_minutes: 120,
        staff_id: staffId,
      });
    }
  }
  // A Liwan service in 2024 only: Liwan is not covered in 2025.
  await db('referral').insert({
    id: randomUUID(),
    pid: pid('k'),
    channel: 'VOLUNTARY_APPLICATION',
    status: 'CLOSED',
    version: 1,
    county_code: '440103',
    institution_id: I3,
    submitted_at: at('2023-02-01'),
    closed_at: at('2024-12-31'),
  });
  const closed = await db('referral')
    .where({ pid: pid('k') })
    .first('id');
  await db('service_record').insert({
    referral_id: closed.id,
    institution_id: I3,
    service_date: '2024-05-05',
    service_form: 'DAY_TRAINING',
    duration_minutes: 60,
    staff_id: 's4',
  });
}

const FIGURES = `regionCode countiesTotal countiesCovered coverageRate registeredRecipients standardizedRecipients standardizedServiceRate
  meanWaitingDays waitingOver90Days registrationOnTimeRate dispatchOnTimeRate staffTrainingComplianceRate`;
const QUERY = `query ($region: String!, $year: Int!) { rehabIndicators(regionCode: $region, year: $year) { ${FIGURES} coverageTarget standardizedServiceTarget children { ${FIGURES} } } }`;

type Figures = Record<string, number | string | null>;
type Answer = { rehabIndicators: Figures & { children: Figures[] } };

describe.each(backends)("the platform's indicators on %s", (backend) => {
  let federation: Federation;
  let officer: string;

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 0, seed: 1 });
    await insertFixtures(federation.agencies.welfare.db);
    // The rows went in around the data layer: the statistics are rebuilt from them, as `npm run stats:rebuild` does.
    await rebuildAgencyStatistics({ welfare: federation.agencies.welfare.db });
    officer = await federation.tokenFor('CIVIL_AFFAIRS_OFFICER');
  });
  afterAll(async () => {
    await federation?.stop();
  });

  it('counts the province, Shenzhen and Guangzhou as the hand count says', async () => {
    const body = (await federation.query(QUERY, { region: '440000', year: YEAR }, undefined, officer)) as GraphQLBody<Answer>;
    expect(body.errors).toBeUndefined();
    const province = body.data!.rehabIndicators;
    const guangdongCounties = countyDivisions().filter((c) => c.code.startsWith('44')).length;
    const shenzhenCounties = countyDivisions().filter((c) => c.code.startsWith('4403')).length;
    expect(province).toMatchObject({
      countiesTotal: guangdongCounties,
      // Nanshan and Bao'an delivered services in 2025; Liwan only in 2024.
      countiesCovered: 2,
      coverageRate: 2 / guangdongCounties,
      coverageTarget: 0.8,
      standardizedServiceTarget: 0.6,
      // a (r1 and r7), b, c, d, h; not e (rejected) nor f (closed in 2024).
      registeredRecipients: 5,
      // a and h: agreement, assessment in 2025 and services in 3 months; b had services in 2 months only.
      standardizedRecipients: 2,
      standardizedServiceRate: 0.4,
      // r1 waited 5 days, r2 49 days; r9 was accepted in 2024.
      meanWaitingDays: 27,
      // c only; d had waited 42 days at the year's end.
      waitingOver90Days: 1,
      // Reviewed in 2025: r1, r4 and r5 within 5 working days, r2 after 10.
      registrationOnTimeRate: 0.75,
      // Dispatched in 2025: r1 after 2 working days, r2 after 33.
      dispatchOnTimeRate: 0.5,
      // Direct-service staff 4, trained (20 h or more) 3: s1, s5, s4; s2 had 10 h.
      staffTrainingComplianceRate: 0.75,
    });
    const shenzhen = province.children.find((c) => c.regionCode === '440300')!;
    expect(shenzhen).toMatchObject({
      countiesTotal: shenzhenCounties,
      countiesCovered: 2,
      registeredRecipients: 5,
      standardizedRecipients: 2,
      meanWaitingDays: 27,
      waitingOver90Days: 1,
      registrationOnTimeRate: 2 / 3,
      dispatchOnTimeRate: 0.5,
      staffTrainingComplianceRate: 2 / 3,
    });
    const guangzhou = province.children.find((c) => c.regionCode === '440100')!;
    expect(guangzhou).toMatchObject({
      countiesCovered: 0,
      coverageRate: 0,
      registeredRecipients: 0,
      standardizedServiceRate: null,
      meanWaitingDays: null,
      waitingOver90Days: 0,
      registrationOnTimeRate: 1,
      dispatchOnTimeRate: null,
      staffTrainingComplianceRate: 1,
    });
    // The counties of Shenzhen answer one by one as well.
    const county = (await federation.query(QUERY, { region: '440306', year: YEAR }, undefined, officer)) as GraphQLBody<Answer>;
    expect(county.data!.rehabIndicators).toMatchObject({
      countiesTotal: 1,
      countiesCovered: 1,
      coverageRate: 1,
      registeredRecipients: 3,
      standardizedRecipients: 1,
      waitingOver90Days: 1,
    });
  });

  it('refuses a period outside its year in Chinese by default and in English on Accept-Language: en', async () => {
    const PERIOD_QUERY = `query ($region: String!, $year: Int!, $period: String) { rehabIndicators(regionCode: $region, year: $year, period: $period) { countiesTotal } }`;
    const variables = { region: '440000', year: YEAR, period: `${YEAR - 1}-Q3` };
    const chinese = (await federation.query(PERIOD_QUERY, variables, undefined, officer)) as GraphQLBody<Answer>;
    expect(chinese.errors?.[0]).toMatchObject({ message: 'period 须在 year 之内', extensions: { code: 'BAD_USER_INPUT', argument: 'period' } });
    const english = (await postGraphQL(federation.gateway.graphqlUrl, PERIOD_QUERY, variables, officer, { 'accept-language': 'en' })) as GraphQLBody<Answer>;
    expect(english.errors?.[0]).toMatchObject({ message: 'period must lie in year', extensions: { code: 'BAD_USER_INPUT', argument: 'period' } });
  });

  it('counts waiting at the end of a past year from the history', async () => {
    const body = (await federation.query(QUERY, { region: '440306', year: 2024 }, undefined, officer)) as GraphQLBody<Answer>;
    // At the end of 2024 c had waited since June: over 90 days. d did not exist yet.
    expect(body.data!.rehabIndicators.waitingOver90Days).toBe(1);
    expect(body.data!.rehabIndicators.registeredRecipients).toBe(2);
  });

  it('costs a constant number of statements for a region and all its children', async () => {
    const db = federation.agencies.welfare.db;
    let statements = 0;
    const onQuery = () => statements++;
    db.on('query', onQuery);
    try {
      await federation.query(QUERY, { region: '440000', year: YEAR }, undefined, officer);
    } finally {
      db.off('query', onQuery);
    }
    // The children (one level) in one statement, the province in one more, the division children list in one.
    expect(statements).toBeLessThanOrEqual(3);
  });

  it('hides small cells from analysts, with the reason', async () => {
    const analyst = await federation.tokenFor('ANALYST');
    const body = (await federation.query(QUERY, { region: '440000', year: YEAR }, undefined, analyst)) as GraphQLBody<Answer>;
    const province = body.data!.rehabIndicators;
    expect(province.registeredRecipients).toBe(5);
    expect(province.countiesCovered).toBe(2);
    expect(province.standardizedRecipients).toBeNull();
    expect(province.standardizedServiceRate).toBeNull();
    expect(province.waitingOver90Days).toBeNull();
    expect(province.meanWaitingDays).toBeNull();
    expect(body.errors!.every((e) => e.extensions?.code === 'SMALL_CELL_SUPPRESSED')).toBe(true);
    expect(body.errors!.map((e) => e.path!.join('.'))).toEqual(
      expect.arrayContaining(['rehabIndicators.standardizedRecipients', 'rehabIndicators.waitingOver90Days']),
    );
  });
});
