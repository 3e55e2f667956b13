// Intake by citizen ID (issue 16): a social worker submits and finds cases with the person's citizen ID; welfare keeps only the derived pid.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { derivePid } from '#platform/identity/pid.js';
import { availableBackends, type Federation, type GraphQLBody, type LooseData, startFederation } from '../federation-harness.js';

const backends = await availableBackends();

/** Nanshan, Shenzhen: the social worker's county; Beijing's Chaoyang is out of their region. */
const COUNTY = '440305';
const BEIJING_COUNTY = '110105';

const SUBMIT = 'mutation Submit($input: SubmitReferralInput!) { submitReferral(input: $input) { referral { id status version regionCode person { pid } } } }';
const LOOKUP = 'query Lookup($citizenId: CitizenId!) { referralsByCitizenId(citizenId: $citizenId) { id regionCode person { pid } } }';
const REGISTER = 'mutation Register($input: RegisterPatientInput!) { registerPatient(input: $input) { person { pid } } }';

/** Every table a submission touches, to prove that a refused one wrote nothing. */
const WRITTEN_TABLES = ['referral', 'referral_transition', 'audit_log', 'mutation_receipt', 'outbox_message'];

type Body = GraphQLBody<LooseData>;
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;
const key = (label: string) => `${label}-${randomBytes(6).toString('hex')}`;

