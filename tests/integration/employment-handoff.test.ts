// The employment hand-off between the platform and the federation, both ways exactly once: in-process rounds, then real processes killed on the way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES, AGENCY_INFO, type AgencyName } from '#platform/config/agencies.js';
import { signDevToken, type TokenRequest } from '#platform/identity/dev-tokens.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import { migrateToLatest, openDatabase } from '#platform/database/db.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { deliveryRound } from '../../subgraphs/employment/src/answer-delivery.js';
import { importRound } from '../../subgraphs/employment/src/handoff-importer.js';
import { seedDemoData } from '../../scripts/seed/index.js';
import {
  availableBackends,
  createScratchDatabase,
  type Federation,
  type GraphQLBody,
  postGraphQL,
  startFederation,
  type LooseData,
} from '../federation-harness.js';
import { freePort, type RunningProcess, runEntryPoint } from '../processes.js';

const backends = await availableBackends();
type Body = GraphQLBody<LooseData>;
type Call = (url: string, query: string, variables: Record<string, unknown>, token: string) => Promise<Body>;
type TokenFor = (request: Omit<TokenRequest, 'issuer' | 'audience'>) => Promise<string>;

const ANSWER = `mutation Answer($input: AnswerEmploymentReferralInput!) { answerEmploymentReferral(input: $input) { id status answerDelivered } }`;

interface ReferredOut {
  referralId: string;
  handoffId: string;
  pid: string;
  countyCode: string;
}

/**
 * Takes a seeded case in service through the platform's own API: the EMPLOYMENT_SHARING consent,
 * then REFERRED_OUT with an employment outcome, which writes the hand-off to the platform's outbox.
 */
async function referOutToEmployment(
  welfareDb: Knex,
  welfareUrl: string,
  call: Call,
  tokenFor: TokenFor,
  outcome: 'EMPLOYMENT' | 'SHELTERED_EMPLOYMENT',
  skip: readonly string[],
): Promise<ReferredOut> {
  const referral = (await welfareDb('referral')
    .where({ status: 'IN_SERVICE' })
    .whereNotIn('id', skip)
    .orderBy('id')
    .first('id', 'pid', 'county_code', 'institution_id')) as { id: string; pid: string; county_code: string; institution_id: string } | undefined;
  if (!referral) throw new Error('the seeded data has no case in service left');
  const staff = await tokenFor({ role: 'INSTITUTION_STAFF', region: referral.county_code, institution: referral.institution_id });
  const consent = await call(
    welfareUrl,
    `mutation ($id: ID!) { recordReferralConsent(input: { referralId: $id, scope: EMPLOYMENT_SHARING, grantedBy: PATIENT_AND_GUARDIAN }) { referral { version } } }`,
    { id: referral.id },
    staff,
  );
  if (consent.errors && consent.errors[0]?.extensions?.code !== 'ALREADY_EXISTS') throw new Error(`consent refused: ${JSON.stringify(consent.errors)}`);
  const { version } = (await welfareDb('referral').where({ id: referral.id }).first('version')) as { version: number };
  const exitAssessment = {
    assessedOn: chinaToday(),
    effect: 'MARKED',
    illnessStable: true,
    selfCare: true,
    willingToWork: true,
    ableToWork: outcome === 'EMPLOYMENT',
    needsSupport: outcome === 'SHELTERED_EMPLOYMENT',
  };
  const referred = await call(
    welfareUrl,
    `mutation ($input: ReferOutInput!) { referOut(input: $input) { referral { status } } }`,
    { input: { referralId: referral.id, expectedVersion: version, outcome, exitAssessment } },
    staff,
  );
  if (referred.errors) throw new Error(`referOut refused: ${JSON.stringify(referred.errors)}`);
  expect(referred.data!.referOut.referral.status).toBe('REFERRED_OUT');
  const handoff = (await welfareDb('employment_handoff').where({ referral_id: referral.id }).first('id', 'status')) as { id: string; status: string };
  expect(handoff.status).toBe('PENDING');
  return { referralId: referral.id, handoffId: handoff.id, pid: referral.pid, countyCode: referral.county_code };
}

