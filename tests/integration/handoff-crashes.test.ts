// The four hand-offs between agencies exactly once with real processes killed (kill -9) on the way: each sender after its
// enqueue, holding its claim, and after the receiver committed; each receiver after its commit, before it answered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES, AGENCY_INFO, type AgencyName } from '#platform/config/agencies.js';
import { migrateToLatest, openDatabase } from '#platform/database/db.js';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import type { CrashPoint } from '#platform/outbox/crash-points.js';
import { seedDemoData } from '../../scripts/seed/index.js';
import { ANSWER, type Call, referOutToEmployment, type TokenFor } from '../employment-referral.js';
import { availableBackends, createScratchDatabase, type LooseData, postGraphQL } from '../federation-harness.js';
import { freePort, type RunningProcess, runEntryPoint } from '../processes.js';

// Killing a process mid-write needs databases that outlive it on their own: PostgreSQL. (PGlite runs
// the lease path in-process: tests/integration/registry.test.ts.)
const postgres = (await availableBackends()).includes('postgres');
const LINKAGE_KEY = 'ab'.repeat(32);

/** One hand-off: who sends, who receives, how a test makes one message, and how each side shows it. */
interface Handoff {
  name: string;
  sender: AgencyName;
  receiver: AgencyName;
  topic: string;
  /** Writes one message through the sender's API (the sender runs with its relay off); returns the message key. */
  create(): Promise<string>;
  /** Rows the receiver holds for the key: exactly one once delivered. */
  received(key: string): Promise<number>;
  /** The receiver's audit rows of the write it made for the key: one, however often it was delivered. */
  receiverWrites(key: string): Promise<number>;
  /** The sender's own record that the receiver has the message. */
  senderDone(key: string): Promise<boolean>;
}

