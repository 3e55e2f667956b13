// Every read of personal fields and every write leaves an append-only audit row; without the audit, no data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { type Federation, startFederation } from '../federation-harness.js';

describe('audit', () => {
  let federation: Federation;
  let pids: string[];
  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 60, seed: 9 });
    pids = (await federation.agencies.registry.db('patient').select('pid').orderBy('pid').limit(3)).map((r: { pid: string }) => r.pid);
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const registry = () => federation.agencies.registry.db;
  const rowsFor = (pid: string) => registry()('audit_log').where({ pid }).orderBy('id');

  it('records who read which personal fields of whom, once per request, in one statement', async () => {
    const token = await federation.tokenFor('REGISTRY_OFFICER', { subject: 'officer-7', purpose: 'STATISTICS' });
    let inserts = 0;
    const count = (q: { sql: string }) => {
      if (/insert into "audit_log"/.test(q.sql)) inserts++;
    };
    registry().on('query', count);
    const body = await federation.query(
      `query Overview($a: ID!, $b: ID!, $c: ID!) { a: person(pid: $a) { registry { riskLevel hospitalizations { admittedOn } } } b: person(pid: $b) { registry { riskLevel } } c: person(pid: $c) { pid } }`,
      { a: pids[0], b: pids[1], c: pids[2] },
      undefined,
      token,
    );
    registry().off('query', count);
    expect(body.errors).toBeUndefined();
    expect(inserts).toBe(1);
    const [row] = await rowsFor(pids[0]!);
    expect(row).toMatchObject({
      action: 'READ',
      subject: 'officer-7',
      role: 'REGISTRY_OFFICER',
      purpose: 'STATISTICS',
      pid: pids[0],
      // The guarded field, and each leaf read under it.
      fields: ['Person.registry', 'Person.registry.hospitalizations.admittedOn', 'Person.registry.riskLevel'],
      operation_name: 'Overview',
    });
    expect(row.request_id).toMatch(/\S+/);
    expect(await rowsFor(pids[1]!)).toHaveLength(1);
    // Asking only for the pid reads nothing personal of the registry's.
    expect(await rowsFor(pids[2]!)).toHaveLength(0);
  });

  it('audits a write in the same transaction, and a refused write not at all', async () => {
    const token = await federation.tokenFor('HOSPITAL_CLINICIAN', { subject: 'dr-li' });
    const citizenId = buildCitizenId('440305', '1977-07-07', 321);
    const register = () =>
      federation.query<{ registerPatient: { person: { pid: string } } }>(
        `mutation { registerPatient(input: { citizenId: "${citizenId}", name: "测试", countyCode: "440305", diagnosis: BIPOLAR_DISORDER, icd10: "F31.1", diagnosedOn: "2019-03-03", riskLevel: 1 }) { person { pid } } }`,
        undefined,
        undefined,
        token,
      );
    const pid = (await register()).data!.registerPatient.person.pid;
    expect((await register()).errors?.[0]?.extensions?.code).toBe('ALREADY_EXISTS');
    const writes = await rowsFor(pid).where({ action: 'WRITE' });
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ subject: 'dr-li', role: 'HOSPITAL_CLINICIAN', purpose: 'TREATMENT' });
  });

  it('refuses to change or remove audit rows', async () => {
    await expect(registry()('audit_log').update({ subject: 'someone-else' })).rejects.toThrow(/append-only/);
    await expect(registry()('audit_log').delete()).rejects.toThrow(/append-only/);
  });

  it('returns no personal data when the audit cannot be written', async () => {
    const token = await federation.tokenFor('REGISTRY_OFFICER');
    await registry().raw('alter table audit_log rename to audit_log_unavailable');
    try {
      const body = await federation.query<{ person: unknown }>(
        `{ person(pid: "${pids[0]}") { registry { riskLevel diagnosis { category } } } }`,
        undefined,
        undefined,
        token,
      );
      expect(body.data?.person ?? null).toBeNull();
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(body)).not.toMatch(/riskLevel":\d|SCHIZOPHRENIA|BIPOLAR/);
    } finally {
      await registry().raw('alter table audit_log_unavailable rename to audit_log');
    }
  });
});

