// Who sees what, through the gateway with real tokens: role × field × region scope × consent.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import type { Role } from '#platform/identity/identity.js';
import { type Federation, startFederation } from '../federation-harness.js';

type Outcome = 'visible' | 'hidden' | 'forbidden' | 'no-person';

const FIELDS = {
  registry: 'registry { regionCode diagnosis { category } riskLevel }',
  referrals: 'referrals { id }',
  benefits: 'benefits { kind }',
  disabilityCertificate: 'disabilityCertificate { grade }',
  employment: 'employment { status }',
} as const;
type Field = keyof typeof FIELDS;

describe('access rules', () => {
  let federation: Federation;
  /** A person with a REFERRAL_UPLOAD consent, a referral, a certificate; and one with a referral but no consent. */
  let consented: { pid: string; county: string };
  let unconsented: { pid: string; county: string };
  let otherProvince: string;

  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 400, seed: 21 });
    const { registry, welfare, employment } = federation.agencies;
    const consents: { pid: string }[] = await registry.db('consent').select('pid').where({ scope: 'REFERRAL_UPLOAD' }).whereNull('revoked_at');
    const consentedPids = new Set(consents.map((c) => c.pid));
    const certified: { pid: string }[] = await employment.db('disability_certificate').select('pid');
    const referred: { pid: string }[] = await welfare.db('referral').select('pid');
    const referredPids = new Set(referred.map((r) => r.pid));
    const pick = async (pid: string | undefined) => {
      const patient = await registry.db('patient').where({ pid }).first('pid', 'county_code');
      return { pid: patient.pid as string, county: patient.county_code as string };
    };
    consented = await pick(certified.map((c) => c.pid).find((pid) => consentedPids.has(pid) && referredPids.has(pid)));
    unconsented = await pick(referred.map((r) => r.pid).find((pid) => !consentedPids.has(pid)));
    otherProvince = consented.county.startsWith('11') ? '310000' : '110000';
  });
  afterAll(async () => {
    await federation?.stop();
  });

  async function outcome(role: Role, field: Field, pid: string, region: string): Promise<Outcome> {
    const token = await federation.tokenFor(role, { region });
    const body = await federation.query<{ person: Record<string, unknown> | null }>(
      `query ($pid: ID!) { person(pid: $pid) { pid ${FIELDS[field]} } }`,
      { pid },
      undefined,
      token,
    );
    if (body.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')) return 'forbidden';
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    if (body.data?.person === null) return 'no-person';
    const value = body.data?.person?.[field];
    return value === null || (Array.isArray(value) && value.length === 0) ? 'hidden' : 'visible';
  }

  const cases: [Role, Field, 'consented' | 'unconsented', 'nationwide' | 'county' | 'elsewhere', Outcome][] = [
    ['HOSPITAL_CLINICIAN', 'registry', 'unconsented', 'county', 'visible'],
    ['HOSPITAL_CLINICIAN', 'registry', 'consented', 'elsewhere', 'no-person'],
    ['HOSPITAL_CLINICIAN', 'disabilityCertificate', 'consented', 'county', 'forbidden'],
    ['REGISTRY_OFFICER', 'registry', 'consented', 'nationwide', 'visible'],
    ['SOCIAL_WORKER', 'registry', 'consented', 'county', 'visible'],
    ['SOCIAL_WORKER', 'registry', 'unconsented', 'county', 'hidden'],
    ['SOCIAL_WORKER', 'referrals', 'unconsented', 'county', 'visible'],
    ['SOCIAL_WORKER', 'disabilityCertificate', 'consented', 'county', 'visible'],
    ['SOCIAL_WORKER', 'registry', 'consented', 'elsewhere', 'no-person'],
    ['PLATFORM_OFFICER', 'registry', 'unconsented', 'nationwide', 'hidden'],
    ['CIVIL_AFFAIRS_OFFICER', 'registry', 'consented', 'nationwide', 'forbidden'],
    ['EMPLOYMENT_OFFICER', 'registry', 'consented', 'nationwide', 'forbidden'],
    ['EMPLOYMENT_OFFICER', 'disabilityCertificate', 'consented', 'nationwide', 'visible'],
    ['EMPLOYMENT_OFFICER', 'benefits', 'consented', 'nationwide', 'forbidden'],
    // Analysts see aggregates only (analyst.test.ts): no person at all.
    ['ANALYST', 'registry', 'consented', 'nationwide', 'forbidden'],
    ['ANALYST', 'referrals', 'consented', 'county', 'forbidden'],
    ['SERVICE', 'registry', 'consented', 'nationwide', 'forbidden'],
    ['DATA_PROTECTION_OFFICER', 'disabilityCertificate', 'consented', 'nationwide', 'forbidden'],
  ];

  it.each(cases)('%s reading %s of a %s person (token region: %s) → %s', async (role, field, who, where, expected) => {
    const person = who === 'consented' ? consented : unconsented;
    const region = where === 'nationwide' ? '000000' : where === 'county' ? person.county : otherProvince;
    expect(await outcome(role, field, person.pid, region)).toBe(expected);
  });

  it('shows an employment officer only the referrals shared with them by consent', async () => {
    const shared: { count: number | string }[] = await federation.agencies.welfare
      .db('referral')
      .whereExists((q) =>
        q.select(1).from('referral_consent as c').whereRaw('c.referral_id = referral.id').where('c.scope', 'EMPLOYMENT_SHARING').whereNull('c.revoked_at'),
      )
      .count({ count: '*' });
    const token = await federation.tokenFor('EMPLOYMENT_OFFICER');
    const body = await federation.query<{ referrals: { nodes: { id: string }[] } }>(
      '{ referrals(filter: { regionCode: "440000" }, first: 500) { nodes { id } } }',
      undefined,
      undefined,
      token,
    );
    const inGuangdong: { count: number | string }[] = await federation.agencies.welfare
      .db('referral')
      .where('county_code', 'like', '44%')
      .whereExists((q) =>
        q.select(1).from('referral_consent as c').whereRaw('c.referral_id = referral.id').where('c.scope', 'EMPLOYMENT_SHARING').whereNull('c.revoked_at'),
      )
      .count({ count: '*' });
    expect(Number(shared[0]!.count)).toBeGreaterThan(0);
    expect(body.data?.referrals.nodes).toHaveLength(Number(inGuangdong[0]!.count));
  });

  it('shows institution staff only their own institution’s cases', async () => {
    const { institution_id: institution } = await federation.agencies.welfare
      .db('referral')
      .whereNotNull('institution_id')
      .where('county_code', 'like', '44%')
      .first('institution_id');
    const token = await federation.tokenFor('INSTITUTION_STAFF', { institution });
    const body = await federation.query<{ referrals: { nodes: { institution: { id: string } | null }[] } }>(
      '{ referrals(filter: { regionCode: "440000" }, first: 500) { nodes { institution { id } } } }',
      undefined,
      undefined,
      token,
    );
    expect(body.data?.referrals.nodes.length).toBeGreaterThan(0);
    expect(body.data?.referrals.nodes.every((n) => n.institution?.id === institution)).toBe(true);
  });

  it('narrows a list to the caller’s region and gives nothing outside it', async () => {
    const county = consented.county;
    const token = await federation.tokenFor('REGISTRY_OFFICER', { region: county });
    const wide = await federation.query<{ patients: { nodes: { registry: { regionCode: string } }[] } }>(
      `{ patients(filter: { regionCode: "${county.slice(0, 2)}0000" }, first: 500) { nodes { registry { regionCode } } } }`,
      undefined,
      undefined,
      token,
    );
    expect(wide.data?.patients.nodes.length).toBeGreaterThan(0);
    expect(wide.data?.patients.nodes.every((n) => n.registry.regionCode === county)).toBe(true);
    const elsewhere = await federation.query<{ patients: { nodes: unknown[] } }>(
      `{ patients(filter: { regionCode: "${otherProvince}" }) { nodes { pid } } }`,
      undefined,
      undefined,
      token,
    );
    expect(elsewhere.data?.patients.nodes).toEqual([]);
  });

  it('resolves an out-of-scope person to null in _entities too, with no hint of existence', async () => {
    const token = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: otherProvince });
    const body = await federation.query<{ _entities: { registry: unknown }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { registry { regionCode } } } }',
      {
        r: [
          { __typename: 'Person', pid: consented.pid },
          { __typename: 'Person', pid: 'z'.repeat(32) },
        ],
      },
      federation.agencies.registry.server.graphqlUrl,
      token,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities).toEqual([{ registry: null }, { registry: null }]);
  });

  it('refuses to register a patient outside the caller’s region', async () => {
    const token = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: '110000' });
    const body = await federation.query(
      'mutation { registerPatient(input: { citizenId: "11010519491231002X", name: "x", countyCode: "440305", diagnosis: SCHIZOPHRENIA, icd10: "F20", diagnosedOn: "2020-01-01", riskLevel: 0 }) { person { pid } } }',
      undefined,
      undefined,
      token,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives a caller no region’s figures outside their own through welfare’s _entities', async () => {
    const token = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: '440300' });
    const body = await federation.query<{ _entities: ({ registeredRecipients: number | null; countiesCovered: number | null } | null)[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on RehabIndicators { registeredRecipients countiesCovered } } }',
      {
        r: [
          { __typename: 'RehabIndicators', regionCode: '110000', year: 2025 },
          { __typename: 'RehabIndicators', regionCode: '000000', year: 2025 },
          { __typename: 'RehabIndicators', regionCode: '440300', year: 2025 },
        ],
      },
      federation.agencies.welfare.server.graphqlUrl,
      token,
    );
    expect(body.errors).toBeUndefined();
    const [beijing, country, own] = body.data!._entities;
    expect(beijing).toBeNull();
    expect(country).toBeNull();
    expect(own?.registeredRecipients).toEqual(expect.any(Number));
  });

  it('hides the registry record from social workers unless both patient and guardian consented', async () => {
    const { registry } = federation.agencies;
    const taken = [consented.pid, unconsented.pid];
    const ward = await registry.db('patient').whereNotNull('guardian_name').whereNotIn('pid', taken).first('pid', 'county_code');
    const pid = ward.pid as string;
    const consentBy = async (...grantors: string[]) => {
      await registry.db('consent').where({ pid }).whereNull('revoked_at').update({ revoked_at: new Date() });
      for (const grantedBy of grantors) await registry.db('consent').insert({ pid, scope: 'REFERRAL_UPLOAD', granted_by: grantedBy, granted_at: new Date() });
      return outcome('SOCIAL_WORKER', 'registry', pid, ward.county_code);
    };
    expect(await consentBy('GUARDIAN')).toBe('hidden');
    expect(await consentBy('PATIENT')).toBe('hidden');
    expect(await consentBy('PATIENT', 'GUARDIAN')).toBe('visible');
    expect(await consentBy('PATIENT_AND_GUARDIAN')).toBe('visible');
  });

  it('opens the registry record to institution staff only of people with a case at their institution, as the platform told the registry', async () => {
    const { registry } = federation.agencies;
    const institution = 'f0000000-0000-4000-8000-000000000001';
    const token = await federation.tokenFor('INSTITUTION_STAFF', { region: consented.county, institution });
    const REGISTRY = 'query ($pid: ID!) { person(pid: $pid) { pid registry { diagnosis { category } riskLevel } } }';
    const ENTITY = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { registry { riskLevel } } } }';
    const read = async () => ({
      gateway: (await federation.query<{ person: { registry: unknown } | null }>(REGISTRY, { pid: consented.pid }, undefined, token)).data?.person?.registry,
      direct: (
        await federation.query<{ _entities: { registry: unknown }[] }>(
          ENTITY,
          { r: [{ __typename: 'Person', pid: consented.pid }] },
          registry.server.graphqlUrl,
          token,
        )
      ).data?._entities[0]?.registry,
    });
    // Consented and in the region, but no case at this institution: as if there were no record, through the gateway and the registry alike.
    expect(await read()).toEqual({ gateway: null, direct: null });
    await registry
      .db('case_holding')
      .insert({ event_id: randomUUID(), pid: consented.pid, referral_id: randomUUID(), institution_id: institution, holds: true, at: new Date() });
    const opened = await read();
    expect(opened.gateway).toEqual({ diagnosis: { category: expect.any(String) }, riskLevel: expect.any(Number) });
    expect(opened.direct).toEqual({ riskLevel: expect.any(Number) });
    // Another institution's staff still read nothing.
    const other = await federation.tokenFor('INSTITUTION_STAFF', { region: consented.county, institution: 'f0000000-0000-4000-8000-000000000002' });
    expect(
      (await federation.query<{ person: { registry: unknown } | null }>(REGISTRY, { pid: consented.pid }, undefined, other)).data?.person?.registry,
    ).toBeNull();
    // The refusals are audited, with the field the lookup asked for.
    const refusals = await registry.db('audit_log').where({ pid: consented.pid, action: 'REFUSED', role: 'INSTITUTION_STAFF' });
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.every((row: { fields: string[] }) => row.fields.includes('Person.registry'))).toBe(true);
  });

  it("shows hospital clinicians only the cases of their own hospital's uploads (the closed loop)", async () => {
    const { registry, welfare } = federation.agencies;
    const taken = new Set(((await welfare.db('referral').select('pid')) as { pid: string }[]).map((r) => r.pid));
    const fresh = ((await registry.db('patient').select('pid', 'county_code')) as { pid: string; county_code: string }[]).find((p) => !taken.has(p.pid))!;
    const hospital = '12440300MB0000002X';
    const delivered = await federation.query(
      'mutation ($input: ReceiveReferralUploadInput!) { receiveReferralUpload(input: $input) { status } }',
      {
        input: {
          uploadId: randomUUID(),
          pid: fresh.pid,
          countyCode: fresh.county_code,
          recommendsCommunityRehab: true,
          uploadedAt: new Date().toISOString(),
          hospitalCode: hospital,
        },
      },
      welfare.server.graphqlUrl,
      await federation.tokenFor('SERVICE'),
    );
    expect(delivered.errors).toBeUndefined();
    const referralsOf = async (institution: string) =>
      (
        await federation.query<{ person: { referrals: { channel: string }[] } | null }>(
          'query ($pid: ID!) { person(pid: $pid) { referrals { channel } } }',
          { pid: fresh.pid },
          undefined,
          await federation.tokenFor('HOSPITAL_CLINICIAN', { region: fresh.county_code, institution }),
        )
      ).data?.person?.referrals;
    expect(await referralsOf(hospital)).toEqual([{ channel: 'MEDICAL_INSTITUTION' }]);
    expect(await referralsOf('12440300MB0000003X')).toEqual([]);
  });

  it('answers REGISTERED_ELSEWHERE, with no pid, to registering a citizen registered outside the caller’s region', async () => {
    const REGISTER = 'mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { person { pid } } }';
    const citizenId = buildCitizenId('440305', '1979-03-14', 731);
    const input = (countyCode: string) => ({
      citizenId,
      name: '测试',
      countyCode,
      diagnosis: 'SCHIZOPHRENIA',
      icd10: 'F20',
      diagnosedOn: '2020-01-01',
      riskLevel: 1,
    });
    const shenzhen = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: '440300', subject: 'dr-shenzhen' });
    const beijing = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: '110000', subject: 'dr-beijing' });
    const first = await federation.query<{ registerPatient: { person: { pid: string } } }>(REGISTER, { input: input('440305') }, undefined, shenzhen);
    expect(first.errors).toBeUndefined();
    const pid = first.data!.registerPatient.person.pid;

    const elsewhere = await federation.query(REGISTER, { input: input('110105') }, undefined, beijing);
    expect(elsewhere.errors?.[0]?.extensions).toEqual({ code: 'REGISTERED_ELSEWHERE', serviceName: 'registry' });
    expect(JSON.stringify(elsewhere)).not.toContain(pid);
    expect(JSON.stringify(elsewhere)).not.toContain('4403');
    expect(
      (await federation.query<{ person: unknown }>('query ($pid: ID!) { person(pid: $pid) { pid } }', { pid }, undefined, beijing)).data?.person,
    ).toBeNull();
    const patient = await federation.agencies.registry.db('patient').where({ pid }).first('county_code');
    expect(patient.county_code).toBe('440305');
    const refused = await federation.agencies.registry.db('audit_log').where({ pid, subject: 'dr-beijing' });
    // The refused registration, and the lookup that found nobody (refusals are audited, never told).
    expect(refused.map((row: { action: string; fields: string[] }) => [row.action, row.fields]).sort()).toEqual([
      ['REFUSED', ['Query.person']],
      ['REFUSED', ['patient']],
    ]);

    const again = await federation.query(REGISTER, { input: input('440305') }, undefined, shenzhen);
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'ALREADY_EXISTS', pid, serviceName: 'registry' });
  });

  describe('case detail and the employment record (minimum necessary)', () => {
    const CASE_DETAIL = 'query ($pid: ID!) { person(pid: $pid) { referrals { services { nodes { serviceForm } } assessments { kind } } } }';

    it.each([
      ['HOSPITAL_CLINICIAN', 'forbidden'],
      ['SOCIAL_WORKER', 'visible'],
    ] as const)('%s reading a case’s services and assessments → %s', async (role, expected) => {
      const { welfare } = federation.agencies;
      const assessed = await welfare
        .db('referral')
        .whereExists((q) => q.select(1).from('referral_assessment as a').whereRaw('a.referral_id = referral.id'))
        .first('id', 'pid', 'county_code');
      // A clinician reads the case at all only as the hospital it was sent back to (the closed loop); the detail stays FORBIDDEN.
      const hospital = '12440300MB0000001X';
      await welfare
        .db('green_channel_referral')
        .insert({ id: randomUUID(), referral_id: assessed.id, pid: assessed.pid, hospital_code: hospital, referred_on: '2026-01-05' })
        .onConflict()
        .ignore();
      const token = await federation.tokenFor(role, { region: assessed.county_code, institution: hospital });
      const body = await federation.query<{ person: { referrals: { assessments: unknown[] }[] } | null }>(CASE_DETAIL, { pid: assessed.pid }, undefined, token);
      if (expected === 'forbidden') {
        expect(body.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
      } else {
        expect(body.errors).toBeUndefined();
        expect(body.data?.person?.referrals.some((r) => r.assessments.length > 0)).toBe(true);
      }
    });

    it.each([
      ['SOCIAL_WORKER', 'hidden', 'visible'],
      ['PLATFORM_OFFICER', 'hidden', 'visible'],
      ['EMPLOYMENT_OFFICER', 'visible', 'visible'],
    ] as const)('%s reading the employment record: without a shared hand-off → %s, with one → %s', async (role, unshared, shared) => {
      const { employment } = federation.agencies;
      const used: { pid: string; county_code: string }[] = await employment
        .db('placement')
        .whereNotExists((q) => q.select(1).from('employment_referral as r').whereRaw('r.pid = placement.pid'))
        .distinct('pid', 'county_code')
        .orderBy('pid')
        .limit(2);
      const [withoutConsent, withConsent] = used;
      expect(await outcome(role, 'employment', withoutConsent!.pid, withoutConsent!.county_code)).toBe(unshared);
      // The platform hands the person over with an EMPLOYMENT_SHARING consent (its relay, a SERVICE token).
      const service = await federation.tokenFor('SERVICE');
      const handed = await federation.query(
        'mutation ($input: ReceiveEmploymentHandoffInput!) { receiveEmploymentHandoff(input: $input) { id } }',
        {
          input: {
            handoffId: randomUUID(),
            referralId: randomUUID(),
            pid: withConsent!.pid,
            countyCode: withConsent!.county_code,
            outcome: 'EMPLOYMENT',
            willingToWork: true,
            ableToWork: true,
            needsSupport: false,
            handedOverAt: new Date().toISOString(),
          },
        },
        employment.server.graphqlUrl,
        service,
      );
      expect(handed.errors).toBeUndefined();
      expect(await outcome(role, 'employment', withConsent!.pid, withConsent!.county_code)).toBe(shared);
    });
  });

  describe('break-glass', () => {
    const OPEN = 'mutation ($pid: ID!, $reason: String!) { openBreakGlass(pid: $pid, reason: $reason) { id pid subject expiresAt } }';
    const READ = 'query ($pid: ID!) { person(pid: $pid) { registry { riskLevel } } }';

    it('opens one person outside the clinician’s region, for that clinician only, audited and listed for review', async () => {
      const region = otherProvince;
      const clinician = await federation.tokenFor('HOSPITAL_CLINICIAN', { region, subject: 'dr-emergency' });
      const colleague = await federation.tokenFor('HOSPITAL_CLINICIAN', { region, subject: 'dr-other' });
      expect((await federation.query<{ person: unknown }>(READ, { pid: consented.pid }, undefined, clinician)).data?.person).toBeNull();

      const short = await federation.query(OPEN, { pid: consented.pid, reason: 'urgent' }, undefined, clinician);
      expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const opened = await federation.query<{ openBreakGlass: { pid: string; subject: string; expiresAt: string } }>(
        OPEN,
        { pid: consented.pid, reason: 'Patient brought to our emergency room, acute psychosis' },
        undefined,
        clinician,
      );
      expect(opened.errors).toBeUndefined();
      expect(Date.parse(opened.data!.openBreakGlass.expiresAt) - Date.now()).toBeGreaterThan(2.9 * 3600_000);

      const seen = await federation.query<{ person: { registry: { riskLevel: number } | null } | null }>(READ, { pid: consented.pid }, undefined, clinician);
      expect(seen.data?.person?.registry?.riskLevel).toEqual(expect.any(Number));
      expect((await federation.query<{ person: unknown }>(READ, { pid: consented.pid }, undefined, colleague)).data?.person).toBeNull();

      const writes = await federation.agencies.registry.db('audit_log').where({ pid: consented.pid, subject: 'dr-emergency', action: 'WRITE' });
      expect(writes.map((w: { fields: string[] }) => w.fields)).toContainEqual(['break_glass_grant']);

      const dpo = await federation.tokenFor('DATA_PROTECTION_OFFICER');
      const reviews = await federation.query<{ breakGlassReviews: { subject: string; pid: string }[] }>(
        '{ breakGlassReviews { subject pid reason } }',
        undefined,
        undefined,
        dpo,
      );
      expect(reviews.data?.breakGlassReviews).toContainEqual(expect.objectContaining({ subject: 'dr-emergency', pid: consented.pid }));
      const notForClinicians = await federation.query('{ breakGlassReviews { pid } }', undefined, undefined, clinician);
      expect(notForClinicians.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('gives nothing once the grant has expired, and only clinicians may open one', async () => {
      await federation.agencies.registry
        .db('break_glass_grant')
        .insert({ subject: 'dr-late', pid: unconsented.pid, reason: 'expired emergency access', expires_at: new Date(Date.now() - 60_000) });
      const late = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: unconsented.county.startsWith('11') ? '310000' : '110000', subject: 'dr-late' });
      expect((await federation.query<{ person: unknown }>(READ, { pid: unconsented.pid }, undefined, late)).data?.person).toBeNull();
      const officer = await federation.tokenFor('REGISTRY_OFFICER', { region: '110000' });
      const refused = await federation.query(OPEN, { pid: unconsented.pid, reason: 'an officer should not break glass' }, undefined, officer);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
