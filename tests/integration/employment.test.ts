// The disability federation's employment services through the gateway: certificates, training, jobs, placements and referral answers; their rules, refusals and region scope.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { derivePid } from '#platform/identity/pid.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { certificateDigest } from '../../subgraphs/employment/src/domain/certificate-number.js';
import { availableBackends, type Federation, type GraphQLBody, postGraphQL, startFederation, type LooseData } from '../federation-harness.js';

const backends = await availableBackends();
const SHENZHEN_COUNTY = '440305';
const GUANGZHOU_COUNTY = '440103';

type Body = GraphQLBody<LooseData>;
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;

const ISSUE = `mutation Issue($input: IssueCertificateInput!) { issueCertificate(input: $input) { person { pid disabilityCertificate { category grade issuedOn regionCode } } } }`;
const CREATE_COURSE = `mutation Course($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { id name regionCode } }`;
const ENROL = `mutation Enrol($input: EnrolInTrainingInput!) { enrolInTraining(input: $input) { person { employment { status trainings { id course startedOn completedOn } } } } }`;
const COMPLETE = `mutation Complete($input: CompleteTrainingInput!) { completeTraining(input: $input) { person { employment { trainings { id completedOn } } } } }`;
const REGISTER_EMPLOYER = `mutation Employer($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id name regionCode kind } }`;
const RECOMMEND = `mutation Recommend($input: RecommendJobInput!) { recommendJob(input: $input) { person { employment { recommendations { employer { id name } position recommendedOn } } } } }`;
const START = `mutation Start($input: StartPlacementInput!) { startPlacement(input: $input) { person { employment { status placements { id kind startedOn endedOn fullTime jobCoach regionCode referralId employer { id name } } } } } }`;
const END = `mutation End($input: EndPlacementInput!) { endPlacement(input: $input) { person { employment { placements { id endedOn } } } } }`;
const ANSWER = `mutation Answer($input: AnswerEmploymentReferralInput!) { answerEmploymentReferral(input: $input) { id status answeredAt declineReason answerDelivered person { pid } } }`;
const REFERRALS = `query Referrals($region: String!, $status: EmploymentReferralStatus, $first: Int, $after: String) {
  employmentReferrals(regionCode: $region, status: $status, first: $first, after: $after) {
    nodes { id countyCode outcome willingToWork ableToWork needsSupport handedOverAt receivedAt status answeredAt answerDelivered person { pid } placements { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every table an employment write touches: a refused write must leave each count as it was. */
const TABLES = [
  'disability_certificate',
  'training_course',
  'training_enrolment',
  'employer',
  'job_recommendation',
  'placement',
  'employment_referral',
  'audit_log',
  'mutation_receipt',
];

describe.each(backends)('the employment services on %s', (backend) => {
  let federation: Federation;
  let officer: string;
  let guangzhouOfficer: string;
  let sequence = 300;

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 20, seed: 5 });
    officer = await federation.tokenFor('EMPLOYMENT_OFFICER', { region: '440300', subject: 'officer-shenzhen' });
    guangzhouOfficer = await federation.tokenFor('EMPLOYMENT_OFFICER', { region: '440100', subject: 'officer-guangzhou' });
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const db = () => federation.agencies.employment.db;
  const as =
    (token: string) =>
    (query: string, variables: Record<string, unknown> = {}) =>
      federation.query(query, variables, undefined, token) as Promise<Body>;
  const asOfficer = (query: string, variables: Record<string, unknown> = {}) => as(officer)(query, variables);

  /** A new person: a valid citizen ID and the pid the agencies derive from it. */
  function newPerson(): { pid: string; citizenId: string } {
    const citizenId = buildCitizenId(SHENZHEN_COUNTY, '1985-06-15', sequence++);
    return { pid: derivePid(citizenId, federation.linkageKey), citizenId };
  }

  /** A referral as the importer writes it from the platform's hand-off. */
  let receivedSeconds = 0;
  async function receivedReferral(pid: string, countyCode = SHENZHEN_COUNTY, outcome = 'EMPLOYMENT'): Promise<string> {
    const id = randomUUID();
    // One second apart, so that the lists' oldest-first order is the order of these calls.
    const receivedAt = new Date(Date.parse('2025-03-02T09:00:00+08:00') + 1000 * receivedSeconds++);
    await db()('employment_referral').insert({
      id,
      referral_id: randomUUID(),
      pid,
      county_code: countyCode,
      outcome,
      willing_to_work: true,
      able_to_work: true,
      needs_support: false,
      handed_over_at: '2025-03-01T09:00:00+08:00',
      received_at: receivedAt,
      status: 'RECEIVED',
    });
    return id;
  }

  /** A person's employment fields as the subgraph resolves the entity for the gateway. */
  async function entity(token: string, pid: string, fields: string): Promise<Record<string, unknown>> {
    const body = (await federation.query(
      `query ($pid: ID!) { _entities(representations: [{ __typename: "Person", pid: $pid }]) { ... on Person { ${fields} } } }`,
      { pid },
      federation.agencies.employment.server.graphqlUrl,
      token,
    )) as Body;
    expect(body.errors).toBeUndefined();
    return body.data!._entities[0];
  }

  async function tableCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const [{ n }] = (await db()(table).count({ n: '*' })) as [{ n: number | string }];
      counts[table] = Number(n);
    }
    // The answer relay marks answers delivered in the background, audited as its own operation: not the refused request's doing.
    const requests = () => db()('audit_log').whereRaw("operation_name is distinct from 'deliverEmploymentAnswers'");
    const [{ n }] = (await requests().where({ action: 'WRITE' }).count({ n: '*' })) as [{ n: number | string }];
    counts.audit_log_writes = Number(n);
    // A refused write is audited as REFUSED (never told to the caller), and what it read as READ: it changes nothing else.
    const [{ n: written }] = (await requests().whereNotIn('action', ['REFUSED', 'READ']).count({ n: '*' })) as [{ n: number | string }];
    counts.audit_log = Number(written);
    return counts;
  }

  /** Runs a refused write and checks its code (and argument) and that no table changed. */
  async function refused(call: Promise<Body> | (() => Promise<Body>), code: string, argument?: string): Promise<Body> {
    const before = await tableCounts();
    const body = await (typeof call === 'function' ? call() : call);
    expect(codeOf(body), JSON.stringify(body.errors)).toBe(code);
    if (argument) expect(body.errors![0]!.extensions!.argument).toBe(argument);
    expect(await tableCounts()).toEqual(before);
    return body;
  }

  async function course(token = officer, countyCode = SHENZHEN_COUNTY): Promise<string> {
    const body = await as(token)(CREATE_COURSE, { input: { name: '西式烘焙职业技能培训班', countyCode } });
    expect(body.errors).toBeUndefined();
    return body.data!.createTrainingCourse.id;
  }

  async function employer(token = officer, countyCode = SHENZHEN_COUNTY): Promise<string> {
    const body = await as(token)(REGISTER_EMPLOYER, { input: { name: '深圳市安康物业管理有限公司', countyCode, kind: 'COMPANY' } });
    expect(body.errors).toBeUndefined();
    return body.data!.registerEmployer.id;
  }

  const placement = (pid: string, employerId: string | null, overrides: Record<string, unknown> = {}) => ({
    pid,
    kind: 'OPEN_EMPLOYMENT',
    employerId,
    startedOn: '2025-04-01',
    fullTime: true,
    countyCode: SHENZHEN_COUNTY,
    ...overrides,
  });

  describe('disability certificates', () => {
    it('issues a certificate from its number and keeps only the keyed digest, never the citizen ID', async () => {
      const { pid, citizenId } = newPerson();
      const body = await asOfficer(ISSUE, { input: { pid, number: `${citizenId}62`, issuedOn: '2024-08-01', countyCode: SHENZHEN_COUNTY } });
      expect(body.errors).toBeUndefined();
      expect(body.data!.issueCertificate.person.disabilityCertificate).toEqual({
        category: 'MENTAL',
        grade: 2,
        issuedOn: '2024-08-01',
        regionCode: SHENZHEN_COUNTY,
      });
      const row = await db()('disability_certificate').where({ pid }).first();
      expect(row.number_digest).toBe(certificateDigest(`${citizenId}62`, federation.linkageKey));
      // Nowhere in the federation's database: not the record, not the audit, not the idempotency receipts.
      for (const table of TABLES) {
        const rows = JSON.stringify(await db()(table).select());
        expect(rows, table).not.toContain(citizenId.slice(0, 14));
      }
    });

    it('maps the category digit as GB/T 26341 numbers the categories (1 visual … 6 mental, 7 multiple)', async () => {
      const expected = ['VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE'];
      for (const [n, category] of expected.entries()) {
        const { pid, citizenId } = newPerson();
        const body = await asOfficer(ISSUE, { input: { pid, number: `${citizenId}${n + 1}4`, issuedOn: '2024-08-01', countyCode: SHENZHEN_COUNTY } });
        expect(body.data!.issueCertificate.person.disabilityCertificate).toMatchObject({ category, grade: 4 });
      }
    });

    it('refuses a bad number without echoing it and writes nothing: invalid citizen ID, another person, category 0 or 8, grade 0 or 5', async () => {
      const { pid, citizenId } = newPerson();
      const other = newPerson();
      const wrongCheck = `${citizenId.slice(0, 17)}${citizenId[17] === '0' ? '1' : '0'}`;
      const numbers = [`${wrongCheck}62`, `${other.citizenId}62`, `${citizenId}02`, `${citizenId}82`, `${citizenId}60`, `${citizenId}65`, `${citizenId}6`];
      for (const number of numbers) {
        const body = await refused(
          asOfficer(ISSUE, { input: { pid, number, issuedOn: '2024-08-01', countyCode: SHENZHEN_COUNTY } }),
          'BAD_USER_INPUT',
          'input.number',
        );
        expect(body.errors![0]!.message).not.toContain(citizenId.slice(0, 14));
        expect(body.errors![0]!.message).not.toContain(other.citizenId.slice(0, 14));
      }
      const notHis = await asOfficer(ISSUE, { input: { pid, number: `${other.citizenId}62`, issuedOn: '2024-08-01', countyCode: SHENZHEN_COUNTY } });
      expect(notHis.errors![0]!.message).toContain('不属于该人员');
    });

    it('says a bad number in Chinese by default and in English on Accept-Language: en, the code unchanged', async () => {
      const { pid, citizenId } = newPerson();
      const variables = { input: { pid, number: `${citizenId}82`, issuedOn: '2024-08-01', countyCode: SHENZHEN_COUNTY } };
      expect((await asOfficer(ISSUE, variables)).errors?.[0]).toMatchObject({
        message: 'input.number 的残疾类别数字不在 1 到 7 之间',
        extensions: { code: 'BAD_USER_INPUT', argument: 'input.number' },
      });
      const english = await postGraphQL(federation.gateway.graphqlUrl, ISSUE, variables, officer, { 'accept-language': 'en' });
      expect(english.errors?.[0]).toMatchObject({
        message: 'input.number has a category digit outside 1-7',
        extensions: { code: 'BAD_USER_INPUT', argument: 'input.number' },
      });
    });

    it('refuses a second certificate, a county outside the region and a code that is not a county', async () => {
      const { pid, citizenId } = newPerson();
      const input = { pid, number: `${citizenId}63`, issuedOn: '2024-08-01', countyCode: SHENZHEN_COUNTY };
      expect((await asOfficer(ISSUE, { input })).errors).toBeUndefined();
      await refused(asOfficer(ISSUE, { input: { ...input, number: `${citizenId}61` } }), 'ALREADY_EXISTS');
      const fresh = newPerson();
      await refused(asOfficer(ISSUE, { input: { ...input, pid: fresh.pid, number: `${fresh.citizenId}63`, countyCode: GUANGZHOU_COUNTY } }), 'FORBIDDEN');
      await refused(
        asOfficer(ISSUE, { input: { ...input, pid: fresh.pid, number: `${fresh.citizenId}63`, countyCode: '440300' } }),
        'BAD_USER_INPUT',
        'input.countyCode',
      );
    });

    it('replays a retried write under its idempotency key and refuses the key with another payload', async () => {
      const { pid, citizenId } = newPerson();
      const input = { pid, number: `${citizenId}62`, issuedOn: '2024-08-01', countyCode: SHENZHEN_COUNTY, idempotencyKey: `cert-${pid.slice(0, 10)}` };
      const first = await asOfficer(ISSUE, { input });
      expect(first.errors).toBeUndefined();
      const before = await tableCounts();
      const replay = await asOfficer(ISSUE, { input });
      expect(replay.data).toEqual(first.data);
      expect({ ...(await tableCounts()), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
      await refused(asOfficer(ISSUE, { input: { ...input, issuedOn: '2024-08-02' } }), 'IDEMPOTENCY_KEY_REUSED');
    });
  });

  describe('vocational training', () => {
    it('creates a course, lists it for the region, enrols a person and records the completion', async () => {
      const { pid } = newPerson();
      const courseId = await course();
      const list = await asOfficer(
        `query ($after: String) { trainingCourses(regionCode: "440300", first: 500, after: $after) { nodes { id name regionCode } } }`,
      );
      expect(list.data!.trainingCourses.nodes).toContainEqual({ id: courseId, name: '西式烘焙职业技能培训班', regionCode: SHENZHEN_COUNTY });
      const enrolled = await asOfficer(ENROL, { input: { pid, courseId, startedOn: '2025-05-06' } });
      expect(enrolled.errors).toBeUndefined();
      const profile = enrolled.data!.enrolInTraining.person.employment;
      expect(profile.trainings).toEqual([{ id: expect.any(String), course: '西式烘焙职业技能培训班', startedOn: '2025-05-06', completedOn: null }]);
      expect(profile.status).toBe('IN_TRAINING');
      await refused(asOfficer(ENROL, { input: { pid, courseId, startedOn: '2025-06-01' } }), 'ALREADY_EXISTS');

      const enrolmentId = profile.trainings[0].id;
      await refused(asOfficer(COMPLETE, { input: { enrolmentId, completedOn: '2025-05-05' } }), 'BAD_USER_INPUT', 'input.completedOn');
      const completed = await asOfficer(COMPLETE, { input: { enrolmentId, completedOn: '2025-07-30' } });
      expect(completed.data!.completeTraining.person.employment.trainings).toEqual([{ id: enrolmentId, completedOn: '2025-07-30' }]);
      await refused(asOfficer(COMPLETE, { input: { enrolmentId, completedOn: '2025-08-30' } }), 'BAD_USER_INPUT', 'input.enrolmentId');
    });

    it('refuses an unknown course and one outside the region alike, writing nothing', async () => {
      const { pid } = newPerson();
      await refused(asOfficer(ENROL, { input: { pid, courseId: randomUUID(), startedOn: '2025-05-06' } }), 'NOT_FOUND');
      const guangzhouCourse = await course(guangzhouOfficer, GUANGZHOU_COUNTY);
      const outside = await refused(asOfficer(ENROL, { input: { pid, courseId: guangzhouCourse, startedOn: '2025-05-06' } }), 'NOT_FOUND');
      expect(outside.errors![0]!.message).toBe('您所辖地区内没有此编号的培训课程');
      await refused(asOfficer(ENROL, { input: { pid, courseId: 'not-a-course', startedOn: '2025-05-06' } }), 'BAD_USER_INPUT', 'input.courseId');
    });
  });

  describe('employers and job recommendations', () => {
    it('registers an employer, lists it, and recommends a job there', async () => {
      const { pid } = newPerson();
      const employerId = await employer();
      const list = await asOfficer(`{ employers(regionCode: "440305", first: 500) { nodes { id name regionCode kind } } }`);
      expect(list.data!.employers.nodes).toContainEqual({ id: employerId, name: '深圳市安康物业管理有限公司', regionCode: SHENZHEN_COUNTY, kind: 'COMPANY' });
      const recommended = await asOfficer(RECOMMEND, { input: { pid, employerId, position: '保洁员', recommendedOn: '2025-05-10' } });
      expect(recommended.errors).toBeUndefined();
      expect(recommended.data!.recommendJob.person.employment.recommendations).toEqual([
        { employer: { id: employerId, name: '深圳市安康物业管理有限公司' }, position: '保洁员', recommendedOn: '2025-05-10' },
      ]);
    });

    it('refuses an unknown employer and one outside the region, writing nothing', async () => {
      const { pid } = newPerson();
      await refused(asOfficer(RECOMMEND, { input: { pid, employerId: randomUUID(), position: '保洁员', recommendedOn: '2025-05-10' } }), 'NOT_FOUND');
      const guangzhouEmployer = await employer(guangzhouOfficer, GUANGZHOU_COUNTY);
      await refused(asOfficer(RECOMMEND, { input: { pid, employerId: guangzhouEmployer, position: '保洁员', recommendedOn: '2025-05-10' } }), 'NOT_FOUND');
      await refused(asOfficer(START, { input: placement(pid, guangzhouEmployer) }), 'NOT_FOUND');
    });
  });

  describe('placements', () => {
    it('starts a full-time placement and refuses another full-time one that overlaps it, but not part-time work', async () => {
      const { pid } = newPerson();
      const employerId = await employer();
      const started = await asOfficer(START, { input: placement(pid, employerId) });
      expect(started.errors).toBeUndefined();
      expect(started.data!.startPlacement.person.employment.placements).toEqual([
        {
          id: expect.any(String),
          kind: 'OPEN_EMPLOYMENT',
          startedOn: '2025-04-01',
          endedOn: null,
          fullTime: true,
          jobCoach: null,
          regionCode: SHENZHEN_COUNTY,
          referralId: null,
          employer: { id: employerId, name: '深圳市安康物业管理有限公司' },
        },
      ]);
      expect(started.data!.startPlacement.person.employment.status).toBe('EMPLOYED');
      // The open placement runs to infinity: a later full-time one overlaps it, an earlier fixed-term one ending the day before does not.
      await refused(
        asOfficer(START, { input: placement(pid, employerId, { startedOn: '2026-01-05', endedOn: '2026-03-01' }) }),
        'BAD_USER_INPUT',
        'input.startedOn',
      );
      await refused(
        asOfficer(START, { input: placement(pid, employerId, { startedOn: '2025-01-01', endedOn: '2025-04-01' }) }),
        'BAD_USER_INPUT',
        'input.startedOn',
      );
      const before = await asOfficer(START, { input: placement(pid, employerId, { startedOn: '2025-01-01', endedOn: '2025-03-31' }) });
      expect(before.errors).toBeUndefined();
      const partTime = await asOfficer(START, { input: placement(pid, null, { kind: 'SELF_EMPLOYMENT', startedOn: '2025-06-01', fullTime: false }) });
      expect(partTime.errors).toBeUndefined();
      expect(partTime.data!.startPlacement.person.employment.placements.map((p: { startedOn: string }) => p.startedOn)).toEqual([
        '2025-06-01',
        '2025-04-01',
        '2025-01-01',
      ]);
    });

    it('refuses a placement that ends before it starts and supported employment without a job coach, writing nothing', async () => {
      const { pid } = newPerson();
      const employerId = await employer();
      await refused(asOfficer(START, { input: placement(pid, employerId, { endedOn: '2025-03-31' }) }), 'BAD_USER_INPUT', 'input.endedOn');
      const uncoached = { input: placement(pid, employerId, { kind: 'SUPPORTED_EMPLOYMENT' }) };
      const refusal = await refused(asOfficer(START, uncoached), 'BAD_USER_INPUT', 'input.jobCoach');
      expect(refusal.errors?.[0]?.message).toBe('SUPPORTED_EMPLOYMENT（辅助性就业）须填写 input.jobCoach');
      const english = await postGraphQL(federation.gateway.graphqlUrl, START, uncoached, officer, { 'accept-language': 'en' });
      expect(english.errors?.[0]).toMatchObject({
        message: 'SUPPORTED_EMPLOYMENT needs input.jobCoach',
        extensions: { code: 'BAD_USER_INPUT', argument: 'input.jobCoach' },
      });
      await refused(asOfficer(START, { input: placement(pid, null) }), 'BAD_USER_INPUT', 'input.employerId');
      await refused(asOfficer(START, { input: placement(pid, employerId, { countyCode: GUANGZHOU_COUNTY }) }), 'FORBIDDEN');
      const coached = await asOfficer(START, { input: placement(pid, employerId, { kind: 'SUPPORTED_EMPLOYMENT', jobCoach: '就业辅导员' }) });
      expect(coached.data!.startPlacement.person.employment.placements[0]).toMatchObject({ kind: 'SUPPORTED_EMPLOYMENT', jobCoach: '就业辅导员' });
    });

    it('ends a placement, lists those ending soon, and refuses to end one twice', async () => {
      const { pid } = newPerson();
      const employerId = await employer();
      const today = chinaToday();
      const inTenDays = new Date(Date.parse(`${today}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
      const started = await asOfficer(START, { input: placement(pid, employerId, { startedOn: '2025-02-01', endedOn: inTenDays }) });
      const placementId = started.data!.startPlacement.person.employment.placements[0].id;
      const soon = await asOfficer(`{ placementsEndingSoon(regionCode: "440000", withinDays: 10, first: 500) { nodes { id endedOn } } }`);
      expect(soon.data!.placementsEndingSoon.nodes).toContainEqual({ id: placementId, endedOn: inTenDays });
      const notYet = await asOfficer(`{ placementsEndingSoon(regionCode: "440000", withinDays: 9, first: 500) { nodes { id } } }`);
      expect(notYet.data!.placementsEndingSoon.nodes).not.toContainEqual({ id: placementId });
      for (const days of [0, 366])
        expect(codeOf(await asOfficer(`{ placementsEndingSoon(regionCode: "440000", withinDays: ${days}) { nodes { id } } }`))).toBe('BAD_USER_INPUT');

      await refused(asOfficer(END, { input: { placementId, endedOn: '2025-01-31' } }), 'BAD_USER_INPUT', 'input.endedOn');
      const ended = await asOfficer(END, { input: { placementId, endedOn: '2025-09-30' } });
      expect(ended.data!.endPlacement.person.employment.placements).toEqual([{ id: placementId, endedOn: '2025-09-30' }]);
      await refused(asOfficer(END, { input: { placementId, endedOn: '2025-10-30' } }), 'BAD_USER_INPUT', 'input.placementId');
      await refused(asOfficer(END, { input: { placementId: '999999999', endedOn: '2025-10-30' } }), 'NOT_FOUND');
    });
  });

  describe('referrals from the platform', () => {
    it('lists received referrals with their readiness flags only, and pages them with signed cursors', async () => {
      const people = [newPerson(), newPerson(), newPerson()];
      const ids: string[] = [];
      for (const { pid } of people) ids.push(await receivedReferral(pid, '440306'));
      const first = await asOfficer(REFERRALS, { region: '440306', first: 2 });
      expect(first.errors).toBeUndefined();
      expect(first.data!.employmentReferrals.nodes.map((n: { id: string }) => n.id)).toEqual(ids.slice(0, 2));
      expect(first.data!.employmentReferrals.nodes[0]).toMatchObject({
        countyCode: '440306',
        outcome: 'EMPLOYMENT',
        willingToWork: true,
        ableToWork: true,
        needsSupport: false,
        handedOverAt: '2025-03-01T09:00:00+08:00',
        status: 'RECEIVED',
        answeredAt: null,
        answerDelivered: false,
        person: { pid: people[0]!.pid },
        placements: [],
      });
      expect(first.data!.employmentReferrals.pageInfo.hasNextPage).toBe(true);
      const second = await asOfficer(REFERRALS, { region: '440306', first: 2, after: first.data!.employmentReferrals.pageInfo.endCursor });
      expect(second.data!.employmentReferrals.nodes.map((n: { id: string }) => n.id)).toEqual(ids.slice(2));
      expect(second.data!.employmentReferrals.pageInfo.hasNextPage).toBe(false);
      const forged = await asOfficer(REFERRALS, { region: '440306', after: `${first.data!.employmentReferrals.pageInfo.endCursor}x` });
      expect(codeOf(forged)).toBe('BAD_USER_INPUT');
    });

    it('acknowledges once: the same answer again returns the same referral and writes nothing, the other answer is an illegal transition', async () => {
      const { pid } = newPerson();
      const referralId = await receivedReferral(pid);
      const acknowledged = await asOfficer(ANSWER, { input: { referralId, decision: 'ACKNOWLEDGED' } });
      expect(acknowledged.errors).toBeUndefined();
      expect(acknowledged.data!.answerEmploymentReferral).toMatchObject({
        id: referralId,
        status: 'ACKNOWLEDGED',
        declineReason: null,
        answerDelivered: false,
        person: { pid },
      });
      expect(acknowledged.data!.answerEmploymentReferral.answeredAt).toMatch(/\+08:00$/);
      expect(await db()('employment_referral').where({ id: referralId }).first('answered_by', 'answer_delivered_at')).toEqual({
        answered_by: 'officer-shenzhen',
        answer_delivered_at: null,
      });

      const before = await tableCounts();
      const again = await asOfficer(ANSWER, { input: { referralId, decision: 'ACKNOWLEDGED' } });
      expect(again.data).toEqual(acknowledged.data);
      // Only the read of the answer is audited; no table, and no write audit, changed.
      expect({ ...(await tableCounts()), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
      const other = await refused(asOfficer(ANSWER, { input: { referralId, decision: 'DECLINED', reason: '本人已回原籍' } }), 'ILLEGAL_TRANSITION');
      expect(other.errors![0]!.extensions!.currentStatus).toBe('ACKNOWLEDGED');
    });

    it('declines only with a reason', async () => {
      const { pid } = newPerson();
      const referralId = await receivedReferral(pid, SHENZHEN_COUNTY, 'SHELTERED_EMPLOYMENT');
      await refused(asOfficer(ANSWER, { input: { referralId, decision: 'DECLINED' } }), 'BAD_USER_INPUT', 'input.reason');
      await refused(asOfficer(ANSWER, { input: { referralId, decision: 'DECLINED', reason: '   ' } }), 'BAD_USER_INPUT', 'input.reason');
      const declined = await asOfficer(ANSWER, { input: { referralId, decision: 'DECLINED', reason: '本人暂无就业意愿' } });
      expect(declined.data!.answerEmploymentReferral).toMatchObject({ status: 'DECLINED', declineReason: '本人暂无就业意愿' });
      await refused(asOfficer(ANSWER, { input: { referralId: randomUUID(), decision: 'ACKNOWLEDGED' } }), 'NOT_FOUND');
    });

    it('lists acknowledged people waiting for work until a placement links to their referral', async () => {
      const { pid } = newPerson();
      const referralId = await receivedReferral(pid, '440307');
      const waiting = `{ referredNotPlaced(regionCode: "440307", first: 500) { nodes { id person { pid } } } }`;
      expect((await asOfficer(waiting)).data!.referredNotPlaced.nodes).toEqual([]);
      const employerId = await employer();
      // Only an acknowledged referral of the same person may be linked.
      await refused(asOfficer(START, { input: placement(pid, employerId, { startedOn: chinaToday(), referralId }) }), 'BAD_USER_INPUT', 'input.referralId');
      await asOfficer(ANSWER, { input: { referralId, decision: 'ACKNOWLEDGED' } });
      expect((await asOfficer(waiting)).data!.referredNotPlaced.nodes).toEqual([{ id: referralId, person: { pid } }]);
      const someoneElse = newPerson();
      await refused(
        asOfficer(START, { input: placement(someoneElse.pid, employerId, { startedOn: chinaToday(), referralId }) }),
        'BAD_USER_INPUT',
        'input.referralId',
      );

      const started = await asOfficer(START, { input: placement(pid, employerId, { startedOn: chinaToday(), countyCode: '440307', referralId }) });
      expect(started.errors).toBeUndefined();
      expect(started.data!.startPlacement.person.employment.placements[0].referralId).toBe(referralId);
      expect((await asOfficer(waiting)).data!.referredNotPlaced.nodes).toEqual([]);
      const linked = await asOfficer(REFERRALS, { region: '440307', status: 'ACKNOWLEDGED' });
      expect(linked.data!.employmentReferrals.nodes[0].placements).toHaveLength(1);
      const profile = await entity(officer, pid, 'employment { referrals { id status } }');
      expect(profile).toEqual({ employment: { referrals: [{ id: referralId, status: 'ACKNOWLEDGED' }] } });
    });
  });

  describe('region scope and minimum necessary', () => {
    it("answers a person or row outside the caller's region as unknown, and shows nothing of it", async () => {
      const { pid } = newPerson();
      const referralId = await receivedReferral(pid);
      const employerId = await employer();
      const started = await asOfficer(START, { input: placement(pid, employerId) });
      const placementId = started.data!.startPlacement.person.employment.placements[0].id;
      const courseId = await course();
      const enrolled = await asOfficer(ENROL, { input: { pid, courseId, startedOn: '2025-05-06' } });
      const enrolmentId = enrolled.data!.enrolInTraining.person.employment.trainings[0].id;

      const guangzhou = as(guangzhouOfficer);
      await refused(guangzhou(ANSWER, { input: { referralId, decision: 'ACKNOWLEDGED' } }), 'NOT_FOUND');
      await refused(guangzhou(END, { input: { placementId, endedOn: '2025-10-30' } }), 'NOT_FOUND');
      await refused(guangzhou(COMPLETE, { input: { enrolmentId, completedOn: '2025-07-30' } }), 'NOT_FOUND');
      // The person lives in Shenzhen as far as the federation knows (their referral): a Guangzhou officer cannot place them.
      const guangzhouEmployer = await employer(guangzhouOfficer, GUANGZHOU_COUNTY);
      await refused(
        guangzhou(START, { input: placement(pid, guangzhouEmployer, { startedOn: '2024-01-01', endedOn: '2024-02-01', countyCode: GUANGZHOU_COUNTY }) }),
        'NOT_FOUND',
      );

      expect((await guangzhou(REFERRALS, { region: '440300' })).data!.employmentReferrals.nodes).toEqual([]);
      expect((await guangzhou(REFERRALS, { region: '440000' })).data!.employmentReferrals.nodes.map((n: { id: string }) => n.id)).not.toContain(referralId);
      expect(await entity(guangzhouOfficer, pid, 'employment { status } disabilityCertificate { grade }')).toEqual({
        employment: null,
        disabilityCertificate: null,
      });
      expect(await entity(officer, pid, 'employment { status }')).toEqual({ employment: { status: 'EMPLOYED' } });
    });

    it('never shows an employment officer diagnosis or risk grade, and keeps no such column', async () => {
      const registryOfficer = await federation.tokenFor('REGISTRY_OFFICER');
      const page = await as(registryOfficer)(`{ patients(filter: { regionCode: "440000" }, first: 1) { nodes { pid } } }`);
      const pid = page.data!.patients.nodes[0].pid;
      const nationwideOfficer = await federation.tokenFor('EMPLOYMENT_OFFICER');
      const body = await as(nationwideOfficer)(`query ($pid: ID!) { person(pid: $pid) { pid registry { diagnosis { category } riskLevel } } }`, { pid });
      expect(body.data!.person).toEqual({ pid, registry: null });
      expect(body.errors!.map((e) => [e.path!.join('.'), e.extensions!.code])).toEqual([['person.registry', 'FORBIDDEN']]);

      const { rows } = (await db().raw(`select table_name, column_name from information_schema.columns where table_schema = current_schema()`)) as {
        rows: { table_name: string; column_name: string }[];
      };
      expect(rows.length).toBeGreaterThan(20);
      expect(rows.filter((r) => /diagnos|icd|risk|grade_risk/i.test(r.column_name))).toEqual([]);
    });

    it('reads a page of referrals with people, profiles, placements and employers in the same statements whatever its size', async () => {
      for (let n = 0; n < 12; n++) {
        const { pid } = newPerson();
        await receivedReferral(pid, '440308');
      }
      const query = `query ($first: Int) { employmentReferrals(regionCode: "440308", first: $first) { nodes { id placements { id employer { name } }
        person { pid disabilityCertificate { grade } employment { status placements { id employer { name } } trainings { course } referrals { id placements { id } } recommendations { employer { name } } } } } } }`;
      const statementsFor = async (first: number) => {
        let statements = 0;
        const onQuery = () => statements++;
        db().on('query', onQuery);
        try {
          const body = await asOfficer(query, { first });
          expect(body.errors).toBeUndefined();
          expect(body.data!.employmentReferrals.nodes).toHaveLength(first);
        } finally {
          db().off('query', onQuery);
        }
        return statements;
      };
      const small = await statementsFor(2);
      const large = await statementsFor(12);
      expect(large).toBe(small);
      // The page, the placements of its referrals, the certificates, the profiles (one statement for their four lists), and the read audit.
      expect(large).toBeLessThanOrEqual(5);
    });
  });
});