describe('the data-protection officer’s audit trail', () => {
  let federation: Federation;
  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 150, seed: 31 });
  });
  afterAll(async () => {
    await federation?.stop();
  });

  it('shows who read a person in each of the three agencies, to the data-protection officer only', async () => {
    const certified: { pid: string }[] = await federation.agencies.employment.db('disability_certificate').select('pid');
    const { pid } = await federation.agencies.welfare
      .db('referral')
      .whereIn(
        'pid',
        certified.map((c) => c.pid),
      )
      .first('pid');
    await federation.query(
      `query Look { person(pid: "${pid}") { referrals { status } disabilityCertificate { grade } } }`,
      undefined,
      undefined,
      await federation.tokenFor('SOCIAL_WORKER', { subject: 'sw-1' }),
    );
    await federation.query(
      `query Chart { person(pid: "${pid}") { registry { riskLevel } } }`,
      undefined,
      undefined,
      await federation.tokenFor('REGISTRY_OFFICER', { subject: 'ro-1' }),
    );

    const TRAIL = `{ auditTrail(pid: "${pid}") { registryEntries { subject role fields operationName } welfareEntries { subject fields } employmentEntries { subject fields } } }`;
    const trail = await federation.query<{
      auditTrail: {
        registryEntries: { subject: string; fields: string[]; operationName: string }[];
        welfareEntries: { subject: string; fields: string[] }[];
        employmentEntries: { subject: string; fields: string[] }[];
      };
    }>(TRAIL, undefined, undefined, await federation.tokenFor('DATA_PROTECTION_OFFICER'));
    expect(trail.errors).toBeUndefined();
    expect(trail.data?.auditTrail.registryEntries).toContainEqual({
      subject: 'ro-1',
      role: 'REGISTRY_OFFICER',
      fields: ['Person.registry', 'Person.registry.riskLevel'],
      operationName: 'Chart',
    });
    expect(trail.data?.auditTrail.welfareEntries).toContainEqual({ subject: 'sw-1', fields: ['Person.referrals', 'Person.referrals.status'] });
    expect(trail.data?.auditTrail.employmentEntries).toContainEqual({
      subject: 'sw-1',
      fields: ['Person.disabilityCertificate', 'Person.disabilityCertificate.grade'],
    });

    const refused = await federation.query(TRAIL, undefined, undefined, await federation.tokenFor('REGISTRY_OFFICER'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the data-protection officer search the audit by reader: whose what, when, refusals included', async () => {
    const { registry } = federation.agencies;
    const { pid: near, county_code: county } = await registry.db('patient').first('pid', 'county_code');
    const far = await registry
      .db('patient')
      .whereNot('county_code', 'like', `${county.slice(0, 2)}%`)
      .first('pid');
    const reader = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: county, subject: 'dr-reader' });
    await federation.query(`query Read { person(pid: "${near}") { registry { riskLevel } } }`, undefined, undefined, reader);
    // A person outside the region: the reader learns nothing, the audit keeps the refusal.
    const outside = await federation.query<{ person: unknown }>(`query Probe { person(pid: "${far.pid}") { pid } }`, undefined, undefined, reader);
    expect(outside.errors).toBeUndefined();
    expect(outside.data?.person).toBeNull();

    const TRAIL = '{ readerTrail(subject: "dr-reader") { subject registryEntries { pid action role fields operationName at } welfareEntries { pid } } }';
    const trail = await federation.query<{
      readerTrail: { subject: string; registryEntries: { pid: string; action: string; role: string; fields: string[]; operationName: string; at: string }[] };
    }>(TRAIL, undefined, undefined, await federation.tokenFor('DATA_PROTECTION_OFFICER'));
    expect(trail.errors).toBeUndefined();
    const entries = trail.data!.readerTrail.registryEntries;
    expect(entries).toContainEqual(
      expect.objectContaining({
        pid: near,
        action: 'READ',
        role: 'HOSPITAL_CLINICIAN',
        fields: ['Person.registry', 'Person.registry.riskLevel'],
        operationName: 'Read',
      }),
    );
    expect(entries).toContainEqual(expect.objectContaining({ pid: far.pid, action: 'REFUSED', fields: ['Query.person'], operationName: 'Probe' }));
    expect(entries.every((e) => typeof e.at === 'string')).toBe(true);

    const refused = await federation.query(TRAIL, undefined, undefined, await federation.tokenFor('SOCIAL_WORKER'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
