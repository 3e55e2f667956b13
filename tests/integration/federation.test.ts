// One person across three agencies, through the real gateway over HTTP, on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES } from '#platform/config/agencies.js';
import { buildCitizenId, checkCharacter } from '#platform/identity/citizen-id.js';
import { derivePid } from '#platform/identity/pid.js';
import { availableBackends, type Federation, type GraphQLBody, startFederation } from '../federation-harness.js';

type ReferralsPage = {
  referrals: {
    nodes: { id: string; status: string; regionCode: string; submittedAt: string; person: { pid: string; registry: { regionCode: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
type PatientsPage = { patients: { nodes: { pid: string; registry: { regionCode: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const backends = await availableBackends();

describe.each(backends)('the federation on %s', (backend) => {
  let federation: Federation;
  /** Registry lists and registration belong to health staff; the default token is a nationwide social worker's. */
  let officer: string;

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 300, seed: 7 });
    officer = await federation.tokenFor('REGISTRY_OFFICER');
  });
  afterAll(async () => {
    await federation?.stop();
  });

  /** A pid known to all three agencies, whose consent lets civil affairs see the registry record. */
  async function pidKnownEverywhere(): Promise<string> {
    const consented: { pid: string }[] = await federation.agencies.registry
      .db('consent')
      .select('pid')
      .where({ scope: 'REFERRAL_UPLOAD' })
      .whereNull('revoked_at');
    const withCertificate: { pid: string }[] = await federation.agencies.employment
      .db('disability_certificate')
      .select('pid')
      .whereIn(
        'pid',
        consented.map((r) => r.pid),
      );
    const withReferral: { pid: string }[] = await federation.agencies.welfare
      .db('referral')
      .select('pid')
      .whereIn(
        'pid',
        withCertificate.map((r) => r.pid),
      );
    expect(withReferral.length).toBeGreaterThan(0);
    return withReferral[0]!.pid;
  }

  it('answers one query for a person with fields from all three agencies', async () => {
    const pid = await pidKnownEverywhere();
    const { data, errors } = await federation.query<{
      person: Record<string, unknown> & { registry: { regionCode: string }; referrals: { regionCode: string }[] };
    }>(
      `query ($pid: ID!) { person(pid: $pid) {
         pid
         registry { regionCode riskLevel managementStatus diagnosis { category icd10 diagnosedOn } hospitalizations { admittedOn } followUps(first: 2) { nodes { date condition } } }
         referrals { id status channel version submittedAt regionCode history { to at actorRole } consents { scope grantedBy } }
         benefits { kind monthlyAmountCents }
         disabilityCertificate { category grade issuedOn }
         employment { status placements { kind } trainings { course } }
       } }`,
      { pid },
    );
    expect(errors).toBeUndefined();
    expect(data?.person.pid).toBe(pid);
    const patient = await federation.agencies.registry.db('patient').where({ pid }).first();
    expect(data?.person.registry.regionCode).toBe(patient.county_code);
    expect(data?.person.referrals.length).toBeGreaterThan(0);
    expect(data?.person.disabilityCertificate).not.toBeNull();
  });

  it('returns null, not an error, for an unknown pid', async () => {
    const { data, errors } = await federation.query(`{ person(pid: "${'a'.repeat(32)}") { pid referrals { id } } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ person: null });
  });

  it('refuses a malformed pid as bad input', async () => {
    const { errors } = await federation.query(`{ person(pid: "not-a-pid") { pid } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the patients of a province across all its counties, page by page without gaps or repeats', async () => {
    const expected: { count: number }[] = await federation.agencies.registry.db('patient').where('county_code', 'like', '44%').count({ count: '*' });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const { data, errors }: GraphQLBody<PatientsPage> = await federation.query<PatientsPage>(
        `query ($after: String) { patients(filter: { regionCode: "440000" }, first: 40, after: $after) { nodes { pid registry { regionCode } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        undefined,
        officer,
      );
      expect(errors).toBeUndefined();
      for (const node of data!.patients.nodes) {
        expect(node.registry.regionCode.startsWith('44')).toBe(true);
        seen.push(node.pid);
      }
      if (!data!.patients.pageInfo.hasNextPage) break;
      after = data!.patients.pageInfo.endCursor;
    }
    expect(seen.length).toBe(Number(expected[0]!.count));
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
  });

  it('matches a city code and a county code to the counties below them', async () => {
    const { county_code: county } = await federation.agencies.registry.db('patient').where('county_code', 'like', '44%').first('county_code');
    const city = `${county.slice(0, 4)}00`;
    for (const [code, prefix] of [
      [city, county.slice(0, 4)],
      [county, county],
    ] as const) {
      const { data } = await federation.query<{ patients: { nodes: { registry: { regionCode: string } }[] } }>(
        `{ patients(filter: { regionCode: "${code}" }, first: 500) { nodes { registry { regionCode } } } }`,
        undefined,
        undefined,
        officer,
      );
      expect(data!.patients.nodes.length).toBeGreaterThan(0);
      expect(data!.patients.nodes.every((n) => n.registry.regionCode.startsWith(prefix))).toBe(true);
    }
  });

  it('refuses a region code that is not a GB/T 2260 division', async () => {
    for (const code of ['44', '449999', 'abcdef']) {
      const { errors } = await federation.query(`{ patients(filter: { regionCode: "${code}" }) { nodes { pid } } }`, undefined, undefined, officer);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(/regionCode/);
    }
  });

  it('refuses a cursor it did not issue', async () => {
    const { errors } = await federation.query(
      `{ patients(filter: { regionCode: "440000" }, after: "bogus") { nodes { pid } } }`,
      undefined,
      undefined,
      officer,
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the referrals of a province by status, newest first, page by page', async () => {
    const expected: { count: number | string }[] = await federation.agencies.welfare
      .db('referral')
      .where('county_code', 'like', '44%')
      .where({ status: 'IN_SERVICE' })
      .count({ count: '*' });
    const seen: { id: string; submittedAt: string }[] = [];
    let after: string | null = null;
    do {
      const { data, errors }: GraphQLBody<ReferralsPage> = await federation.query<ReferralsPage>(
        `query ($after: String) { referrals(filter: { regionCode: "440000", status: IN_SERVICE }, first: 7, after: $after) {
           nodes { id status regionCode submittedAt person { pid } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      for (const node of data!.referrals.nodes) {
        expect(node.status).toBe('IN_SERVICE');
        expect(node.regionCode.startsWith('44')).toBe(true);
        expect(node.person.pid).toMatch(/^[a-z2-7]{32}$/);
        seen.push(node);
      }
      after = data!.referrals.pageInfo.hasNextPage ? data!.referrals.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(Number(expected[0]!.count));
    expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length);
    const times = seen.map((r) => Date.parse(r.submittedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('counts the cases each institution holds, never over its capacity', async () => {
    const { data, errors } = await federation.query<{
      rehabInstitutions: { nodes: { id: string; capacity: number; activeRecipients: number; regionCode: string }[] };
    }>(`{ rehabInstitutions(regionCode: "440000", first: 200) { nodes { id regionCode capacity activeRecipients } } }`);
    expect(errors).toBeUndefined();
    const institutions = data!.rehabInstitutions.nodes;
    expect(institutions.length).toBeGreaterThan(0);
    const counts: { institution_id: string; count: number | string }[] = await federation.agencies.welfare
      .db('referral')
      .select('institution_id')
      .count({ count: '*' })
      .whereIn('status', ['ACCEPTED', 'ASSESSED', 'IN_SERVICE', 'RELAPSE_REFERRED'])
      .groupBy('institution_id');
    const byId = new Map(counts.map((c) => [c.institution_id, Number(c.count)]));
    for (const institution of institutions) {
      expect(institution.regionCode.startsWith('44')).toBe(true);
      expect(institution.activeRecipients).toBe(byId.get(institution.id) ?? 0);
      expect(institution.activeRecipients).toBeLessThanOrEqual(institution.capacity);
    }
    expect(institutions.some((i) => i.activeRecipients > 0)).toBe(true);
  });

  it('serves the division list with parents and children', async () => {
    const { data } = await federation.query<{
      region: { name: string; level: string; parent: null; children: { code: string; level: string; parent: { code: string } }[] };
    }>(`{ region(code: "440000") { name level parent { code } children { code level parent { code } } } }`);
    expect(data?.region.level).toBe('PROVINCE');
    expect(data?.region.parent).toBeNull();
    expect(data?.region.children.length).toBeGreaterThan(10);
    expect(data?.region.children.every((c) => c.level === 'CITY' && c.parent.code === '440000')).toBe(true);
  });

  describe('registering a patient', () => {
    const REGISTER = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { person { pid registry { regionCode riskLevel diagnosis { category icd10 } } } } }`;
    const input = (citizenId: string) => ({
      citizenId,
      name: '测试患者',
      countyCode: '440305',
      diagnosis: 'SCHIZOPHRENIA',
      icd10: 'F20.0',
      diagnosedOn: '2020-05-01',
      riskLevel: 2,
    });
    const patientCount = async () =>
      Number(((await federation.agencies.registry.db('patient').count({ count: '*' })) as { count: number | string }[])[0]!.count);

    it('registers a new person under the pid derived from the citizen ID, and only once', async () => {
      const citizenId = buildCitizenId('440305', '1988-08-08', 917);
      const before = await patientCount();
      const first = await federation.query<{ registerPatient: { person: { pid: string; registry: { regionCode: string; riskLevel: number } } } }>(
        REGISTER,
        { input: input(citizenId) },
        undefined,
        officer,
      );
      expect(first.errors).toBeUndefined();
      const pid = derivePid(citizenId, federation.linkageKey);
      expect(first.data?.registerPatient.person).toEqual({
        pid,
        registry: { regionCode: '440305', riskLevel: 2, diagnosis: { category: 'SCHIZOPHRENIA', icd10: 'F20.0' } },
      });
      expect(await patientCount()).toBe(before + 1);

      const second = await federation.query(REGISTER, { input: input(citizenId) }, undefined, officer);
      expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'ALREADY_EXISTS', pid });
      expect(await patientCount()).toBe(before + 1);
    });

    it.each([
      ['a wrong check character', buildCitizenId('440305', '1988-08-08', 918).replace(/.$/, (c) => (c === '0' ? '1' : '0')), /校验码/],
      ['a birth date in the future', buildCitizenId('440305', '2099-01-01', 1), /将来/],
      [
        'an impossible birth date',
        (() => {
          const first17 = '44030519880230001';
          return first17 + checkCharacter(first17);
        })(),
        /不存在/,
      ],
      [
        'an unknown division',
        (() => {
          const first17 = '99999919880101001';
          return first17 + checkCharacter(first17);
        })(),
        /行政区划/,
      ],
    ])('refuses a citizen ID with %s as bad input and writes nothing', async (_case, citizenId, problem) => {
      const before = await patientCount();
      for (const body of [
        await federation.query(REGISTER, { input: input(citizenId) }, undefined, officer),
        await federation.query(
          `mutation { registerPatient(input: { citizenId: "${citizenId}", name: "x", countyCode: "440305", diagnosis: SCHIZOPHRENIA, icd10: "F20", diagnosedOn: "2020-01-01", riskLevel: 0 }) { person { pid } } }`,
          undefined,
          undefined,
          officer,
        ),
      ]) {
        expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(body.errors?.[0]?.message).toMatch(problem);
        expect(body.errors?.[0]?.message).not.toContain(citizenId);
      }
      expect(await patientCount()).toBe(before);
    });
  });

  it('has /health and /ready on every server', async () => {
    for (const server of [federation.gateway, ...AGENCIES.map((name) => federation.agencies[name].server)]) {
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(200);
    }
  });
});
