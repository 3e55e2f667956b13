// Civil affairs' registers through the gateway: institutions with prices, staff and training, capacity, social workers, benefits.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase32 } from '#platform/identity/base32.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { availableBackends, type Federation, type GraphQLBody, postGraphQL, startFederation, type LooseData } from '../federation-harness.js';

const backends = await availableBackends();

const INSTITUTION_FIELDS =
  'id name regionCode capacity placesTaken activeRecipients serviceForms prices { serviceForm priceCents unit } staff { id role qualified directService } qualifiedStaffShare';
const CREATE = `mutation CreateInstitution($input: CreateRehabInstitutionInput!) { createRehabInstitution(input: $input) { ${INSTITUTION_FIELDS} } }`;
const SET_CAPACITY = `mutation SetCapacity($input: SetInstitutionCapacityInput!) { setInstitutionCapacity(input: $input) { id capacity placesTaken } }`;
const ADD_STAFF = `mutation AddStaff($input: AddInstitutionStaffInput!) { addInstitutionStaff(input: $input) { id staff { id role qualified directService } qualifiedStaffShare } }`;
const TRAINING = `mutation Training($input: RecordStaffTrainingInput!, $year: Int!) { recordStaffTraining(input: $input) { id staff { id trainingHours(year: $year) } } }`;
const INSTITUTION = `query Institution($id: ID!) { rehabInstitution(id: $id) { ${INSTITUTION_FIELDS} } }`;
const ADD_SOCIAL_WORKER = `mutation AddSocialWorker($input: AddSocialWorkerInput!) { addSocialWorker(input: $input) { id regionCode qualified } }`;
const SOCIAL_WORKERS = `query SocialWorkers($regionCode: String!, $first: Int, $after: String) { socialWorkers(regionCode: $regionCode, first: $first, after: $after) { nodes { id regionCode } pageInfo { hasNextPage endCursor } } }`;
const GRANT = `mutation Grant($input: GrantBenefitInput!) { grantBenefit(input: $input) { benefit { id kind startedOn endedOn monthlyAmountCents } person { pid } } }`;
const END = `mutation End($input: EndBenefitInput!) { endBenefit(input: $input) { benefit { id endedOn } person { pid } } }`;
const BENEFITS = `query Benefits($pid: ID!) { person(pid: $pid) { benefits { id kind startedOn endedOn monthlyAmountCents } } }`;

/** Every table a register write touches, to prove that a refused write wrote nothing. */
const WRITTEN_TABLES = ['institution', 'institution_staff', 'staff_training', 'social_worker', 'benefit', 'audit_log', 'mutation_receipt'];

type Body = GraphQLBody<LooseData>;
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;
const key = (label: string) => `${label}-${randomBytes(6).toString('hex')}`;
const THIS_YEAR = Number(chinaToday().slice(0, 4));

const institutionInput = (overrides: Record<string, unknown> = {}) => ({
  name: '南山区精神障碍社区康复服务站',
  countyCode: '440305',
  capacity: 20,
  serviceForms: ['PEER_SUPPORT', 'DAY_TRAINING'],
  prices: [
    { serviceForm: 'DAY_TRAINING', priceCents: 1500, unit: 'DAY' },
    { serviceForm: 'PEER_SUPPORT', priceCents: 0, unit: 'SESSION' },
  ],
  ...overrides,
});

