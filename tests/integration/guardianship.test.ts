// The guardianship incentive in the running federation: wards on Person, the audited idempotent writes and their
// refusals, the yearly payment rule end to end, the indicators against an independent count, and batching.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divisionPrefix } from '#platform/statistics/division.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { availableBackends, type Federation, type GraphQLBody, postGraphQL, startFederation } from '../federation-harness.js';

const backends = await availableBackends();
const YEAR = 2025;
const GUARDIANSHIP_FIELDS = `eligibility eligibleSince regionCode
  guardians { id relationship since endedOn }
  agreementInForce { id guardianId signedOn }
  agreements { id guardianId signedOn terminatedOn terminationReason }
  reviews { id year quarter reviewedOn outcome incident reviewerRole }
  reviewsOfYear: reviews(year: ${YEAR}) { year quarter }
  payments { id guardianId year amountYuan status withheldReason decidedOn }`;
const INDICATOR_FIELDS = 'regionCode guardianshipEligibleHighRisk guardianshipAgreementsSigned guardianshipAgreementRate';
const INDICATORS = `query Indicators($region: String!, $year: Int!) { rehabIndicators(regionCode: $region, year: $year) { ${INDICATOR_FIELDS} children { ${INDICATOR_FIELDS} } } }`;
const TABLES = ['ward', 'guardian', 'responsibility_agreement', 'quarterly_review', 'incentive_payment', 'mutation_receipt'] as const;

interface Guardianship {
  eligibility: string;
  eligibleSince: string;
  regionCode: string;
  guardians: { id: string; relationship: string; since: string; endedOn: string | null }[];
  agreementInForce: { id: string; guardianId: string; signedOn: string } | null;
  agreements: { id: string; guardianId: string; signedOn: string; terminatedOn: string | null; terminationReason: string | null }[];
  reviews: { id: string; year: number; quarter: number; reviewedOn: string; outcome: string; incident: boolean; reviewerRole: string }[];
  reviewsOfYear: { year: number; quarter: number }[];
  payments: { id: string; guardianId: string; year: number; amountYuan: number; status: string; withheldReason: string | null; decidedOn: string }[];
}

interface Cells {
  regionCode: string;
  guardianshipEligibleHighRisk: number | null;
  guardianshipAgreementsSigned: number | null;
  guardianshipAgreementRate: number | null;
}

const MUTATIONS = {
  enrol: `mutation Enrol($input: EnrolWardInput!) { enrolWard(input: $input) { eligibility eligibleSince regionCode guardians { id } } }`,
  register: `mutation Register($input: RegisterGuardianInput!) { registerGuardian(input: $input) { id relationship since endedOn } }`,
  end: `mutation End($input: EndGuardianInput!) { endGuardian(input: $input) { id endedOn } }`,
  sign: `mutation Sign($input: SignResponsibilityAgreementInput!) { signResponsibilityAgreement(input: $input) { id guardianId signedOn terminatedOn } }`,
  terminate: `mutation Terminate($input: TerminateResponsibilityAgreementInput!) { terminateResponsibilityAgreement(input: $input) { id terminatedOn terminationReason } }`,
  review: `mutation Review($input: RecordQuarterlyReviewInput!) { recordQuarterlyReview(input: $input) { id year quarter outcome incident reviewerRole } }`,
  decide: `mutation Decide($input: DecideIncentivePaymentInput!) { decideIncentivePayment(input: $input) { id guardianId year amountYuan status withheldReason decidedOn } }`,
};