describe.skipIf(!postgres)('the hand-offs between agencies with processes killed on the way', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  const dbs = {} as Record<AgencyName, Knex>;
  const outputs: RunningProcess[] = [];
  let env: NodeJS.ProcessEnv;
  const urls = {} as Record<AgencyName, string>;
  let tokenFor: TokenFor;
  let sequence = 700;
  const used: string[] = [];

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pj-handoff-crashes-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    // A short lease, so that a claim left by a killed relay expires within the test.
    env = { DATA_DIR: dataDir, LOG_LEVEL: 'debug', LINKAGE_KEY, OUTBOX_RELAY_INTERVAL_MS: '200', OUTBOX_LEASE_MS: '1500' };
    for (const name of AGENCIES) {
      const scratch = await createScratchDatabase(`handoff_crashes_${name}`);
      cleanups.push(scratch.drop);
      dbs[name] = openDatabase({ urlVariable: AGENCY_INFO[name].databaseUrlVariable, url: scratch.url, embeddedDir: 'memory://' });
      cleanups.unshift(() => dbs[name].destroy());
      await migrateToLatest(dbs[name], AGENCY_INFO[name].migrationsDir);
      const port = await freePort();
      urls[name] = `http://127.0.0.1:${port}/graphql`;
      Object.assign(env, {
        [AGENCY_INFO[name].databaseUrlVariable]: scratch.url,
        [AGENCY_INFO[name].portVariable]: String(port),
        [AGENCY_INFO[name].subgraphUrlVariable]: urls[name],
      });
    }
    await seedDemoData(dbs, { people: 240, seed: 7, linkageKey: Buffer.from(LINKAGE_KEY, 'hex') });
    const key = await ensureDevKeys(dataDir);
    tokenFor = (request) => signDevToken(key, { ...request, issuer: 'patient-journey-dev', audience: 'patient-journey' });
  });

  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  function run(agency: AgencyName, extra: NodeJS.ProcessEnv = {}): RunningProcess {
    const child = runEntryPoint(`subgraphs/${agency}/src/server.ts`, [], { ...env, ...extra });
    outputs.push(child);
    cleanups.unshift(() => void child.child.kill('SIGKILL'));
    return child;
  }

  async function start(agency: AgencyName, extra: NodeJS.ProcessEnv = {}): Promise<RunningProcess> {
    const child = run(agency, extra);
    await child.waitForOutput('listening', 60_000);
    return child;
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
  const count = async (query: Knex.QueryBuilder) => Number(((await query.count({ n: '*' })) as { n: number | string }[])[0]!.n);
  const outboxRow = (agency: AgencyName, topic: string, key: string) => dbs[agency]('outbox_message').where({ topic, key }).first();

  const upload: Handoff = {
    name: 'the consented upload, registry → platform',
    sender: 'registry',
    receiver: 'welfare',
    topic: 'referral-upload',
    async create() {
      const clinician = await tokenFor({ role: 'HOSPITAL_CLINICIAN', region: '440300' });
      const ask = async (query: string, variables: Record<string, unknown>) => {
        const body = await postGraphQL<LooseData>(urls.registry, query, variables, clinician);
        expect(body.errors).toBeUndefined();
        return body.data!;
      };
      const registered = await ask(`mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { person { pid } } }`, {
        input: {
          citizenId: buildCitizenId('440305', '1979-09-09', sequence++),
          name: '测试',
          countyCode: '440305',
          guardianName: '监护人',
          diagnosis: 'BIPOLAR_DISORDER',
          icd10: 'F31.2',
          diagnosedOn: '2024-05-01',
          riskLevel: 1,
        },
      });
      const pid = registered.registerPatient.person.pid as string;
      await ask(`mutation ($pid: ID!) { recordConsent(input: { pid: $pid, grantedBy: PATIENT_AND_GUARDIAN }) { person { pid } } }`, { pid });
      return (await ask(`mutation ($pid: ID!) { uploadReferral(input: { pid: $pid }) { id } }`, { pid })).uploadReferral.id as string;
    },
    received: (key) => count(dbs.welfare('referral').where({ source_upload_id: key })),
    receiverWrites: async (key) => {
      const referral = await dbs.welfare('referral').where({ source_upload_id: key }).first('pid');
      return count(
        dbs
          .welfare('audit_log')
          .where({ operation_name: 'ReceiveReferralUpload', action: 'WRITE', pid: referral.pid })
          .whereRaw('? = any(fields)', ['referral']),
      );
    },
    senderDone: async (key) => (await dbs.registry('referral_upload').where({ id: key }).first('status')).status === 'DELIVERED',
  };

  const handoff: Handoff = {
    name: 'the employment hand-off, platform → federation',
    sender: 'welfare',
    receiver: 'employment',
    topic: 'employment-handoff',
    async create() {
      const referred = await referOutToEmployment(dbs.welfare, urls.welfare, call, tokenFor, 'EMPLOYMENT', used);
      used.push(referred.referralId);
      return referred.handoffId;
    },
    received: (key) => count(dbs.employment('employment_referral').where({ id: key })),
    receiverWrites: async (key) => {
      const { pid } = await dbs.employment('employment_referral').where({ id: key }).first('pid');
      return count(dbs.employment('audit_log').where({ operation_name: 'ReceiveEmploymentHandoff', action: 'WRITE', pid }));
    },
    senderDone: async (key) => (await dbs.welfare('employment_handoff').where({ id: key }).first('status')).status === 'RECEIVED',
  };

  const answer: Handoff = {
    name: "the officer's answer, federation → platform",
    sender: 'employment',
    receiver: 'welfare',
    topic: 'employment-answer',
    async create() {
      const referred = await referOutToEmployment(dbs.welfare, urls.welfare, call, tokenFor, 'EMPLOYMENT', used);
      used.push(referred.referralId);
      // The hand-off arrives as the platform's relay would send it (this test is about the answer's way back).
      const platform = await tokenFor({ role: 'SERVICE', region: '000000', purpose: 'EMPLOYMENT', subject: 'service-welfare' });
      const handed = await dbs.welfare('employment_handoff').where({ id: referred.handoffId }).first();
      const received = await call(
        urls.employment,
        `mutation ($input: ReceiveEmploymentHandoffInput!) { receiveEmploymentHandoff(input: $input) { id } }`,
        {
          input: {
            handoffId: handed.id,
            referralId: handed.referral_id,
            pid: handed.pid,
            countyCode: handed.county_code,
            outcome: handed.outcome,
            willingToWork: handed.willing_to_work,
            ableToWork: handed.able_to_work,
            needsSupport: handed.needs_support,
            handedOverAt: new Date(handed.handed_over_at).toISOString(),
          },
        },
        platform,
      );
      expect(received.errors).toBeUndefined();
      const officer = await tokenFor({ role: 'EMPLOYMENT_OFFICER', region: referred.countyCode });
      const answered = await call(urls.employment, ANSWER, { input: { referralId: referred.handoffId, decision: 'ACKNOWLEDGED' } }, officer);
      expect(answered.errors).toBeUndefined();
      return referred.handoffId;
    },
    received: async (key) => {
      const { referral_id } = await dbs.welfare('employment_handoff').where({ id: key }).first('referral_id');
      return count(dbs.welfare('referral_transition').where({ referral_id, to_status: 'CLOSED' }));
    },
    receiverWrites: async (key) => {
      const { pid } = await dbs.welfare('employment_handoff').where({ id: key }).first('pid');
      return count(dbs.welfare('audit_log').where({ operation_name: 'AnswerEmploymentHandoff', action: 'WRITE', pid }));
    },
    senderDone: async (key) => (await dbs.employment('employment_referral').where({ id: key }).first('answer_delivered_at')).answer_delivered_at !== null,
  };

  const statusNotice: Handoff = {
    name: "the registry's status notice, registry → platform",
    sender: 'registry',
    receiver: 'welfare',
    topic: 'management-status',
    async create() {
      const clinician = await tokenFor({ role: 'HOSPITAL_CLINICIAN', region: '440300' });
      const officer = await tokenFor({ role: 'REGISTRY_OFFICER', region: '440000' });
      const ask = async (token: string, query: string, variables: Record<string, unknown>) => {
        const body = await postGraphQL<LooseData>(urls.registry, query, variables, token);
        expect(body.errors).toBeUndefined();
        return body.data!;
      };
      const registered = await ask(clinician, `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { person { pid } } }`, {
        input: {
          citizenId: buildCitizenId('440305', '1981-02-03', sequence++),
          name: '测试',
          countyCode: '440305',
          guardianName: null,
          registeredOn: '2024-11-04',
          diagnosis: 'SCHIZOPHRENIA',
          icd10: 'F20.0',
          diagnosedOn: '2024-05-01',
          riskLevel: 1,
        },
      });
      const pid = registered.registerPatient.person.pid as string;
      await ask(clinician, `mutation ($pid: ID!) { recordConsent(input: { pid: $pid, grantedBy: PATIENT }) { person { pid } } }`, { pid });
      await ask(officer, `mutation ($pid: ID!) { setManagementStatus(input: { pid: $pid, status: DECEASED, since: "2025-06-01" }) { person { pid } } }`, {
        pid,
      });
      return (await dbs.registry('management_status_change').where({ pid }).first('id')).id as string;
    },
    received: (key) => count(dbs.welfare('registry_status_receipt').where({ change_id: key })),
    receiverWrites: async (key) => {
      const { pid } = await dbs.registry('management_status_change').where({ id: key }).first('pid');
      return count(dbs.welfare('audit_log').where({ operation_name: 'ReceiveRegistryStatus', action: 'WRITE', pid }));
    },
    senderDone: async (key) => (await dbs.registry('management_status_change').where({ id: key }).first('delivered_at')).delivered_at !== null,
  };

  /**
   * The sender writes with its relay off and is killed right after (after the enqueue, before any
   * delivery); then the named side is killed at its crash point; then both run normally until the
   * sender has its record. The receiver holds the message once, wrote it once, and nothing is lost.
   */
  async function killedAt(h: Handoff, crash: CrashPoint): Promise<void> {
    let receiver = crash === 'received' ? run(h.receiver, { OUTBOX_CRASH_AT: 'received' }) : run(h.receiver);
    await receiver.waitForOutput('listening', 60_000);
    const writer = await start(h.sender, { OUTBOX_RELAY_INTERVAL_MS: '0' });
    const key = await h.create();
    await kill(writer);
    expect(await outboxRow(h.sender, h.topic, key)).toMatchObject({ delivered_at: null });
    expect(await h.received(key)).toBe(0);

    if (crash === 'received') {
      // The receiver commits and dies before it answers: the sender saw only a broken connection.
      const sender = await start(h.sender);
      expect((await receiver.exited).signal).toBe('SIGKILL');
      expect(await h.received(key)).toBe(1);
      expect(await h.senderDone(key)).toBe(false);
      receiver = await start(h.receiver);
      await until(() => h.senderDone(key), 30_000);
      await kill(sender);
    } else {
      const crashing = run(h.sender, { OUTBOX_CRASH_AT: crash });
      expect((await crashing.exited).signal).toBe('SIGKILL');
      // Killed holding the claim: nothing was sent. Killed after the receiver's commit: it was, once.
      expect(await h.received(key)).toBe(crash === 'claimed' ? 0 : 1);
      expect(await h.senderDone(key)).toBe(false);
      expect((await outboxRow(h.sender, h.topic, key)).delivered_at).toBeNull();
      const sender = await start(h.sender);
      await until(() => h.senderDone(key), 30_000);
      await kill(sender);
    }
    expect(await h.received(key)).toBe(1);
    expect(await h.receiverWrites(key)).toBe(1);
    expect((await outboxRow(h.sender, h.topic, key)).delivered_at).not.toBeNull();
    await kill(receiver);
  }

  for (const h of [upload, handoff, answer, statusNotice]) {
    describe(h.name, () => {
      it('loses and duplicates nothing when the sender is killed after its enqueue and again holding its claim', () => killedAt(h, 'claimed'), 180_000);
      it(
        'duplicates nothing when the sender is killed after the receiver committed, before it marked the message delivered',
        () => killedAt(h, 'delivered'),
        180_000,
      );
      it('duplicates nothing when the receiver is killed after its commit, before it answered', () => killedAt(h, 'received'), 180_000);
    });
  }

  it('describes every failed delivery by status and codes, never by a bare TypeError', () => {
    const lines = outputs.flatMap((p) => `${p.stdout()}\n${p.stderr()}`.split('\n')).filter((line) => line.includes('"event":"outbox-delivery"'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toMatch(/TypeError/);
      expect(JSON.parse(line).reason).toMatch(/^(registry|welfare|employment) (unreachable|timed out|answered HTTP \d{3})/);
    }
  });
});