describe.each(backends)('civil affairs registers on %s', (backend) => {
  let federation: Federation;
  /** Civil affairs of Shenzhen (440300). */
  let officer: string;
  /** Civil affairs of Guangdong (440000). */
  let provinceOfficer: string;

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 30, seed: 23 });
    officer = await federation.tokenFor('CIVIL_AFFAIRS_OFFICER', { region: '440300', subject: 'ca-shenzhen' });
    provinceOfficer = await federation.tokenFor('CIVIL_AFFAIRS_OFFICER', { region: '440000', subject: 'ca-guangdong' });
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const as = (token: string, query: string, variables: Record<string, unknown>) => federation.query(query, variables, undefined, token) as Promise<Body>;
  const welfare = () => federation.agencies.welfare.db;

  async function tableCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of WRITTEN_TABLES) {
      // A refused write about a person is audited as REFUSED (never told to the caller): it changes nothing else.
      const rows = table === 'audit_log' ? welfare()(table).whereNot({ action: 'REFUSED' }) : welfare()(table);
      const [{ n }] = (await rows.count({ n: '*' })) as [{ n: number | string }];
      counts[table] = Number(n);
    }
    return counts;
  }

  async function createInstitution(overrides: Record<string, unknown> = {}, token = officer): Promise<LooseData> {
    const body = await as(token, CREATE, { input: institutionInput(overrides) });
    expect(body.errors).toBeUndefined();
    return body.data!.createRehabInstitution;
  }

  async function addStaff(institutionId: string, role: string, qualified: boolean, token = officer): Promise<string> {
    const body = await as(token, ADD_STAFF, { input: { institutionId, role, qualified, directService: true } });
    expect(body.errors).toBeUndefined();
    return body.data!.addInstitutionStaff.staff.at(-1).id;
  }

  /** A referral written straight into the platform's database, holding (or not) a place at the institution. */
  async function referralAt(institutionId: string, status: string, db = welfare()): Promise<void> {
    await db('referral').insert({
      id: randomUUID(),
      pid: toBase32(randomBytes(20)),
      channel: 'VOLUNTARY_APPLICATION',
      status,
      version: 1,
      county_code: '440305',
      institution_id: institutionId,
      submitted_at: '2025-03-03T09:00:00+08:00',
    });
  }

  it('registers an institution and reads it back with its prices, staff and qualified share', async () => {
    const created = await createInstitution();
    expect(created).toMatchObject({
      name: '南山区精神障碍社区康复服务站',
      regionCode: '440305',
      capacity: 20,
      placesTaken: 0,
      activeRecipients: 0,
      // Stored in the schema's order of forms, whatever order they were given in.
      serviceForms: ['DAY_TRAINING', 'PEER_SUPPORT'],
      prices: [
        { serviceForm: 'DAY_TRAINING', priceCents: 1500, unit: 'DAY' },
        { serviceForm: 'PEER_SUPPORT', priceCents: 0, unit: 'SESSION' },
      ],
      staff: [],
      qualifiedStaffShare: null,
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);

    await addStaff(created.id, 'PSYCHIATRIST', true);
    await addStaff(created.id, 'REHAB_THERAPIST', false);
    // The institution's own staff may add colleagues.
    const ownStaff = await federation.tokenFor('INSTITUTION_STAFF', { region: '440305', institution: created.id });
    await addStaff(created.id, 'SOCIAL_WORKER', false, ownStaff);

    // Institutions are public registers: any authenticated caller reads one, wherever it is.
    const reader = await federation.tokenFor('EMPLOYMENT_OFFICER', { region: '110000' });
    const read = (await as(reader, INSTITUTION, { id: created.id })).data!.rehabInstitution;
    expect(read.staff.map((s: { role: string; qualified: boolean }) => [s.role, s.qualified])).toEqual([
      ['PSYCHIATRIST', true],
      ['REHAB_THERAPIST', false],
      ['SOCIAL_WORKER', false],
    ]);
    expect(read.qualifiedStaffShare).toBeCloseTo(1 / 3);
    expect(read.prices).toEqual(created.prices);
    expect((await as(reader, INSTITUTION, { id: randomUUID() })).data!.rehabInstitution).toBeNull();

    // Every write left one audit row that names no person.
    const audit = await welfare()('audit_log')
      .where({ action: 'WRITE' })
      .whereIn('operation_name', ['CreateInstitution', 'AddStaff'])
      .select('pid', 'fields', 'role');
    expect(audit.length).toBeGreaterThanOrEqual(4);
    expect(audit.every((row: { pid: string | null }) => row.pid === null)).toBe(true);
  });

  it('publishes one price for each service form of the seeded institutions', async () => {
    const body = await as(
      officer,
      `{ rehabInstitutions(regionCode: "440000", first: 500) { nodes { serviceForms prices { serviceForm priceCents unit } } } }`,
      {},
    );
    expect(body.errors).toBeUndefined();
    const nodes: { serviceForms: string[]; prices: { serviceForm: string; priceCents: number }[] }[] = body.data!.rehabInstitutions.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.prices.map((price) => price.serviceForm)).toEqual(node.serviceForms);
      expect(node.prices.every((price) => price.priceCents >= 0)).toBe(true);
    }
  });

  it('lets institution staff manage their own institution only', async () => {
    const mine = await createInstitution();
    const other = await createInstitution();
    const staff = await federation.tokenFor('INSTITUTION_STAFF', { region: '440305', institution: mine.id });
    const before = await tableCounts();
    const refused = await as(staff, ADD_STAFF, { input: { institutionId: other.id, role: 'NURSE', qualified: true, directService: true } });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const elsewhere = await as(await federation.tokenFor('CIVIL_AFFAIRS_OFFICER', { region: '440100' }), ADD_STAFF, {
      input: { institutionId: mine.id, role: 'NURSE', qualified: true, directService: true },
    });
    expect(codeOf(elsewhere)).toBe('FORBIDDEN');
    expect(await tableCounts()).toEqual(before);
  });

  it('keeps the capacity at or above the places taken, counting dispatched and held cases', async () => {
    const institution = await createInstitution({ capacity: 6 });
    for (const status of ['DISPATCHED', 'ACCEPTED', 'IN_SERVICE', 'RELAPSE_REFERRED', 'REGISTERED', 'CLOSED', 'REFERRED_OUT'])
      await referralAt(institution.id, status);
    expect((await as(officer, INSTITUTION, { id: institution.id })).data!.rehabInstitution).toMatchObject({ placesTaken: 4, activeRecipients: 3 });

    const before = await tableCounts();
    const below = await as(officer, SET_CAPACITY, { input: { institutionId: institution.id, capacity: 3 } });
    expect(codeOf(below)).toBe('BAD_USER_INPUT');
    expect(await tableCounts()).toEqual(before);

    const exact = await as(officer, SET_CAPACITY, { input: { institutionId: institution.id, capacity: 4 } });
    expect(exact.errors).toBeUndefined();
    expect(exact.data!.setInstitutionCapacity).toEqual({ id: institution.id, capacity: 4, placesTaken: 4 });
  });

  it('waits for a dispatch that holds the institution row, then counts its place', async () => {
    const institution = await createInstitution({ capacity: 3 });
    await referralAt(institution.id, 'IN_SERVICE');
    // A dispatch in flight: it locks the institution, takes a place, and commits a little later.
    const dispatch = await welfare().transaction();
    let pending: Promise<Body> | undefined;
    try {
      await dispatch('institution').where({ id: institution.id }).forUpdate().first('id');
      await referralAt(institution.id, 'DISPATCHED', dispatch);
      pending = as(officer, SET_CAPACITY, { input: { institutionId: institution.id, capacity: 1 } });
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      await dispatch.commit();
    }
    expect(codeOf(await pending!)).toBe('BAD_USER_INPUT');
    expect((await welfare()('institution').where({ id: institution.id }).first('capacity')).capacity).toBe(3);
  });

  it('adds training hours up per staff member and year', async () => {
    const institution = await createInstitution();
    const staffId = await addStaff(institution.id, 'NURSE', true);
    const hoursIn = async (year: number) => {
      const body = await as(officer, `query ($id: ID!, $year: Int!) { rehabInstitution(id: $id) { staff { id trainingHours(year: $year) } } }`, {
        id: institution.id,
        year,
      });
      return body.data!.rehabInstitution.staff.find((s: { id: string }) => s.id === staffId).trainingHours;
    };
    for (const [year, hours] of [
      [2025, 12],
      [2025, 10],
      [2024, 5],
    ] as const) {
      const body = await as(officer, TRAINING, { input: { staffId, year, hours }, year });
      expect(body.errors).toBeUndefined();
    }
    expect(await hoursIn(2025)).toBe(22);
    expect(await hoursIn(2024)).toBe(5);
    expect(await hoursIn(2023)).toBe(0);
    expect(await welfare()('staff_training').where({ staff_id: staffId }).orderBy('year').select('year', 'hours')).toEqual([
      { year: 2024, hours: 5 },
      { year: 2025, hours: 22 },
    ]);

    const before = await tableCounts();
    for (const input of [
      { staffId, year: 2025, hours: 0 },
      { staffId, year: 2025, hours: 201 },
      { staffId, year: 1999, hours: 4 },
      { staffId, year: THIS_YEAR + 1, hours: 4 },
    ]) {
      expect(codeOf(await as(officer, TRAINING, { input, year: 2025 })), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await as(officer, TRAINING, { input: { staffId: randomUUID(), year: 2025, hours: 4 }, year: 2025 }))).toBe('NOT_FOUND');
    expect(await tableCounts()).toEqual(before);
  });

  it('lists social workers of a province, a city or a county, page by page in id order', async () => {
    for (const [countyCode, n] of [
      ['440305', 2],
      ['440304', 1],
      ['440106', 2],
    ] as const) {
      for (let k = 0; k < n; k++) {
        const body = await as(provinceOfficer, ADD_SOCIAL_WORKER, { input: { countyCode, subject: key(`sw-${countyCode}`), qualified: k === 0 } });
        expect(body.errors).toBeUndefined();
        expect(body.data!.addSocialWorker.regionCode).toBe(countyCode);
      }
    }
    const expected = async (prefix: string) =>
      (await welfare()('social_worker').where('county_code', 'like', `${prefix}%`).orderBy('id').select('id')).map((r: { id: string }) => r.id);
    const pages = async (token: string, regionCode: string) => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const body: Body = await as(token, SOCIAL_WORKERS, { regionCode, first: 2, after });
        expect(body.errors).toBeUndefined();
        const page = body.data!.socialWorkers;
        expect(page.nodes.length).toBeLessThanOrEqual(2);
        ids.push(...page.nodes.map((node: { id: string }) => node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return ids;
    };
    for (const [regionCode, prefix] of [
      ['440000', '44'],
      ['440300', '4403'],
      ['440305', '440305'],
      ['440100', '4401'],
    ] as const) {
      const ids = await pages(provinceOfficer, regionCode);
      expect(ids, regionCode).toEqual(await expected(prefix));
    }
    expect((await pages(provinceOfficer, '440305')).length).toBeGreaterThanOrEqual(2);
    // A Shenzhen social worker asking for the province sees Shenzhen's; asking for Beijing sees none.
    const shenzhen = await federation.tokenFor('SOCIAL_WORKER', { region: '440300' });
    expect(await pages(shenzhen, '440000')).toEqual(await expected('4403'));
    expect(await pages(shenzhen, '110000')).toEqual([]);
    expect(codeOf(await as(shenzhen, SOCIAL_WORKERS, { regionCode: '449999' }))).toBe('BAD_USER_INPUT');
  });

  it('registers a social worker subject once', async () => {
    const subject = key('sw-once');
    expect((await as(officer, ADD_SOCIAL_WORKER, { input: { countyCode: '440305', subject, qualified: true } })).errors).toBeUndefined();
    const before = await tableCounts();
    expect(codeOf(await as(officer, ADD_SOCIAL_WORKER, { input: { countyCode: '440304', subject, qualified: false } }))).toBe('ALREADY_EXISTS');
    expect(await tableCounts()).toEqual(before);
  });

  it('grants a benefit that the region officer sees on the person, and ends it once', async () => {
    const patient: { pid: string; county_code: string } = await federation.agencies.registry
      .db('patient')
      .where('county_code', 'like', '44%')
      .orderBy('pid')
      .first('pid', 'county_code');
    const granted = await as(provinceOfficer, GRANT, {
      input: {
        pid: patient.pid,
        kind: 'SEVERE_DISABILITY_NURSING_SUBSIDY',
        countyCode: patient.county_code,
        startedOn: '2025-01-01',
        monthlyAmountCents: 20_000,
      },
    });
    expect(granted.errors).toBeUndefined();
    const benefit = granted.data!.grantBenefit.benefit;
    expect(granted.data!.grantBenefit).toEqual({
      benefit: { id: benefit.id, kind: 'SEVERE_DISABILITY_NURSING_SUBSIDY', startedOn: '2025-01-01', endedOn: null, monthlyAmountCents: 20_000 },
      person: { pid: patient.pid },
    });
    const seen = (await as(provinceOfficer, BENEFITS, { pid: patient.pid })).data!.person.benefits;
    expect(seen).toContainEqual(benefit);

    const ended = await as(provinceOfficer, END, { input: { benefitId: benefit.id, endedOn: '2025-06-30' } });
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.endBenefit).toEqual({ benefit: { id: benefit.id, endedOn: '2025-06-30' }, person: { pid: patient.pid } });
    expect((await as(provinceOfficer, BENEFITS, { pid: patient.pid })).data!.person.benefits).toContainEqual({ ...benefit, endedOn: '2025-06-30' });

    const before = await tableCounts();
    expect(codeOf(await as(provinceOfficer, END, { input: { benefitId: benefit.id, endedOn: '2025-07-31' } }))).toBe('BAD_USER_INPUT');
    // Outside the officer's region a benefit is as unknown as one that does not exist.
    const beijing = await federation.tokenFor('CIVIL_AFFAIRS_OFFICER', { region: '110000' });
    expect(codeOf(await as(beijing, END, { input: { benefitId: benefit.id, endedOn: '2025-07-31' } }))).toBe('NOT_FOUND');
    expect(codeOf(await as(provinceOfficer, END, { input: { benefitId: '999999999', endedOn: '2025-07-31' } }))).toBe('NOT_FOUND');
    expect(await tableCounts()).toEqual(before);

    const audit = await welfare()('audit_log').where({ action: 'WRITE', pid: patient.pid }).whereIn('operation_name', ['Grant', 'End']).select('fields');
    expect(audit).toHaveLength(2);
  });

  it('refuses an ending before the benefit started', async () => {
    const patient: { pid: string; county_code: string } = await federation.agencies.registry
      .db('patient')
      .where('county_code', 'like', '44%')
      .orderBy('pid')
      .first('pid', 'county_code');
    const granted = await as(provinceOfficer, GRANT, {
      input: { pid: patient.pid, kind: 'MINIMUM_LIVING_ALLOWANCE', countyCode: patient.county_code, startedOn: '2025-05-01', monthlyAmountCents: 90_000 },
    });
    const before = await tableCounts();
    const early = await as(provinceOfficer, END, { input: { benefitId: granted.data!.grantBenefit.benefit.id, endedOn: '2025-04-30' } });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(await tableCounts()).toEqual(before);
  });

  describe('refuses bad input with a stable code and writes nothing', () => {
    const pid = 'abcdefghijklmnopqrstuvwxyz234567';
    const grant = (overrides: Record<string, unknown>) => ({
      pid,
      kind: 'TEMPORARY_ASSISTANCE',
      countyCode: '440305',
      startedOn: '2025-02-01',
      monthlyAmountCents: 50_000,
      ...overrides,
    });
    const cases: [string, () => [string, string, Record<string, unknown>], string][] = [
      ['a negative capacity', () => ['officer', CREATE, { input: institutionInput({ capacity: -1 }) }], 'BAD_USER_INPUT'],
      ['an unknown division code', () => ['officer', CREATE, { input: institutionInput({ countyCode: '449999' }) }], 'BAD_USER_INPUT'],
      ['a city instead of a county', () => ['officer', CREATE, { input: institutionInput({ countyCode: '440300' }) }], 'BAD_USER_INPUT'],
      ["a county outside the caller's region", () => ['officer', CREATE, { input: institutionInput({ countyCode: '440106' }) }], 'FORBIDDEN'],
      ['no service form', () => ['officer', CREATE, { input: institutionInput({ serviceForms: [], prices: [] }) }], 'BAD_USER_INPUT'],
      [
        'a service form without a price',
        () => ['officer', CREATE, { input: institutionInput({ prices: [{ serviceForm: 'DAY_TRAINING', priceCents: 100, unit: 'DAY' }] }) }],
        'BAD_USER_INPUT',
      ],
      [
        'a negative price',
        () => [
          'officer',
          CREATE,
          {
            input: institutionInput({
              prices: [
                { serviceForm: 'DAY_TRAINING', priceCents: -1, unit: 'DAY' },
                { serviceForm: 'PEER_SUPPORT', priceCents: 0, unit: 'SESSION' },
              ],
            }),
          },
        ],
        'BAD_USER_INPUT',
      ],
      ['an empty name', () => ['officer', CREATE, { input: institutionInput({ name: '  ' }) }], 'BAD_USER_INPUT'],
      ['a social worker creating an institution', () => ['socialWorker', CREATE, { input: institutionInput() }], 'FORBIDDEN'],
      ['an unknown institution', () => ['officer', SET_CAPACITY, { input: { institutionId: randomUUID(), capacity: 5 } }], 'NOT_FOUND'],
      [
        'staff for an unknown institution',
        () => ['officer', ADD_STAFF, { input: { institutionId: randomUUID(), role: 'NURSE', qualified: true, directService: true } }],
        'NOT_FOUND',
      ],
      [
        'a social worker in an unknown division',
        () => ['officer', ADD_SOCIAL_WORKER, { input: { countyCode: '12345', subject: key('sw'), qualified: true } }],
        'BAD_USER_INPUT',
      ],
      [
        "a social worker outside the caller's region",
        () => ['officer', ADD_SOCIAL_WORKER, { input: { countyCode: '110101', subject: key('sw'), qualified: true } }],
        'FORBIDDEN',
      ],
      ['a benefit ending before it starts', () => ['officer', GRANT, { input: grant({ startedOn: '2025-03-01', endedOn: '2025-02-28' }) }], 'BAD_USER_INPUT'],
      ['a benefit for a malformed pid', () => ['officer', GRANT, { input: grant({ pid: 'not-a-pid' }) }], 'BAD_USER_INPUT'],
      ['a negative monthly amount', () => ['officer', GRANT, { input: grant({ monthlyAmountCents: -100 }) }], 'BAD_USER_INPUT'],
      ['a monthly amount over 10,000,000 fen', () => ['officer', GRANT, { input: grant({ monthlyAmountCents: 10_000_001 }) }], 'BAD_USER_INPUT'],
      ["a benefit outside the caller's region", () => ['officer', GRANT, { input: grant({ countyCode: '440106' }) }], 'FORBIDDEN'],
      ['a malformed benefit id', () => ['officer', END, { input: { benefitId: 'x1', endedOn: '2025-02-28' } }], 'BAD_USER_INPUT'],
    ];

    it.each(cases)('%s', async (_name, request, code) => {
      const tokens: Record<string, string> = { officer, socialWorker: await federation.tokenFor('SOCIAL_WORKER', { region: '440300' }) };
      const [who, query, variables] = request();
      const before = await tableCounts();
      const body = await as(tokens[who]!, query, variables);
      expect(codeOf(body)).toBe(code);
      expect(body.errors?.[0]?.message).not.toContain(pid);
      expect(await tableCounts()).toEqual(before);
    });

    it('says why in Chinese by default and in English on Accept-Language: en, the codes unchanged', async () => {
      const unknown = { input: { institutionId: randomUUID(), capacity: 5 } };
      expect((await as(officer, SET_CAPACITY, unknown)).errors?.[0]).toMatchObject({ message: '没有此编号的康复机构', extensions: { code: 'NOT_FOUND' } });
      const english = (await postGraphQL(federation.gateway.graphqlUrl, SET_CAPACITY, unknown, officer, { 'accept-language': 'en' })) as Body;
      expect(english.errors?.[0]).toMatchObject({ message: 'no institution with this id', extensions: { code: 'NOT_FOUND' } });

      const outside = { input: institutionInput({ countyCode: '440106' }) };
      expect((await as(officer, CREATE, outside)).errors?.[0]).toMatchObject({
        message: 'input.countyCode 超出了您的角色所辖地区',
        extensions: { code: 'FORBIDDEN', argument: 'input.countyCode' },
      });
      const outsideInEnglish = (await postGraphQL(federation.gateway.graphqlUrl, CREATE, outside, officer, { 'accept-language': 'en' })) as Body;
      expect(outsideInEnglish.errors?.[0]).toMatchObject({
        message: 'input.countyCode is outside the region of your role',
        extensions: { code: 'FORBIDDEN', argument: 'input.countyCode' },
      });
    });

    it('an idempotency key reused with another payload', async () => {
      const idempotencyKey = key('create');
      expect((await as(officer, CREATE, { input: institutionInput({ idempotencyKey }) })).errors).toBeUndefined();
      const before = await tableCounts();
      const reused = await as(officer, CREATE, { input: institutionInput({ idempotencyKey, capacity: 21 }) });
      expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
      const otherOperation = await as(officer, SET_CAPACITY, { input: { institutionId: randomUUID(), capacity: 5, idempotencyKey } });
      expect(codeOf(otherOperation)).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await tableCounts()).toEqual(before);
    });
  });

  it('replays every write under its idempotency key with the first result, writing nothing more', async () => {
    const institution = await createInstitution();
    const staffId = await addStaff(institution.id, 'SOCIAL_WORKER', true);
    const patient: { pid: string; county_code: string } = await federation.agencies.registry
      .db('patient')
      .where('county_code', 'like', '44%')
      .orderBy('pid')
      .first('pid', 'county_code');
    const writes: [string, Record<string, unknown>][] = [
      [CREATE, { input: institutionInput({ idempotencyKey: key('create') }) }],
      [SET_CAPACITY, { input: { institutionId: institution.id, capacity: 30, idempotencyKey: key('capacity') } }],
      [ADD_STAFF, { input: { institutionId: institution.id, role: 'NURSE', qualified: false, directService: true, idempotencyKey: key('staff') } }],
      [TRAINING, { input: { staffId, year: 2025, hours: 8, idempotencyKey: key('training') }, year: 2025 }],
      [ADD_SOCIAL_WORKER, { input: { countyCode: '440305', subject: key('sw-replay'), qualified: true, idempotencyKey: key('sw') } }],
      [
        GRANT,
        {
          input: {
            pid: patient.pid,
            kind: 'GUARDIANSHIP_INCENTIVE',
            countyCode: patient.county_code,
            startedOn: '2025-01-01',
            endedOn: '2025-12-31',
            monthlyAmountCents: 15_000,
            idempotencyKey: key('grant'),
          },
        },
      ],
    ];
    for (const [query, variables] of writes) {
      const token = query === GRANT ? provinceOfficer : officer;
      const first = await as(token, query, variables);
      expect(first.errors).toBeUndefined();
      const before = await tableCounts();
      const replay = await as(token, query, variables);
      expect(replay.errors).toBeUndefined();
      expect(replay.data).toEqual(first.data);
      expect(await tableCounts()).toEqual(before);
    }
    // Replayed training did not add its hours twice.
    expect((await welfare()('staff_training').where({ staff_id: staffId, year: 2025 }).first('hours')).hours).toBe(8);
  });

  it('loads a page of institutions with their places, staff and training in as many statements as one', async () => {
    await createInstitution({ name: '批量一' });
    await createInstitution({ name: '批量二' });
    // Every institution of the county gets a staff member with training, so every page asks every loader.
    const county: { id: string }[] = await welfare()('institution').where({ county_code: '440305' }).select('id');
    for (const { id } of county) {
      const staffId = await addStaff(id, 'NURSE', true);
      expect((await as(officer, TRAINING, { input: { staffId, year: 2025, hours: 20 }, year: 2025 })).errors).toBeUndefined();
    }
    const statementsFor = async (size: number) => {
      let statements = 0;
      const count = () => statements++;
      welfare().on('query', count);
      try {
        const body = await as(
          officer,
          `query Page($first: Int) { rehabInstitutions(regionCode: "440305", first: $first) {
          nodes { id placesTaken activeRecipients serviceForms prices { unit } qualifiedStaffShare staff { role trainingHours(year: 2025) } } } }`,
          { first: size },
        );
        expect(body.errors).toBeUndefined();
        expect(body.data!.rehabInstitutions.nodes.length).toBe(size);
      } finally {
        welfare().off('query', count);
      }
      return statements;
    };
    expect(county.length).toBeGreaterThan(5);
    const forOne = await statementsFor(1);
    const forAll = await statementsFor(county.length);
    expect(forAll).toBe(forOne);
    // The page, then places taken, cases held, staff and training hours: one statement each.
    expect(forAll).toBe(5);
  });
});