describe.each(backends)('the guardianship subgraph on %s', (backend) => {
  let federation: Federation;
  let officer: string;
  let registryPids: string[];
  let wardPids: string[];
  let freshPids: string[];
  const db = () => federation.subgraphs.guardianship!.db;
  const guardianshipUrl = () => federation.subgraphs.guardianship!.server.graphqlUrl;

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 300, seed: 11 });
    officer = await federation.tokenFor('GUARDIANSHIP_OFFICER');
    registryPids = (await federation.agencies.registry.db('patient').select('pid').orderBy('pid')).map((r: { pid: string }) => r.pid);
    wardPids = (await db()('ward').select('pid').orderBy('pid')).map((r: { pid: string }) => r.pid);
    // People the committees have not enrolled: the writes below enrol them one by one.
    freshPids = registryPids.filter((pid) => !wardPids.includes(pid));
  });
  afterAll(async () => {
    await federation?.stop();
  });

  let nextFresh = 0;
  const freshPid = () => freshPids[nextFresh++]!;
  const countyOf = async (pid: string) => (await federation.agencies.registry.db('patient').where({ pid }).first('county_code')).county_code as string;
  const elsewhere = (county: string) => (county.startsWith('11') ? '310101' : '110101');

  async function mutate<T = Record<string, unknown>>(name: keyof typeof MUTATIONS, input: Record<string, unknown>, token = officer): Promise<GraphQLBody<T>> {
    return federation.query<T>(MUTATIONS[name], { input }, undefined, token);
  }
  const codeOf = (body: GraphQLBody<unknown>) => body.errors?.[0]?.extensions?.code;

  async function guardianshipOf(pid: string, token: string): Promise<GraphQLBody<{ person: { guardianship: Guardianship | null } | null }>> {
    return federation.query(`query Guardianship($pid: ID!) { person(pid: $pid) { guardianship { ${GUARDIANSHIP_FIELDS} } } }`, { pid }, undefined, token);
  }

  async function tableCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of TABLES) counts[table] = Number((await db()(table).count({ n: '*' }).first())!.n);
    counts.writes = Number((await db()('audit_log').where({ action: 'WRITE' }).count({ n: '*' }).first())!.n);
    return counts;
  }

  /** A fresh ward in its registry county, with a current guardian; returns what the next writes need. */
  async function wardWithGuardian(since = '2024-01-10'): Promise<{ pid: string; county: string; guardianId: string }> {
    const pid = freshPid();
    const county = await countyOf(pid);
    const enrolled = await mutate('enrol', { pid, countyCode: county, eligibility: 'HIGH_RISK', eligibleSince: '2024-01-01' });
    expect(enrolled.errors).toBeUndefined();
    const guardian = await mutate<{ registerGuardian: { id: string } }>('register', { pid, relationship: 'PARENT', since });
    expect(guardian.errors).toBeUndefined();
    return { pid, county, guardianId: guardian.data!.registerGuardian.id };
  }

  /** Records the four reviews of a year, each a few days after its quarter ended; `change` sets one quarter apart. */
  async function reviewYear(pid: string, year: number, change: { quarter: number; outcome?: string; incident?: boolean } | null = null): Promise<void> {
    for (const quarter of [1, 2, 3, 4]) {
      const special = change?.quarter === quarter ? change : null;
      const reviewedOn = quarter === 4 ? `${year + 1}-01-08` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-05`;
      const answer = await mutate('review', {
        pid,
        year,
        quarter,
        reviewedOn,
        outcome: special?.outcome ?? 'DUTIES_FULFILLED',
        incident: special?.incident ?? false,
      });
      expect(answer.errors, `Q${quarter}`).toBeUndefined();
    }
  }

  it('refuses a direct call without a token', async () => {
    const answer = await postGraphQL(guardianshipUrl(), '{ _service { sdl } }', {}, null);
    expect(answer.status).toBe(401);
  });

  it("shows a ward's guardianship through the gateway to a guardianship officer and a social worker, and audits the read", async () => {
    const seeded: { pid: string } = await db()('incentive_payment').first('pid').orderBy('pid');
    const pid = seeded.pid;
    const ward = await db()('ward').where({ pid }).first();
    const guardians = await db()('guardian').where({ pid });
    const agreements = await db()('responsibility_agreement').where({ pid });
    const reviews = await db()('quarterly_review').where({ pid });
    const payments = await db()('incentive_payment').where({ pid });
    for (const role of ['GUARDIANSHIP_OFFICER', 'SOCIAL_WORKER'] as const) {
      const reads = async () => (await db()('audit_log').where({ pid, action: 'READ', role })).length;
      const before = await reads();
      const answer = await guardianshipOf(pid, await federation.tokenFor(role));
      expect(answer.errors).toBeUndefined();
      const g = answer.data!.person!.guardianship!;
      expect(g).toMatchObject({ eligibility: ward.eligibility, eligibleSince: ward.eligible_since, regionCode: ward.county_code });
      expect(g.guardians.map((x) => x.id).sort()).toEqual(guardians.map((r: { id: number }) => String(r.id)).sort());
      expect(g.agreements.map((x) => x.id).sort()).toEqual(agreements.map((r: { id: number }) => String(r.id)).sort());
      const inForce = agreements.find((r: { terminated_on: string | null }) => r.terminated_on === null);
      expect(g.agreementInForce?.id ?? null).toBe(inForce ? String(inForce.id) : null);
      expect(g.reviews.map((x) => x.id).sort()).toEqual(reviews.map((r: { id: number }) => String(r.id)).sort());
      expect(g.reviewsOfYear).toHaveLength(reviews.filter((r: { year: number }) => Number(r.year) === YEAR).length);
      expect(g.reviewsOfYear.every((r) => r.year === YEAR)).toBe(true);
      expect(g.payments.map((x) => [x.year, x.status, x.amountYuan, x.withheldReason])).toEqual(
        payments.map((r: { year: number; status: string; amount_yuan: number; withheld_reason: string | null }) => [
          Number(r.year),
          r.status,
          Number(r.amount_yuan),
          r.withheld_reason,
        ]),
      );
      expect(await reads()).toBe(before + 1);
      const audit = await db()('audit_log').where({ pid, action: 'READ', role }).orderBy('id', 'desc').first();
      // The guarded field, and each leaf read under it.
      expect(audit.fields[0]).toBe('Person.guardianship');
      expect(audit.fields).toContain('Person.guardianship.eligibility');
      expect(audit.fields.every((field: string) => field.startsWith('Person.guardianship'))).toBe(true);
    }
  });

  it('answers null for a person who is not a ward', async () => {
    const answer = await guardianshipOf(freshPids[freshPids.length - 1]!, officer);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.person!.guardianship).toBeNull();
  });

  it("refuses an employment officer, and shows nothing outside the caller's region", async () => {
    const pid = wardPids[0]!;
    const county: string = (await db()('ward').where({ pid }).first('county_code')).county_code;
    const refused = await guardianshipOf(pid, await federation.tokenFor('EMPLOYMENT_OFFICER'));
    expect(refused.data?.person?.guardianship ?? null).toBeNull();
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const outsider = await federation.tokenFor('GUARDIANSHIP_OFFICER', { region: elsewhere(county) });
    const outside = await guardianshipOf(pid, outsider);
    expect(outside.data?.person?.guardianship ?? null).toBeNull();
    // Asked directly by key, the subgraph answers null too: nothing hints that the person is a ward.
    const direct = await federation.query<{ _entities: { guardianship: unknown }[] }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { guardianship { eligibility } } } }`,
      { representations: [{ __typename: 'Person', pid }] },
      guardianshipUrl(),
      outsider,
    );
    expect(direct.errors).toBeUndefined();
    expect(direct.data!._entities).toEqual([{ guardianship: null }]);
  });

  it('runs a ward through the year: enrolment, guardian, agreement, four reviews with an incident, and a withheld payment', async () => {
    const { pid, guardianId } = await wardWithGuardian();
    const signed = await mutate<{ signResponsibilityAgreement: { id: string; guardianId: string } }>('sign', { pid, guardianId, signedOn: '2024-02-01' });
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.signResponsibilityAgreement.guardianId).toBe(guardianId);
    await reviewYear(pid, YEAR, { quarter: 3, incident: true });
    const decided = await mutate<{
      decideIncentivePayment: { status: string; withheldReason: string; amountYuan: number; guardianId: string; decidedOn: string };
    }>('decide', { pid, year: YEAR });
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideIncentivePayment).toMatchObject({
      status: 'WITHHELD',
      withheldReason: 'INCIDENT',
      amountYuan: 0,
      guardianId,
      decidedOn: chinaToday(),
    });
    const again = await mutate('decide', { pid, year: YEAR });
    expect(codeOf(again)).toBe('ALREADY_EXISTS');
    expect(await db()('incentive_payment').where({ pid })).toHaveLength(1);
    // Every write left its audit row: enrolment, guardian, agreement, four reviews, the decision.
    const writes = await db()('audit_log').where({ pid, action: 'WRITE' }).orderBy('id');
    expect(writes.map((w: { fields: string[] }) => w.fields[0])).toEqual([
      'ward',
      'guardian',
      'responsibility_agreement',
      'quarterly_review',
      'quarterly_review',
      'quarterly_review',
      'quarterly_review',
      'incentive_payment',
    ]);
    expect(writes.every((w: { role: string; subject: string }) => w.role === 'GUARDIANSHIP_OFFICER')).toBe(true);
  });

  it('pays the configured yearly amount when every quarter was fulfilled, and withholds it when one was not', async () => {
    const paid = await wardWithGuardian();
    expect((await mutate('sign', { pid: paid.pid, guardianId: paid.guardianId, signedOn: '2024-03-01' })).errors).toBeUndefined();
    await reviewYear(paid.pid, YEAR, { quarter: 2, outcome: 'PARTLY_FULFILLED' });
    const payment = await mutate<{ decideIncentivePayment: { status: string; amountYuan: number; withheldReason: string | null } }>('decide', {
      pid: paid.pid,
      year: YEAR,
    });
    expect(payment.data?.decideIncentivePayment).toMatchObject({ status: 'PAID', amountYuan: 1200, withheldReason: null });

    const unfulfilled = await wardWithGuardian();
    expect((await mutate('sign', { pid: unfulfilled.pid, guardianId: unfulfilled.guardianId, signedOn: '2024-03-01' })).errors).toBeUndefined();
    await reviewYear(unfulfilled.pid, YEAR, { quarter: 4, outcome: 'NOT_FULFILLED' });
    const withheld = await mutate<{ decideIncentivePayment: { status: string; amountYuan: number; withheldReason: string | null } }>('decide', {
      pid: unfulfilled.pid,
      year: YEAR,
    });
    expect(withheld.data?.decideIncentivePayment).toMatchObject({ status: 'WITHHELD', amountYuan: 0, withheldReason: 'DUTIES_NOT_FULFILLED' });
  });

  it('lets a social worker record a review, naming their role, and ends and terminates on request', async () => {
    const { pid, guardianId } = await wardWithGuardian();
    const signed = await mutate<{ signResponsibilityAgreement: { id: string } }>('sign', { pid, guardianId, signedOn: '2024-02-01' });
    const review = await mutate<{ recordQuarterlyReview: { reviewerRole: string } }>(
      'review',
      { pid, year: 2026, quarter: 1, reviewedOn: '2026-04-03', outcome: 'DUTIES_FULFILLED', incident: false },
      await federation.tokenFor('SOCIAL_WORKER'),
    );
    expect(review.errors).toBeUndefined();
    expect(review.data!.recordQuarterlyReview.reviewerRole).toBe('SOCIAL_WORKER');
    const terminated = await mutate<{ terminateResponsibilityAgreement: { terminatedOn: string; terminationReason: string } }>('terminate', {
      agreementId: signed.data!.signResponsibilityAgreement.id,
      terminatedOn: '2026-05-01',
      reason: 'GUARDIAN_CHANGED',
    });
    expect(terminated.data?.terminateResponsibilityAgreement).toEqual({
      id: signed.data!.signResponsibilityAgreement.id,
      terminatedOn: '2026-05-01',
      terminationReason: 'GUARDIAN_CHANGED',
    });
    const ended = await mutate<{ endGuardian: { endedOn: string } }>('end', { guardianId, endedOn: '2026-05-02' });
    expect(ended.data?.endGuardian).toEqual({ id: guardianId, endedOn: '2026-05-02' });
    const read = await guardianshipOf(pid, officer);
    expect(read.data!.person!.guardianship).toMatchObject({ agreementInForce: null, guardians: [{ id: guardianId, endedOn: '2026-05-02' }] });
  });

  it("refuses each write's bad input with a stable code and the argument, and writes nothing", async () => {
    const { pid, county, guardianId } = await wardWithGuardian();
    const agreement = await mutate<{ signResponsibilityAgreement: { id: string } }>('sign', { pid, guardianId, signedOn: '2024-02-01' });
    const agreementId = agreement.data!.signResponsibilityAgreement.id;
    const other = await wardWithGuardian();
    const endedGuardian = await mutate<{ registerGuardian: { id: string } }>('register', { pid: other.pid, relationship: 'SIBLING', since: '2024-01-01' });
    await mutate('end', { guardianId: endedGuardian.data!.registerGuardian.id, endedOn: '2024-06-01' });
    await reviewYear(pid, 2025);
    const regional = await federation.tokenFor('GUARDIANSHIP_OFFICER', { region: elsewhere(county) });
    const future = '2999-01-01';
    const before = await tableCounts();

    const cases: [keyof typeof MUTATIONS, Record<string, unknown>, string, string | undefined, string?][] = [
      ['enrol', { pid: 'not-a-pid', countyCode: county, eligibility: 'HIGH_RISK', eligibleSince: '2024-01-01' }, 'BAD_USER_INPUT', 'input.pid'],
      [
        'enrol',
        { pid: freshPids[freshPids.length - 2], countyCode: `${county.slice(0, 2)}0000`, eligibility: 'HIGH_RISK', eligibleSince: '2024-01-01' },
        'BAD_USER_INPUT',
        'input.countyCode',
      ],
      [
        'enrol',
        { pid: freshPids[freshPids.length - 2], countyCode: county, eligibility: 'LOW_INCOME', eligibleSince: future },
        'BAD_USER_INPUT',
        'input.eligibleSince',
      ],
      [
        'enrol',
        { pid: freshPids[freshPids.length - 2], countyCode: county, eligibility: 'HIGH_RISK', eligibleSince: '2024-01-01' },
        'FORBIDDEN',
        undefined,
        'regional',
      ],
      ['enrol', { pid, countyCode: county, eligibility: 'HIGH_RISK', eligibleSince: '2024-01-01' }, 'ALREADY_EXISTS', undefined],
      ['register', { pid: freshPids[freshPids.length - 2], relationship: 'PARENT', since: '2024-01-01' }, 'NOT_FOUND', undefined],
      ['register', { pid, relationship: 'PARENT', since: '2024-01-01' }, 'NOT_FOUND', undefined, 'regional'],
      ['register', { pid, relationship: 'PARENT', since: future }, 'BAD_USER_INPUT', 'input.since'],
      ['end', { guardianId: '999999999', endedOn: '2025-01-01' }, 'NOT_FOUND', undefined],
      ['end', { guardianId, endedOn: '2025-01-01' }, 'BAD_USER_INPUT', 'input.guardianId'],
      ['end', { guardianId: other.guardianId, endedOn: '2020-01-01' }, 'BAD_USER_INPUT', 'input.endedOn'],
      ['sign', { pid, guardianId, signedOn: '2025-01-01' }, 'ALREADY_EXISTS', undefined],
      ['sign', { pid: other.pid, guardianId, signedOn: '2025-01-01' }, 'BAD_USER_INPUT', 'input.guardianId'],
      ['sign', { pid: other.pid, guardianId: endedGuardian.data!.registerGuardian.id, signedOn: '2024-03-01' }, 'BAD_USER_INPUT', 'input.guardianId'],
      ['sign', { pid: other.pid, guardianId: other.guardianId, signedOn: '2023-01-01' }, 'BAD_USER_INPUT', 'input.signedOn'],
      ['sign', { pid: other.pid, guardianId: other.guardianId, signedOn: '2024-03-01' }, 'NOT_FOUND', undefined, 'regional'],
      ['terminate', { agreementId: '999999999', terminatedOn: '2025-01-01', reason: 'OTHER' }, 'NOT_FOUND', undefined],
      ['terminate', { agreementId, terminatedOn: '2023-01-01', reason: 'OTHER' }, 'BAD_USER_INPUT', 'input.terminatedOn'],
      ['terminate', { agreementId, terminatedOn: '2025-01-01', reason: 'OTHER' }, 'NOT_FOUND', undefined, 'regional'],
      [
        'review',
        { pid, year: Number(chinaToday().slice(0, 4)), quarter: 4, reviewedOn: chinaToday(), outcome: 'DUTIES_FULFILLED', incident: false },
        'BAD_USER_INPUT',
        'input.reviewedOn',
      ],
      ['review', { pid, year: 2025, quarter: 5, reviewedOn: '2026-01-05', outcome: 'DUTIES_FULFILLED', incident: false }, 'BAD_USER_INPUT', 'input.quarter'],
      ['review', { pid, year: 2025, quarter: 2, reviewedOn: '2025-06-30', outcome: 'DUTIES_FULFILLED', incident: false }, 'BAD_USER_INPUT', 'input.reviewedOn'],
      ['review', { pid, year: 2025, quarter: 1, reviewedOn: '2025-04-10', outcome: 'DUTIES_FULFILLED', incident: false }, 'ALREADY_EXISTS', undefined],
      [
        'review',
        { pid, year: 2026, quarter: 1, reviewedOn: '2026-04-10', outcome: 'DUTIES_FULFILLED', incident: false },
        'FORBIDDEN',
        undefined,
        'EMPLOYMENT_OFFICER',
      ],
      ['decide', { pid: other.pid, year: 2025 }, 'BAD_USER_INPUT', 'input.year'],
      ['decide', { pid, year: 2026 }, 'BAD_USER_INPUT', 'input.year'],
      ['decide', { pid, year: 2025 }, 'NOT_FOUND', undefined, 'regional'],
      ['decide', { pid, year: 2025 }, 'FORBIDDEN', undefined, 'SOCIAL_WORKER'],
    ];
    for (const [name, input, code, argument, as] of cases) {
      const token = as === 'regional' ? regional : as ? await federation.tokenFor(as as 'SOCIAL_WORKER') : officer;
      const answer = await mutate(name, input, token);
      const label = `${name} ${JSON.stringify(input)} as ${as ?? 'officer'}`;
      expect(codeOf(answer), label).toBe(code);
      if (argument) expect(answer.errors![0]!.extensions!.argument, label).toBe(argument);
    }
    // The rules' refusals in Chinese by default and in English on Accept-Language: en, the codes unchanged.
    const said: [keyof typeof MUTATIONS, Record<string, unknown>, string, string][] = [
      [
        'sign',
        { pid, guardianId, signedOn: '2025-01-01' },
        '该被监护人已有有效的监护责任协议：请先终止协议',
        'this ward has a responsibility agreement in force; terminate it first',
      ],
      [
        'review',
        { pid, year: 2025, quarter: 2, reviewedOn: '2025-06-30', outcome: 'DUTIES_FULFILLED', incident: false },
        'input.reviewedOn 须晚于该季度的最后一天（2025-06-30）',
        "input.reviewedOn must be after the quarter's last day (2025-06-30)",
      ],
      [
        'decide',
        { pid: other.pid, year: 2025 },
        '不予发放：2025 年内没有有效的监护责任协议',
        'not payable: no responsibility agreement was in force during 2025',
      ],
    ];
    for (const [name, input, chinese, english] of said) {
      const inChinese = await mutate(name, input);
      const inEnglish = await postGraphQL(federation.gateway.graphqlUrl, MUTATIONS[name], { input }, officer, { 'accept-language': 'en' });
      expect(inEnglish.errors?.[0]?.extensions?.code).toBe(codeOf(inChinese));
      expect([inChinese.errors?.[0]?.message, inEnglish.errors?.[0]?.message]).toEqual([chinese, english]);
    }
    // A termination without its reason does not pass the schema.
    const reasonless = await mutate('terminate', { agreementId, terminatedOn: '2025-01-01' });
    expect(reasonless.errors).toBeDefined();
    expect(reasonless.data ?? null).toBeNull();
    expect(await tableCounts()).toEqual(before);
  });

  it('returns the first result for a retried key, writes once, and refuses the key with another input', async () => {
    const { pid, guardianId } = await wardWithGuardian();
    const input = { pid, relationship: 'SPOUSE', since: '2024-05-01', idempotencyKey: `guardian-${backend}-retry` };
    const first = await mutate<{ registerGuardian: { id: string } }>('register', input);
    const again = await mutate<{ registerGuardian: { id: string } }>('register', input);
    expect(first.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(await db()('guardian').where({ pid, relationship: 'SPOUSE' })).toHaveLength(1);
    const reused = await mutate('register', { ...input, relationship: 'CHILD' });
    expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');

    expect((await mutate('sign', { pid, guardianId, signedOn: '2024-06-01' })).errors).toBeUndefined();
    await reviewYear(pid, YEAR);
    const decision = { pid, year: YEAR, idempotencyKey: `decision-${backend}-retry` };
    const decided = await mutate('decide', decision);
    const replayed = await mutate('decide', decision);
    expect(decided.errors).toBeUndefined();
    expect(replayed).toEqual(decided);
    expect(await db()('incentive_payment').where({ pid })).toHaveLength(1);
    expect(await db()('audit_log').where({ pid, action: 'WRITE' }).whereRaw(`'incentive_payment' = any(fields)`)).toHaveLength(1);
  });

  it('keeps one enrolment and one agreement in force when ten writes race for one ward', async () => {
    const pid = freshPid();
    const county = await countyOf(pid);
    const enrolments = await Promise.all(
      Array.from({ length: 10 }, () => mutate('enrol', { pid, countyCode: county, eligibility: 'HIGH_RISK', eligibleSince: '2024-01-01' })),
    );
    expect(enrolments.filter((a) => !a.errors)).toHaveLength(1);
    expect(enrolments.filter((a) => a.errors).map(codeOf)).toEqual(Array(9).fill('ALREADY_EXISTS'));
    const guardians = await Promise.all(
      ['PARENT', 'SPOUSE'].map((relationship) => mutate<{ registerGuardian: { id: string } }>('register', { pid, relationship, since: '2024-01-01' })),
    );
    const ids = guardians.map((g) => g.data!.registerGuardian.id);
    const signatures = await Promise.all(Array.from({ length: 10 }, (_, i) => mutate('sign', { pid, guardianId: ids[i % 2], signedOn: '2024-02-01' })));
    expect(signatures.filter((a) => !a.errors)).toHaveLength(1);
    expect(signatures.filter((a) => a.errors).map(codeOf)).toEqual(Array(9).fill('ALREADY_EXISTS'));
    expect(await db()('ward').where({ pid })).toHaveLength(1);
    expect(await db()('responsibility_agreement').where({ pid })).toHaveLength(1);
    expect(await db()('audit_log').where({ pid, action: 'WRITE' })).toHaveLength(1 + 2 + 1);
  });

  /** The figures of a region counted from the tables here, the way the SDL words them. */
  async function expectedCells(
    regionCode: string,
    year: number,
  ): Promise<{ guardianshipEligibleHighRisk: number; guardianshipAgreementsSigned: number; guardianshipAgreementRate: number | null }> {
    const prefix = divisionPrefix(regionCode);
    const wards: { pid: string; county_code: string; eligibility: string; eligible_since: string }[] = await db()('ward').select(
      'pid',
      'county_code',
      'eligibility',
      'eligible_since',
    );
    const agreements: { pid: string; signed_on: string; terminated_on: string | null }[] = await db()('responsibility_agreement').select(
      'pid',
      'signed_on',
      'terminated_on',
    );
    const eligible = wards.filter((w) => w.county_code.startsWith(prefix) && w.eligibility === 'HIGH_RISK' && w.eligible_since <= `${year}-12-31`);
    const signed = eligible.filter((w) =>
      agreements.some((a) => a.pid === w.pid && a.signed_on <= `${year}-12-31` && (a.terminated_on === null || a.terminated_on >= `${year}-01-01`)),
    );
    return {
      guardianshipEligibleHighRisk: eligible.length,
      guardianshipAgreementsSigned: signed.length,
      guardianshipAgreementRate: eligible.length === 0 ? null : signed.length / eligible.length,
    };
  }

  async function busiestProvince(): Promise<string> {
    const rows: { county_code: string }[] = await db()('ward').select('county_code');
    const counts = new Map<string, number>();
    for (const { county_code } of rows) counts.set(county_code.slice(0, 2), (counts.get(county_code.slice(0, 2)) ?? 0) + 1);
    return `${[...counts].sort((a, b) => b[1] - a[1])[0]![0]}0000`;
  }

  const pick = (cells: Cells) => ({
    guardianshipEligibleHighRisk: cells.guardianshipEligibleHighRisk,
    guardianshipAgreementsSigned: cells.guardianshipAgreementsSigned,
    guardianshipAgreementRate: cells.guardianshipAgreementRate,
  });

  it('counts HIGH_RISK wards and their agreements for a province and each of its children, as the tables do', async () => {
    const province = await busiestProvince();
    for (const year of [2024, YEAR]) {
      const body = await federation.query<{ rehabIndicators: Cells & { children: Cells[] } }>(INDICATORS, { region: province, year }, undefined, officer);
      expect(body.errors).toBeUndefined();
      const answer = body.data!.rehabIndicators;
      const expected = await expectedCells(province, year);
      expect(pick(answer)).toEqual(expected);
      expect(expected.guardianshipEligibleHighRisk).toBeGreaterThan(0);
      expect(answer.children.length).toBeGreaterThan(0);
      for (const child of answer.children) expect(pick(child), child.regionCode).toEqual(await expectedCells(child.regionCode, year));
      const sum = answer.children.reduce((total, c) => total + c.guardianshipEligibleHighRisk!, 0);
      expect(sum).toBe(answer.guardianshipEligibleHighRisk);
    }
  });

  it('costs one statement per year for a region and all its children', async () => {
    const province = await busiestProvince();
    let statements = 0;
    const onQuery = () => statements++;
    db().on('query', onQuery);
    try {
      await federation.query(INDICATORS, { region: province, year: YEAR }, undefined, officer);
    } finally {
      db().off('query', onQuery);
    }
    // The gateway fetches the region and its children apart: at most one statement for each.
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('hides from analysts every count below 5 and the rate built on one, saying why, and shows the others', async () => {
    const province = await busiestProvince();
    const body = await federation.query<{ rehabIndicators: Cells & { children: Cells[] } }>(
      INDICATORS,
      { region: province, year: YEAR },
      undefined,
      await federation.tokenFor('ANALYST'),
    );
    const answer = body.data!.rehabIndicators;
    const errors = body.errors ?? [];
    expect(errors.every((e) => e.extensions?.code === 'SMALL_CELL_SUPPRESSED')).toBe(true);
    let suppressedCells = 0;
    for (const [index, cells] of [answer, ...answer.children].entries()) {
      const expected = await expectedCells(cells.regionCode, YEAR);
      const base = index === 0 ? 'rehabIndicators' : `rehabIndicators.children.${index - 1}`;
      const small = (n: number) => n < 5;
      const expectations: [keyof Omit<Cells, 'regionCode'>, boolean][] = [
        ['guardianshipEligibleHighRisk', small(expected.guardianshipEligibleHighRisk)],
        ['guardianshipAgreementsSigned', small(expected.guardianshipAgreementsSigned)],
        [
          'guardianshipAgreementRate',
          expected.guardianshipEligibleHighRisk > 0 && (small(expected.guardianshipEligibleHighRisk) || small(expected.guardianshipAgreementsSigned)),
        ],
      ];
      for (const [field, hidden] of expectations) {
        const hasError = errors.some((e) => e.path?.join('.') === `${base}.${field}`);
        expect(hasError, `${cells.regionCode} ${field}`).toBe(hidden);
        expect(cells[field], `${cells.regionCode} ${field}`).toEqual(hidden ? null : expected[field]);
        if (hidden) suppressedCells++;
      }
    }
    // The province's cities include small ones: suppression is exercised, not only allowed.
    expect(suppressedCells).toBeGreaterThan(0);
    expect(errors[0]!.extensions).toMatchObject({ threshold: 5, reason: expect.stringContaining('少于 5 人') });
  });

  it("shows the figures of a region outside the caller's own as null", async () => {
    const province = await busiestProvince();
    const outsider = await federation.tokenFor('GUARDIANSHIP_OFFICER', { region: province.startsWith('11') ? '310000' : '110000' });
    const entity = await federation.query<{ _entities: unknown[] }>(
      `{ _entities(representations: [{ __typename: "RehabIndicators", regionCode: "${province}", year: ${YEAR} }]) { ... on RehabIndicators { guardianshipEligibleHighRisk guardianshipAgreementRate } } }`,
      {},
      guardianshipUrl(),
      outsider,
    );
    expect(entity.errors).toBeUndefined();
    // The access policy's region rule on the entity key: as if the region had no figures, in every subgraph alike.
    expect(entity.data!._entities).toEqual([null]);
  });

  it("lists reads and writes in the data-protection officer's audit trail", async () => {
    const { pid } = await wardWithGuardian();
    await guardianshipOf(pid, officer);
    const trail = await federation.query<{ auditTrail: { guardianshipEntries: { action: string; fields: string[]; role: string }[] } }>(
      `query Trail($pid: ID!) { auditTrail(pid: $pid) { guardianshipEntries { action fields role } } }`,
      { pid },
      undefined,
      await federation.tokenFor('DATA_PROTECTION_OFFICER'),
    );
    expect(trail.errors).toBeUndefined();
    const entries = trail.data!.auditTrail.guardianshipEntries;
    expect(
      entries
        .filter((e) => e.action === 'WRITE')
        .map((e) => e.fields[0])
        .sort(),
    ).toEqual(['guardian', 'ward']);
    expect(entries.some((e) => e.action === 'READ' && e.fields.includes('Person.guardianship') && e.role === 'GUARDIANSHIP_OFFICER')).toBe(true);
  });

  async function statementsFor(count: number): Promise<{ reads: number; audit: number; wards: number }> {
    // Wards first, so that even the smaller call reaches every table.
    const pids = [...wardPids, ...freshPids].slice(0, count);
    const statements = { reads: 0, audit: 0, wards: 0 };
    const onQuery = (q: { sql: string }) => {
      if (/insert into "audit_log"/.test(q.sql)) statements.audit++;
      else statements.reads++;
    };
    db().on('query', onQuery);
    try {
      const body = await federation.query<{ _entities: { guardianship: unknown }[] }>(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { pid guardianship { ${GUARDIANSHIP_FIELDS} } } } }`,
        { representations: pids.map((pid) => ({ __typename: 'Person', pid })) },
        guardianshipUrl(),
        officer,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!._entities).toHaveLength(count);
      statements.wards = body.data!._entities.filter((e) => e.guardianship !== null).length;
    } finally {
      db().off('query', onQuery);
    }
    return statements;
  }

  it('resolves 200 Person references with as many statements as 10: one per table and one audit insert', async () => {
    expect(wardPids.length).toBeGreaterThanOrEqual(10);
    const forTen = await statementsFor(10);
    const forTwoHundred = await statementsFor(200);
    expect(forTen.wards).toBe(10);
    expect(forTwoHundred.wards).toBeGreaterThan(forTen.wards);
    expect({ reads: forTwoHundred.reads, audit: forTwoHundred.audit }).toEqual({ reads: forTen.reads, audit: forTen.audit });
    // ward, guardian, responsibility_agreement, quarterly_review, incentive_payment.
    expect(forTwoHundred.reads).toBe(5);
    expect(forTwoHundred.audit).toBe(1);
  });
});