describe.each(backends)('intake by citizen ID on %s', (backend) => {
  let federation: Federation;
  let welfare: Knex;
  let worker: string;
  let beijingWorker: string;
  let sequence = 100;
  /** Every citizen ID the tests sent, valid or not: none may reach a log line. */
  const sent = new Set<string>();
  let logFile: string;
  const previous = { file: process.env.LOG_FILE, level: process.env.LOG_LEVEL };

  /** A citizen ID nobody has used yet in this run (valid check character). */
  const newCitizenId = () => {
    const citizenId = buildCitizenId(COUNTY, '1983-05-21', sequence++);
    sent.add(citizenId);
    return citizenId;
  };

  beforeAll(async () => {
    logFile = path.join(mkdtempSync(path.join(tmpdir(), 'pj-intake-logs-')), 'servers.log');
    process.env.LOG_FILE = logFile;
    process.env.LOG_LEVEL = 'debug';
    federation = await startFederation(backend, { people: 20, seed: 16 });
    welfare = federation.agencies.welfare.db;
    worker = await federation.tokenFor('SOCIAL_WORKER', { region: COUNTY, subject: 'sw-nanshan-intake' });
    beijingWorker = await federation.tokenFor('SOCIAL_WORKER', { region: '110000', subject: 'sw-beijing-intake' });
  });
  afterAll(async () => {
    await federation?.stop();
    for (const [name, value] of [
      ['LOG_FILE', previous.file],
      ['LOG_LEVEL', previous.level],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(path.dirname(logFile), { recursive: true, force: true });
  });

  /** The answer's body (data and errors), without the HTTP status the harness adds. */
  async function call(token: string, query: string, variables: Record<string, unknown>): Promise<Body> {
    const { status: _status, ...body } = (await federation.query(query, variables, undefined, token)) as Body & { status?: number };
    return body;
  }
  const submit = (token: string, input: Record<string, unknown>) =>
    call(token, SUBMIT, { input: { channel: 'VOLUNTARY_APPLICATION', countyCode: COUNTY, ...input } });
  const lookup = (token: string, citizenId: string) => call(token, LOOKUP, { citizenId });

  async function tableCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of WRITTEN_TABLES) {
      const [row] = (await welfare(table).count({ n: '*' })) as { n: number | string }[];
      counts[table] = Number(row!.n);
    }
    return counts;
  }

  /** Rows of every welfare table whose text (any column, cast to text) contains `needle`. */
  async function tablesHolding(needle: string): Promise<string[]> {
    const tables: { table_name: string }[] = await welfare('information_schema.tables')
      .where({ table_schema: 'public', table_type: 'BASE TABLE' })
      .select('table_name');
    const found: string[] = [];
    for (const { table_name } of tables) {
      // A whole row cast to text: every column at once, whatever its type (text, JSON, arrays).
      const result = await welfare.raw('select count(*) as n from ?? as t where position(? in cast(t as text)) > 0', [table_name, needle]);
      if (Number(result.rows[0].n) > 0) found.push(table_name);
    }
    return found;
  }

  it('creates the case under the pid the registry derives from the same citizen ID', async () => {
    const citizenId = newCitizenId();
    const clinician = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: '440300', subject: 'dr-intake' });
    const registered = await call(clinician, REGISTER, {
      input: { citizenId, name: '测试', countyCode: COUNTY, diagnosis: 'SCHIZOPHRENIA', icd10: 'F20', diagnosedOn: '2020-01-01', riskLevel: 1 },
    });
    expect(registered.errors).toBeUndefined();
    const registryPid = registered.data!.registerPatient.person.pid as string;

    const body = await submit(worker, { citizenId, idempotencyKey: key('intake') });
    expect(body.errors).toBeUndefined();
    const referral = body.data!.submitReferral.referral;
    expect(referral).toMatchObject({ status: 'SUBMITTED', version: 1, regionCode: COUNTY, person: { pid: registryPid } });
    expect(registryPid).toBe(derivePid(citizenId, federation.linkageKey));
    const row = await welfare('referral').where({ id: referral.id }).first('pid');
    expect(row.pid).toBe(registryPid);
  });

  it('takes a lower-case check character X as the same person', async () => {
    let citizenId = newCitizenId();
    while (!citizenId.endsWith('X')) citizenId = newCitizenId();
    const body = await submit(worker, { citizenId: citizenId.toLowerCase() });
    expect(body.errors).toBeUndefined();
    expect(body.data!.submitReferral.referral.person.pid).toBe(derivePid(citizenId, federation.linkageKey));
  });

  it('stores the citizen ID nowhere: no table, receipt or audit row holds it', async () => {
    const citizenId = newCitizenId();
    const body = await submit(worker, { citizenId, channel: 'THIRD_PARTY_APPLICATION', applicant: 'RESIDENTS_COMMITTEE', idempotencyKey: key('stored') });
    expect(body.errors).toBeUndefined();
    expect(await lookup(worker, citizenId)).toMatchObject({ data: { referralsByCitizenId: [{ id: body.data!.submitReferral.referral.id }] } });
    // The whole ID, and its first 17 characters (all but the check character).
    expect(await tablesHolding(citizenId)).toEqual([]);
    expect(await tablesHolding(citizenId.slice(0, 17))).toEqual([]);
    // The tables that would hold it, had it leaked, do hold the write itself.
    const pid = derivePid(citizenId, federation.linkageKey);
    expect(await tablesHolding(pid)).toEqual(expect.arrayContaining(['referral', 'audit_log', 'mutation_receipt']));
  });

  it('refuses a wrong check character as BAD_USER_INPUT without echoing the ID, and writes nothing', async () => {
    const valid = newCitizenId();
    const wrong = `${valid.slice(0, 17)}${valid[17] === '1' ? '2' : '1'}`;
    sent.add(wrong);
    const attempts = [
      () => submit(worker, { citizenId: wrong, idempotencyKey: key('bad') }),
      () => lookup(worker, wrong),
      // Written into the query itself rather than sent as a variable.
      () => call(worker, `query Inline { referralsByCitizenId(citizenId: "${wrong}") { id } }`, {}),
    ];
    for (const attempt of attempts) {
      const before = await tableCounts();
      const body = await attempt();
      expect(codeOf(body), JSON.stringify(body.errors)).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/校验码/);
      expect(JSON.stringify(body)).not.toContain(wrong.slice(0, 14));
      expect(body.data ?? null).toBeNull();
      expect(await tableCounts()).toEqual(before);
    }
  });

  it('asks for exactly one of pid and citizen ID', async () => {
    const citizenId = newCitizenId();
    const pid = derivePid(citizenId, federation.linkageKey);
    const before = await tableCounts();
    for (const input of [{}, { pid, citizenId }]) {
      const body = await submit(worker, input);
      expect(codeOf(body)).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.argument).toBe('input.pid');
      expect(JSON.stringify(body)).not.toContain(citizenId.slice(0, 14));
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('keeps an idempotency key to the person whichever form names them', async () => {
    const citizenId = newCitizenId();
    const pid = derivePid(citizenId, federation.linkageKey);
    const idempotencyKey = key('either-form');
    const first = await submit(worker, { citizenId, idempotencyKey });
    expect(first.errors).toBeUndefined();
    const before = await tableCounts();
    const byPid = await submit(worker, { pid, idempotencyKey });
    const again = await submit(worker, { citizenId, idempotencyKey });
    expect(byPid).toEqual(first);
    expect(again).toEqual(first);
    expect(await tableCounts()).toEqual(before);
    // Another person under the same key is still a reused key, in either form.
    expect(codeOf(await submit(worker, { citizenId: newCitizenId(), idempotencyKey }))).toBe('IDEMPOTENCY_KEY_REUSED');
    const reverse = key('either-form');
    const other = newCitizenId();
    expect((await submit(worker, { pid: derivePid(other, federation.linkageKey), idempotencyKey: reverse })).errors).toBeUndefined();
    expect((await submit(worker, { citizenId: other, idempotencyKey: reverse })).errors).toBeUndefined();
  });

  it("finds the person's cases in the caller's region, and answers out of region exactly as for a person nobody knows", async () => {
    const citizenId = newCitizenId();
    const created = await submit(worker, { citizenId });
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.submitReferral.referral;

    const own = await lookup(worker, citizenId);
    expect(own).toEqual({ data: { referralsByCitizenId: [{ id, regionCode: COUNTY, person: { pid: derivePid(citizenId, federation.linkageKey) } }] } });
    const province = await lookup(await federation.tokenFor('PLATFORM_OFFICER', { region: '440000' }), citizenId);
    expect(province.data?.referralsByCitizenId).toEqual([expect.objectContaining({ id })]);

    const elsewhere = await lookup(beijingWorker, citizenId);
    const unknown = await lookup(beijingWorker, newCitizenId());
    expect(elsewhere).toEqual({ data: { referralsByCitizenId: [] } });
    expect(unknown).toEqual(elsewhere);
    // A case outside the caller's region cannot be submitted there either: the county decides, not the person.
    expect(codeOf(await submit(beijingWorker, { citizenId }))).toBe('FORBIDDEN');
  });

  it('answers a person the registry knows and one no agency knows alike', async () => {
    const known = newCitizenId();
    const clinician = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: '440300', subject: 'dr-intake-2' });
    const registered = await call(clinician, REGISTER, {
      input: { citizenId: known, name: '测试', countyCode: COUNTY, diagnosis: 'BIPOLAR_DISORDER', icd10: 'F31', diagnosedOn: '2021-01-01', riskLevel: 0 },
    });
    expect(registered.errors).toBeUndefined();
    const unknown = newCitizenId();

    expect(await lookup(worker, known)).toEqual({ data: { referralsByCitizenId: [] } });
    expect(await lookup(worker, unknown)).toEqual({ data: { referralsByCitizenId: [] } });
    const shape = (body: Body) => {
      expect(body.errors).toBeUndefined();
      const { id: _id, person: _person, ...rest } = body.data!.submitReferral.referral;
      return rest;
    };
    expect(shape(await submit(worker, { citizenId: known }))).toEqual(shape(await submit(worker, { citizenId: unknown })));
    expect(await lookup(beijingWorker, known)).toEqual(await lookup(beijingWorker, unknown));
  });

  it('audits the lookup like every read of a case, and the submission like every write', async () => {
    const citizenId = newCitizenId();
    const pid = derivePid(citizenId, federation.linkageKey);
    expect((await submit(worker, { citizenId })).errors).toBeUndefined();
    expect((await lookup(worker, citizenId)).errors).toBeUndefined();
    const rows: { action: string; fields: unknown }[] = await welfare('audit_log').where({ pid }).select('action', 'fields');
    const actions = rows.map((row) => row.action);
    expect(actions).toContain('WRITE');
    expect(actions).toContain('READ');
    expect(JSON.stringify(rows)).toContain('Query.referralsByCitizenId');
  });

  it('is for those who may submit: other roles are FORBIDDEN', async () => {
    const citizenId = newCitizenId();
    for (const role of ['INSTITUTION_STAFF', 'HOSPITAL_CLINICIAN', 'ANALYST', 'EMPLOYMENT_OFFICER'] as const) {
      const body = await lookup(
        await federation.tokenFor(role, { region: COUNTY, ...(role === 'INSTITUTION_STAFF' ? { institution: 'institution-of-test' } : {}) }),
        citizenId,
      );
      expect(codeOf(body), role).toBe('FORBIDDEN');
    }
  });

  it('refuses a submission by citizen ID for a county outside the caller’s region, as by pid', async () => {
    expect(codeOf(await submit(worker, { citizenId: newCitizenId(), countyCode: BEIJING_COUNTY }))).toBe('FORBIDDEN');
  });

  // Last, once every request above has been logged.
  it('leaves no citizen ID it was sent in any log line', () => {
    const text = readFileSync(logFile, 'utf8');
    expect(text.length).toBeGreaterThan(0);
    expect([...sent].filter((citizenId) => text.includes(citizenId) || text.includes(citizenId.slice(0, 17)))).toEqual([]);
  });
});