/** The platform's history rows of a case that end in a status. */
const transitionsTo = (welfareDb: Knex, referralId: string, status: string) =>
  welfareDb('referral_transition').where({ referral_id: referralId, to_status: status });

describe.each(backends)('the employment hand-off in-process on %s', (backend) => {
  let federation: Federation;
  let service: string;
  let officer: string;
  const used: string[] = [];

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 100, seed: 7 });
    service = await federation.tokenFor('SERVICE', { purpose: 'EMPLOYMENT', subject: 'service-employment' });
    officer = await federation.tokenFor('EMPLOYMENT_OFFICER', { subject: 'officer-nationwide' });
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const welfareDb = () => federation.agencies.welfare.db;
  const employmentDb = () => federation.agencies.employment.db;
  const call: Call = (url, query, variables, token) => federation.query(query, variables, url, token) as Promise<Body>;
  const tokenFor: TokenFor = ({ role, ...options }) => federation.tokenFor(role, options);
  const endpoint = () => ({ welfareUrl: federation.agencies.welfare.server.graphqlUrl, token: async () => service, batchSize: 100 });

  async function referOut(outcome: 'EMPLOYMENT' | 'SHELTERED_EMPLOYMENT'): Promise<ReferredOut> {
    const referred = await referOutToEmployment(welfareDb(), federation.agencies.welfare.server.graphqlUrl, call, tokenFor, outcome, used);
    used.push(referred.referralId);
    return referred;
  }

  it('imports a hand-off once, and the acknowledgement closes the case once', async () => {
    const referred = await referOut('EMPLOYMENT');
    const first = await importRound(employmentDb(), endpoint());
    expect(first).toMatchObject({ fetched: 1, imported: 1, received: 1, skipped: 0 });
    expect(await importRound(employmentDb(), endpoint())).toEqual({ fetched: 0, imported: 0, received: 0, skipped: 0 });
    const rows = await employmentDb()('employment_referral').where({ id: referred.handoffId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      referral_id: referred.referralId,
      pid: referred.pid,
      county_code: referred.countyCode,
      outcome: 'EMPLOYMENT',
      willing_to_work: true,
      able_to_work: true,
      status: 'RECEIVED',
    });
    expect((await welfareDb()('employment_handoff').where({ id: referred.handoffId }).first('status')).status).toBe('RECEIVED');

    const answered = (await federation.query(ANSWER, { input: { referralId: referred.handoffId, decision: 'ACKNOWLEDGED' } }, undefined, officer)) as Body;
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.answerEmploymentReferral).toEqual({ id: referred.handoffId, status: 'ACKNOWLEDGED', answerDelivered: false });
    // Until delivered, the platform's case waits.
    expect((await welfareDb()('referral').where({ id: referred.referralId }).first('status')).status).toBe('REFERRED_OUT');

    expect(await deliveryRound(employmentDb(), endpoint())).toEqual({ pending: 1, delivered: 1, failures: [] });
    expect(await deliveryRound(employmentDb(), endpoint())).toEqual({ pending: 0, delivered: 0, failures: [] });
    const closed = await welfareDb()('referral').where({ id: referred.referralId }).first('status', 'close_reason');
    expect(closed).toEqual({ status: 'CLOSED', close_reason: 'HANDOFF_ACKNOWLEDGED' });
    expect(await transitionsTo(welfareDb(), referred.referralId, 'CLOSED')).toHaveLength(1);
    expect((await welfareDb()('employment_handoff').where({ id: referred.handoffId }).first('status')).status).toBe('ACKNOWLEDGED');
    const delivered = (await federation.query(ANSWER, { input: { referralId: referred.handoffId, decision: 'ACKNOWLEDGED' } }, undefined, officer)) as Body;
    expect(delivered.data!.answerEmploymentReferral.answerDelivered).toBe(true);

    // An answer confirmed but not marked (a crash between the two) is sent again: the platform changes nothing.
    await employmentDb()('employment_referral').where({ id: referred.handoffId }).update({ answer_delivered_at: null });
    expect(await deliveryRound(employmentDb(), endpoint())).toEqual({ pending: 1, delivered: 1, failures: [] });
    expect(await transitionsTo(welfareDb(), referred.referralId, 'CLOSED')).toHaveLength(1);
  });

  it('returns a declined case to service with the reason', async () => {
    const referred = await referOut('SHELTERED_EMPLOYMENT');
    await importRound(employmentDb(), endpoint());
    const declined = (await federation.query(
      ANSWER,
      { input: { referralId: referred.handoffId, decision: 'DECLINED', reason: '本人暂无就业意愿' } },
      undefined,
      officer,
    )) as Body;
    expect(declined.errors).toBeUndefined();
    expect(await deliveryRound(employmentDb(), endpoint())).toEqual({ pending: 1, delivered: 1, failures: [] });
    expect((await welfareDb()('referral').where({ id: referred.referralId }).first('status')).status).toBe('IN_SERVICE');
    expect(await welfareDb()('employment_handoff').where({ id: referred.handoffId }).first('status', 'decline_reason')).toEqual({
      status: 'DECLINED',
      decline_reason: '本人暂无就业意愿',
    });
    expect(await transitionsTo(welfareDb(), referred.referralId, 'IN_SERVICE').where({ from_status: 'REFERRED_OUT' })).toHaveLength(1);
  });

  it("lets only a service identity read the platform's outbox", async () => {
    const welfareUrl = federation.agencies.welfare.server.graphqlUrl;
    const asOfficer = (query: string) => federation.query(query, {}, welfareUrl, officer) as Promise<Body>;
    expect((await asOfficer(`{ pendingEmploymentHandoffs { id } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await expect(importRound(employmentDb(), { ...endpoint(), token: async () => officer })).rejects.toThrow(/FORBIDDEN/);
  });
});

// Killing a process mid-write needs databases that outlive it on their own: PostgreSQL.
const postgres = backends.includes('postgres');
const LINKAGE_KEY = 'ab'.repeat(32);

describe.skipIf(!postgres)('the employment hand-off with real processes killed on the way', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  const dbs = {} as Record<AgencyName, Knex>;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let welfareUrl: string;
  let employmentUrl: string;
  let tokenFor: TokenFor;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'pj-employment-handoff-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    env = { DATA_DIR: dataDir, LOG_LEVEL: 'info', LINKAGE_KEY, REFERRAL_IMPORT_INTERVAL_MS: '0', EMPLOYMENT_SYNC_INTERVAL_MS: '200' };
    for (const name of AGENCIES) {
      const scratch = await createScratchDatabase(`employment_handoff_${name}`);
      cleanups.push(scratch.drop);
      dbs[name] = openDatabase({ urlVariable: AGENCY_INFO[name].databaseUrlVariable, url: scratch.url, embeddedDir: 'memory://' });
      cleanups.unshift(() => dbs[name].destroy());
      await migrateToLatest(dbs[name], AGENCY_INFO[name].migrationsDir);
      env[AGENCY_INFO[name].databaseUrlVariable] = scratch.url;
    }
    await seedDemoData(dbs, { people: 100, seed: 7, linkageKey: Buffer.from(LINKAGE_KEY, 'hex') });
    const welfarePort = await freePort();
    const employmentPort = await freePort();
    welfareUrl = `http://127.0.0.1:${welfarePort}/graphql`;
    employmentUrl = `http://127.0.0.1:${employmentPort}/graphql`;
    Object.assign(env, {
      WELFARE_PORT: String(welfarePort),
      EMPLOYMENT_PORT: String(employmentPort),
      WELFARE_URL: welfareUrl,
      REGISTRY_URL: 'http://127.0.0.1:9/graphql',
    });
    const key = await ensureDevKeys(dataDir);
    tokenFor = (request) => signDevToken(key, { ...request, issuer: 'patient-journey-dev', audience: 'patient-journey' });
  });

  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  async function start(agency: 'welfare' | 'employment', extra: NodeJS.ProcessEnv = {}): Promise<RunningProcess> {
    const child = runEntryPoint(`subgraphs/${agency}/src/server.ts`, [], { ...env, ...extra });
    cleanups.unshift(() => void child.child.kill('SIGKILL'));
    await child.waitForOutput('listening', 60_000);
    return child;
  }

  /** A process that is meant to kill itself at its fault-injection point. */
  async function crashing(point: 'import' | 'answer'): Promise<void> {
    const child = runEntryPoint('subgraphs/employment/src/server.ts', [], { ...env, EMPLOYMENT_SYNC_CRASH_AFTER: point });
    cleanups.unshift(() => void child.child.kill('SIGKILL'));
    expect((await child.exited).signal).toBe('SIGKILL');
  }

  const kill = async (child: RunningProcess) => {
    child.child.kill('SIGKILL');
    await child.exited;
  };

  async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const call: Call = (url, query, variables, token) => postGraphQL(url, query, variables, token);
  const handoffStatus = async (id: string) => ((await dbs.welfare('employment_handoff').where({ id }).first('status')) as { status: string }).status;
  const federationRows = (id: string) => dbs.employment('employment_referral').where({ id });
  const auditRows = (operation: string, pid: string) => dbs.employment('audit_log').where({ operation_name: operation, pid, action: 'WRITE' });

  it('loses and duplicates nothing when the federation is killed after its import and after the platform confirmed its answer', async () => {
    const welfare = await start('welfare');
    const referred = await referOutToEmployment(dbs.welfare, welfareUrl, call, tokenFor, 'EMPLOYMENT', []);

    // Killed right after the import commits, before the platform hears of it: the hand-off is still pending there.
    await crashing('import');
    expect(await federationRows(referred.handoffId)).toHaveLength(1);
    expect(await handoffStatus(referred.handoffId)).toBe('PENDING');

    // Restarted: the import is a no-op, the receipt goes through.
    let employment = await start('employment');
    await until(async () => (await handoffStatus(referred.handoffId)) === 'RECEIVED', 20_000);
    expect(await federationRows(referred.handoffId)).toHaveLength(1);
    expect(await auditRows('importEmploymentHandoffs', referred.pid)).toHaveLength(1);
    await kill(employment);

    // An officer acknowledges while the federation's rounds are off.
    employment = await start('employment', { EMPLOYMENT_SYNC_INTERVAL_MS: '0' });
    const officer = await tokenFor({ role: 'EMPLOYMENT_OFFICER', region: referred.countyCode });
    const answered = await call(employmentUrl, ANSWER, { input: { referralId: referred.handoffId, decision: 'ACKNOWLEDGED' } }, officer);
    expect(answered.errors).toBeUndefined();
    await kill(employment);

    // Killed after the platform confirmed the answer, before it is marked delivered: the case is closed, the outbox still holds the answer.
    await crashing('answer');
    expect(await dbs.welfare('referral').where({ id: referred.referralId }).first('status', 'close_reason')).toEqual({
      status: 'CLOSED',
      close_reason: 'HANDOFF_ACKNOWLEDGED',
    });
    expect((await federationRows(referred.handoffId))[0].answer_delivered_at).toBeNull();

    // Restarted: the answer goes again, the platform changes nothing, and it is marked delivered once.
    employment = await start('employment');
    await until(async () => (await federationRows(referred.handoffId))[0].answer_delivered_at !== null, 20_000);
    expect(await transitionsTo(dbs.welfare, referred.referralId, 'CLOSED')).toHaveLength(1);
    expect(await handoffStatus(referred.handoffId)).toBe('ACKNOWLEDGED');
    expect(await auditRows('deliverEmploymentAnswers', referred.pid)).toHaveLength(1);
    expect(await federationRows(referred.handoffId)).toHaveLength(1);
    await kill(employment);
    await kill(welfare);
  });
});
