// The nine hand-offs between agencies exactly once with real processes killed (kill -9) on the way: each sender after its
// enqueue, holding its claim, and after the receiver committed; each receiver after its commit, before it answered.
// One federation of processes serves every hand-off: the messages are written first, held back (a due date far ahead),
// and let go one crash at a time, so that a process armed at a crash point dies on the message under test and no other.
import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyEndpoint } from '#platform/agency-calls/agency-client.js';
import { AGENCIES, AGENCY_INFO, type AgencyName } from '#platform/config/agencies.js';
import { migrateToLatest, openDatabase } from '#platform/database/db.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import { CRASH_POINTS, type CrashPoint } from '#platform/outbox/crash-points.js';
import type { OutboxMessage, OutboxPayload } from '#platform/outbox/outbox.js';
import type { TopicHandler } from '#platform/outbox/relay.js';
import { seedDemoData } from '../../scripts/seed/index.js';
import { uploadHandlers } from '../../subgraphs/registry/src/referral-upload-relay.js';
import { greenChannelHandlers } from '../../subgraphs/welfare/src/green-channel-relay.js';
import { ANSWER, type Call, referOutToEmployment, type TokenFor } from '../employment-referral.js';
import { availableBackends, createScratchDatabase, type LooseData, postGraphQL } from '../federation-harness.js';
import { migratedImage } from '../pglite-images.js';
import { freePort, type RunningProcess, runEntryPoint } from '../processes.js';

// Every crash point of every hand-off runs on PostgreSQL, which the test reads while the processes run; one path runs
// on PGlite (at the end), whose files the test reads only between processes.
const postgres = (await availableBackends()).includes('postgres');
const LINKAGE_KEY = 'ab'.repeat(32);
/** A unified social credit code (GB 32100) with a valid check character: the hospital of the green channel. */
const HOSPITAL = '91350100M000100Y43';
const COUNTY = '440305';

/** One hand-off: who sends, who receives, how a test makes one message, and how each side shows it. */
interface Handoff {
  name: string;
  sender: AgencyName;
  receiver: AgencyName;
  topic: string;
  /** Writes one message through the sender's API (every agency runs with its relay off); returns the message key. */
  create(): Promise<string>;
  /** Rows the receiver holds for the key: exactly one once delivered. */
  received(key: string): Promise<number>;
  /** The receiver's audit rows of the write it made for the key: one, however often it was delivered. */
  receiverWrites(key: string): Promise<number>;
  /** The sender's own record that the receiver has the message. */
  senderDone(key: string): Promise<boolean>;
}

/** Holds back messages of an agency's outbox (a due date no relay reaches): every undelivered one, or one hand-off's. */
const hold = (db: Knex, only?: { topic: string; key: string }) => {
  const undelivered = db('outbox_message').whereNull('delivered_at');
  return (only ? undelivered.where(only) : undelivered).update({ available_at: db.raw(`'infinity'::timestamptz`) });
};

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every process a test started, for the logs' check and to be killed at the end. */
const spawned: RunningProcess[] = [];
afterAll(() => {
  for (const child of spawned) child.child.kill('SIGKILL');
});

function runAgency(agency: AgencyName, env: NodeJS.ProcessEnv): RunningProcess {
  const child = runEntryPoint(`subgraphs/${agency}/src/server.ts`, [], env);
  spawned.push(child);
  return child;
}

/**
 * The variables of processes that find each other on free ports of this machine, with a short lease
 * (so that a claim left by a killed relay expires within the test) and a relay that looks every 200 ms.
 */
async function processEnv(dataDir: string, urls: Record<AgencyName, string>): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { DATA_DIR: dataDir, LOG_LEVEL: 'debug', LINKAGE_KEY, OUTBOX_RELAY_INTERVAL_MS: '200', OUTBOX_LEASE_MS: '1500' };
  for (const name of AGENCIES) {
    const port = await freePort();
    urls[name] = `http://127.0.0.1:${port}/graphql`;
    Object.assign(env, { [AGENCY_INFO[name].portVariable]: String(port), [AGENCY_INFO[name].subgraphUrlVariable]: urls[name] });
  }
  return env;
}

async function signingWith(dataDir: string): Promise<TokenFor> {
  const key = await ensureDevKeys(dataDir);
  return (request) => signDevToken(key, { ...request, issuer: 'patient-journey-dev', audience: 'patient-journey' });
}

const count = async (query: Knex.QueryBuilder) => Number(((await query.count({ n: '*' })) as { n: number | string }[])[0]!.n);

/** What the hand-offs are made and looked at with: the agencies' databases and URLs, and tokens of the test's keys. */
interface World {
  dbs: Record<AgencyName, Knex>;
  urls: Record<AgencyName, string>;
  tokenFor: TokenFor;
  /** Seeded cases already taken. */
  used: string[];
  /** The next citizen ID's sequence number. */
  sequence: number;
}

const newWorld = (): World => ({
  dbs: {} as Record<AgencyName, Knex>,
  urls: {} as Record<AgencyName, string>,
  tokenFor: () => Promise.reject(new Error('no keys yet')),
  used: [],
  sequence: 700,
});

/** The nine hand-offs, made through the agencies' APIs and looked at in their databases. */
function handoffsOf(world: World) {
  const { dbs, urls, used } = world;
  const tokenFor: TokenFor = (request) => world.tokenFor(request);
  const call: Call = (url, query, variables, token) => postGraphQL(url, query, variables, token);
  const ask = async (agency: AgencyName, token: string, query: string, variables: Record<string, unknown>) => {
    const body = await postGraphQL<LooseData>(urls[agency], query, variables, token);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  const service = (purpose: 'REFERRAL' | 'EMPLOYMENT', subject: string) => tokenFor({ role: 'SERVICE', region: '000000', purpose, subject });
  /** A receiver as the sender's relay reaches it. */
  const endpoint = (agency: AgencyName, subject: string): AgencyEndpoint => ({ agency, url: urls[agency], token: () => service('REFERRAL', subject) });
  /** Sends the message a test's own hand-off needs first, through the sender's handler, leaving the sender's outbox as it was. */
  const deliverDirectly = async <P extends OutboxPayload>(handlers: Record<string, TopicHandler<P>>, topic: string, payload: P) => {
    const message: OutboxMessage<P> = { id: 0, topic, key: '', payload, createdAt: new Date(), attempts: 0 };
    await handlers[topic]!.deliver(message, randomUUID());
  };

  /** A seeded case in service of a person the registry has under management and not in hospital: its institution's staff may send it back. */
  async function caseInService(): Promise<{ id: string; pid: string; version: number; staff: string; countyCode: string }> {
    type Row = { id: string; pid: string; county_code: string; institution_id: string; version: number };
    const cases: Row[] = await dbs.welfare('referral').where({ status: 'IN_SERVICE' }).whereNotIn('id', used).orderBy('id');
    for (const c of cases) {
      if (!(await dbs.registry('patient').where({ pid: c.pid, management_status: 'ACTIVE' }).first('pid'))) continue;
      if ((await count(dbs.registry('hospitalization').where({ pid: c.pid }).whereNull('discharged_on'))) > 0) continue;
      used.push(c.id);
      const staff = await tokenFor({ role: 'INSTITUTION_STAFF', region: c.county_code, institution: c.institution_id });
      return { id: c.id, pid: c.pid, version: c.version, staff, countyCode: c.county_code };
    }
    throw new Error('the seeded data has no case in service of a registry patient left');
  }

  /** Sends a case in service back to hospital by the green channel; returns the green-channel referral's id. */
  async function referForRelapse(): Promise<{ id: string; pid: string; countyCode: string }> {
    const serving = await caseInService();
    await ask('welfare', serving.staff, `mutation ($input: ReferForRelapseInput!) { referForRelapse(input: $input) { referral { status } } }`, {
      input: { referralId: serving.id, expectedVersion: serving.version, reason: 'acute relapse', receivingHospitalCode: HOSPITAL },
    });
    const { id } = await dbs.welfare('green_channel_referral').where({ referral_id: serving.id }).first('id');
    return { id, pid: serving.pid, countyCode: serving.countyCode };
  }

  /** A hospital clinician registers a consented patient of the county and uploads the referral; returns the upload's id. */
  async function consentedUpload(guardianName: string | null): Promise<{ uploadId: string; pid: string }> {
    const clinician = await tokenFor({ role: 'HOSPITAL_CLINICIAN', region: '440300' });
    const registered = await ask('registry', clinician, `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { person { pid } } }`, {
      input: {
        citizenId: buildCitizenId(COUNTY, '1979-09-09', world.sequence++),
        name: '测试',
        countyCode: COUNTY,
        guardianName,
        registeredOn: '2024-11-04',
        diagnosis: 'BIPOLAR_DISORDER',
        icd10: 'F31.2',
        diagnosedOn: '2024-05-01',
        riskLevel: 1,
      },
    });
    const pid = registered.registerPatient.person.pid as string;
    const grantedBy = guardianName ? 'PATIENT_AND_GUARDIAN' : 'PATIENT';
    await ask('registry', clinician, `mutation ($pid: ID!, $by: ConsentGrantor!) { recordConsent(input: { pid: $pid, grantedBy: $by }) { person { pid } } }`, {
      pid,
      by: grantedBy,
    });
    const uploaded = await ask('registry', clinician, `mutation ($pid: ID!) { uploadReferral(input: { pid: $pid }) { id } }`, { pid });
    return { uploadId: uploaded.uploadReferral.id as string, pid };
  }

  const upload: Handoff = {
    name: 'the consented upload, registry → platform',
    sender: 'registry',
    receiver: 'welfare',
    topic: 'referral-upload',
    create: async () => (await consentedUpload('监护人')).uploadId,
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
      const platform = await service('EMPLOYMENT', 'service-welfare');
      const handed = await dbs.welfare('employment_handoff').where({ id: referred.handoffId }).first();
      await ask('employment', platform, `mutation ($input: ReceiveEmploymentHandoffInput!) { receiveEmploymentHandoff(input: $input) { id } }`, {
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
      });
      const officer = await tokenFor({ role: 'EMPLOYMENT_OFFICER', region: referred.countyCode });
      await ask('employment', officer, ANSWER, { input: { referralId: referred.handoffId, decision: 'ACKNOWLEDGED' } });
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
      const { pid } = await consentedUpload(null);
      const officer = await tokenFor({ role: 'REGISTRY_OFFICER', region: '440000' });
      await ask(
        'registry',
        officer,
        `mutation ($pid: ID!) { setManagementStatus(input: { pid: $pid, status: DECEASED, since: "2025-06-01" }) { person { pid } } }`,
        {
          pid,
        },
      );
      return (await dbs.registry('management_status_change').where({ pid }).first('id')).id as string;
    },
    received: (key) => count(dbs.welfare('registry_status_receipt').where({ change_id: key })),
    receiverWrites: async (key) => {
      const { pid } = await dbs.registry('management_status_change').where({ id: key }).first('pid');
      return count(dbs.welfare('audit_log').where({ operation_name: 'ReceiveRegistryStatus', action: 'WRITE', pid }));
    },
    senderDone: async (key) => (await dbs.registry('management_status_change').where({ id: key }).first('delivered_at')).delivered_at !== null,
  };

  const greenChannel: Handoff = {
    name: 'the green channel back to hospital, platform → registry',
    sender: 'welfare',
    receiver: 'registry',
    topic: 'green-channel-relapse',
    create: async () => (await referForRelapse()).id,
    received: (key) => count(dbs.registry('green_channel_relapse').where({ green_channel_id: key })),
    receiverWrites: async (key) => {
      const { pid } = await dbs.welfare('green_channel_referral').where({ id: key }).first('pid');
      return count(
        dbs
          .registry('audit_log')
          .where({ operation_name: 'ReceiveGreenChannelRelapse', action: 'WRITE', pid })
          .whereRaw('? = any(fields)', ['green_channel_relapse']),
      );
    },
    senderDone: async (key) => (await dbs.welfare('green_channel_referral').where({ id: key }).first('delivered_at')).delivered_at !== null,
  };

  const discharge: Handoff = {
    name: 'the discharge notice after the green channel, registry → platform',
    sender: 'registry',
    receiver: 'welfare',
    topic: 'green-channel-discharge',
    async create() {
      const referred = await referForRelapse();
      // The relapse reaches the registry as the platform's relay would send it (this test is about the discharge's way back).
      await deliverDirectly(greenChannelHandlers(dbs.welfare, endpoint('registry', 'service-welfare')), 'green-channel-relapse', {
        greenChannelId: referred.id,
      });
      const clinician = await tokenFor({ role: 'HOSPITAL_CLINICIAN', region: referred.countyCode });
      await ask('registry', clinician, `mutation ($input: RecordAdmissionInput!) { recordAdmission(input: $input) { person { pid } } }`, {
        input: { pid: referred.pid, admittedOn: chinaToday(), hospitalName: '市精神卫生中心' },
      });
      const stay = await dbs.registry('hospitalization').where({ pid: referred.pid }).whereNull('discharged_on').first('id');
      await ask('registry', clinician, `mutation ($input: RecordDischargeInput!) { recordDischarge(input: $input) { person { pid } } }`, {
        input: { hospitalizationId: String(stay.id), dischargedOn: chinaToday() },
      });
      return (await dbs.registry('discharge_notice').where({ pid: referred.pid }).whereNull('delivered_at').first('id')).id as string;
    },
    // The receipt, and the discharge on the case it sent back, which its institution may now resume.
    received: async (key) => {
      const { pid } = await dbs.registry('discharge_notice').where({ id: key }).first('pid');
      const marked = await count(dbs.welfare('green_channel_referral').where({ pid }).whereNotNull('discharged_on'));
      const receipts = await count(dbs.welfare('registry_discharge_receipt').where({ discharge_id: key, cases_marked: 1 }));
      return Math.min(marked, receipts);
    },
    receiverWrites: async (key) => {
      const { pid } = await dbs.registry('discharge_notice').where({ id: key }).first('pid');
      return count(dbs.welfare('audit_log').where({ operation_name: 'ReceiveRegistryDischarge', action: 'WRITE', pid }));
    },
    senderDone: async (key) => (await dbs.registry('discharge_notice').where({ id: key }).first('delivered_at')).delivered_at !== null,
  };

  /** A hospital's upload imported by the platform, registered, dispatched to a new institution of the county and accepted there. */
  async function acceptedUpload(): Promise<string> {
    const { uploadId } = await consentedUpload(null);
    // The upload reaches the platform as the registry's relay would send it (these tests are about what comes after).
    await deliverDirectly(uploadHandlers(dbs.registry, endpoint('welfare', 'service-registry')), 'referral-upload', { uploadId });
    const referral = await dbs.welfare('referral').where({ source_upload_id: uploadId }).first('id', 'version');
    const institution = randomUUID();
    await dbs.welfare('institution').insert({ id: institution, name: '测试康复中心', county_code: COUNTY, capacity: 50, service_forms: ['DAY_TRAINING'] });
    const worker = await tokenFor({ role: 'SOCIAL_WORKER', region: COUNTY });
    const officer = await tokenFor({ role: 'PLATFORM_OFFICER', region: COUNTY });
    const staff = await tokenFor({ role: 'INSTITUTION_STAFF', region: COUNTY, institution });
    const step = async (token: string, operation: string, type: string, input: Record<string, unknown>) =>
      (await ask('welfare', token, `mutation ($input: ${type}!) { ${operation}(input: $input) { referral { version } } }`, { input }))[operation].referral
        .version as number;
    const reviewed = await step(worker, 'reviewReferral', 'ReviewReferralInput', {
      referralId: referral.id,
      expectedVersion: referral.version,
      decision: 'REGISTER',
    });
    const dispatched = await step(officer, 'dispatchReferral', 'DispatchReferralInput', {
      referralId: referral.id,
      expectedVersion: reviewed,
      institutionId: institution,
      reason: 'test: dispatched ahead of older waiting cases',
    });
    await step(staff, 'acceptReferral', 'TransitionInput', { referralId: referral.id, expectedVersion: dispatched });
    return referral.id as string;
  }

  const uploadCase: Handoff = {
    name: "the upload's case accepted, platform → registry (the closed loop)",
    sender: 'welfare',
    receiver: 'registry',
    topic: 'upload-case-status',
    create: async () =>
      (
        await dbs
          .welfare('upload_case_event')
          .where({ referral_id: await acceptedUpload(), status: 'ACCEPTED' })
          .first('id')
      ).id as string,
    received: (key) => count(dbs.registry('upload_case_status_receipt').where({ event_id: key })),
    receiverWrites: async (key) => {
      const { pid } = await dbs.welfare('upload_case_event').where({ id: key }).first('pid');
      return count(dbs.registry('audit_log').where({ operation_name: 'ReceiveUploadCaseStatus', action: 'WRITE', pid }));
    },
    senderDone: async (key) => (await dbs.welfare('upload_case_event').where({ id: key }).first('delivered_at')).delivered_at !== null,
  };

  const caseHolding: Handoff = {
    name: 'the institution holding a case, platform → registry',
    sender: 'welfare',
    receiver: 'registry',
    topic: 'case-holding',
    create: async () =>
      (
        await dbs
          .welfare('case_holding_event')
          .where({ referral_id: await acceptedUpload(), holds: true })
          .first('id')
      ).id as string,
    received: (key) => count(dbs.registry('case_holding').where({ event_id: key })),
    receiverWrites: async (key) => {
      const { pid } = await dbs.welfare('case_holding_event').where({ id: key }).first('pid');
      return count(dbs.registry('audit_log').where({ operation_name: 'ReceiveCaseHolding', action: 'WRITE', pid }));
    },
    senderDone: async (key) => (await dbs.welfare('case_holding_event').where({ id: key }).first('delivered_at')).delivered_at !== null,
  };

  const sharingRevocation: Handoff = {
    name: 'a revoked EMPLOYMENT_SHARING consent, platform → federation',
    sender: 'welfare',
    receiver: 'employment',
    topic: 'employment-sharing-revoked',
    async create() {
      const referred = await referOutToEmployment(dbs.welfare, urls.welfare, call, tokenFor, 'EMPLOYMENT', used);
      used.push(referred.referralId);
      const { institution_id } = await dbs.welfare('referral').where({ id: referred.referralId }).first('institution_id');
      const staff = await tokenFor({ role: 'INSTITUTION_STAFF', region: referred.countyCode, institution: institution_id });
      await ask('welfare', staff, `mutation ($input: RevokeReferralConsentInput!) { revokeReferralConsent(input: $input) { referral { id } } }`, {
        input: { referralId: referred.referralId, scope: 'EMPLOYMENT_SHARING' },
      });
      return (await dbs.welfare('employment_sharing_revocation').where({ referral_id: referred.referralId }).first('id')).id as string;
    },
    received: (key) => count(dbs.employment('employment_sharing_revocation').where({ revocation_id: key })),
    receiverWrites: async (key) => {
      const { pid } = await dbs.welfare('employment_sharing_revocation').where({ id: key }).first('pid');
      return count(dbs.employment('audit_log').where({ operation_name: 'ReceiveEmploymentSharingRevocation', action: 'WRITE', pid }));
    },
    senderDone: async (key) => (await dbs.welfare('employment_sharing_revocation').where({ id: key }).first('delivered_at')).delivered_at !== null,
  };

  return { upload, handoff, answer, statusNotice, greenChannel, discharge, uploadCase, caseHolding, sharingRevocation, caseInService };
}

describe.skipIf(!postgres)('the hand-offs between agencies with processes killed on the way', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  const world = newWorld();
  const { dbs, urls } = world;
  let env: NodeJS.ProcessEnv;

  const outboxRow = (agency: AgencyName, topic: string, key: string) => dbs[agency]('outbox_message').where({ topic, key }).first();
  const { upload, handoff, answer, statusNotice, greenChannel, discharge, uploadCase, caseHolding, sharingRevocation } = handoffsOf(world);
  const HANDOFFS = [upload, handoff, answer, statusNotice, greenChannel, discharge, uploadCase, caseHolding, sharingRevocation];
  /** The message of each hand-off that meets each crash point, written before any relay ran. */
  const keys = new Map<Handoff, Record<CrashPoint, string>>();

  // ---- the processes: at most one per agency, normal or armed at a crash point ----

  const running = {} as Partial<Record<AgencyName, RunningProcess>>;

  const run = (agency: AgencyName, extra: NodeJS.ProcessEnv = {}) => runAgency(agency, { ...env, ...extra });

  /** Starts the agency, normal unless `extra` arms it, once no other process of it runs. */
  async function up(agency: AgencyName, extra: NodeJS.ProcessEnv = {}): Promise<RunningProcess> {
    await down(agency);
    const child = run(agency, extra);
    running[agency] = child;
    await child.waitForOutput('listening', 60_000);
    return child;
  }

  async function down(agency: AgencyName): Promise<void> {
    const child = running[agency];
    delete running[agency];
    if (!child) return;
    child.child.kill('SIGKILL');
    await child.exited;
  }

  /** Every agency of a hand-off runs, normal; one already running normal is kept. */
  const allUp = () => Promise.all(parties.filter((agency) => !running[agency]).map((agency) => up(agency)));

  /** A process armed at `crash` that runs until it kills itself. */
  async function diesAt(agency: AgencyName, crash: CrashPoint): Promise<void> {
    const child = run(agency, { OUTBOX_CRASH_AT: crash });
    expect((await child.exited).signal).toBe('SIGKILL');
  }

  const release = (h: Handoff, crash: CrashPoint) =>
    dbs[h.sender]('outbox_message')
      .where({ topic: h.topic, key: keys.get(h)![crash] })
      .update({ available_at: dbs[h.sender].fn.now() });

  /** Once the sender's relay runs normally: the receiver holds the message once, wrote it once, and the sender has its record. */
  async function deliveredOnce(h: Handoff, crash: CrashPoint): Promise<void> {
    const key = keys.get(h)![crash];
    await until(() => h.senderDone(key), 30_000);
    expect(await h.received(key), h.name).toBe(1);
    expect(await h.receiverWrites(key), h.name).toBe(1);
    expect((await outboxRow(h.sender, h.topic, key)).delivered_at, h.name).not.toBeNull();
  }

  /** The sender died before it marked the message delivered: the receiver has it `received` times, the sender does not know. */
  async function notMarked(h: Handoff, crash: CrashPoint, received: number): Promise<void> {
    const key = keys.get(h)![crash];
    expect(await h.received(key), h.name).toBe(received);
    expect(await h.senderDone(key), h.name).toBe(false);
    expect((await outboxRow(h.sender, h.topic, key)).delivered_at, h.name).toBeNull();
  }

  const senders = [...new Set(HANDOFFS.map((h) => h.sender))];
  const receivers = [...new Set(HANDOFFS.map((h) => h.receiver))];
  /** The agencies of the hand-offs (the others are not started). */
  const parties = [...new Set([...senders, ...receivers])];

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pj-handoff-crashes-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    env = await processEnv(dataDir, urls);
    for (const name of AGENCIES) {
      const scratch = await createScratchDatabase(`handoff_crashes_${name}`);
      cleanups.push(scratch.drop);
      dbs[name] = openDatabase({ urlVariable: AGENCY_INFO[name].databaseUrlVariable, url: scratch.url, embeddedDir: 'memory://' });
      cleanups.unshift(() => dbs[name].destroy());
      await migrateToLatest(dbs[name], AGENCY_INFO[name].migrationsDir);
      env[AGENCY_INFO[name].databaseUrlVariable] = scratch.url;
    }
    await seedDemoData(dbs, { people: 240, seed: 7, linkageKey: Buffer.from(LINKAGE_KEY, 'hex') });
    world.tokenFor = await signingWith(dataDir);

    // Every agency writes with its relay off, and is killed right after: after the enqueue, before any delivery.
    await Promise.all(parties.map((agency) => up(agency, { OUTBOX_RELAY_INTERVAL_MS: '0' })));
    for (const h of HANDOFFS) {
      const made = {} as Record<CrashPoint, string>;
      for (const crash of CRASH_POINTS) {
        made[crash] = await h.create();
        await hold(dbs[h.sender], { topic: h.topic, key: made[crash] });
      }
      keys.set(h, made);
    }
    await Promise.all(parties.map(down));
    // Whatever else waits (the seed's, what the tests' own hand-offs needed first) stays out of the way.
    for (const agency of AGENCIES) await hold(dbs[agency]);
  }, 300_000);

  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('keeps every message when its sender is killed after the enqueue, before any delivery', async () => {
    for (const h of HANDOFFS) {
      for (const key of Object.values(keys.get(h)!)) {
        expect(await outboxRow(h.sender, h.topic, key), h.name).toMatchObject({ delivered_at: null });
        expect(await h.received(key), h.name).toBe(0);
      }
    }
  });

  it('loses and duplicates nothing when each sender is killed holding its claim', async () => {
    // One claim takes every hand-off of a sender at once, and the process dies holding it: nothing was sent.
    // (No receiver needs to run for that: the senders die side by side.)
    await Promise.all(senders.map(down));
    for (const h of HANDOFFS) await release(h, 'claimed');
    await Promise.all(senders.map((sender) => diesAt(sender, 'claimed')));
    for (const h of HANDOFFS) await notMarked(h, 'claimed', 0);
    // Restarted, the senders take them again once the lease has expired.
    await allUp();
    for (const h of HANDOFFS) await deliveredOnce(h, 'claimed');
  }, 300_000);

  it('duplicates nothing when each sender is killed after the receiver committed, before it marked the message delivered', async () => {
    await allUp();
    for (const sender of senders) {
      const mine = HANDOFFS.filter((h) => h.sender === sender);
      await down(sender);
      for (const h of mine) {
        await release(h, 'delivered');
        await diesAt(sender, 'delivered');
        await notMarked(h, 'delivered', 1);
        // Held again, so that the next armed process dies on the next hand-off (this one waits for the normal one).
        await hold(dbs[sender], { topic: h.topic, key: keys.get(h)!.delivered });
      }
      for (const h of mine) await release(h, 'delivered');
      await up(sender);
      for (const h of mine) await deliveredOnce(h, 'delivered');
    }
  }, 300_000);

  it('duplicates nothing when each receiver is killed after its commit, before it answered', async () => {
    await allUp();
    for (const receiver of receivers) {
      const mine = HANDOFFS.filter((h) => h.receiver === receiver);
      for (const h of mine) {
        // The receiver commits and dies before it answers: the sender saw only a broken connection.
        const armed = await up(receiver, { OUTBOX_CRASH_AT: 'received' });
        await release(h, 'received');
        expect((await armed.exited).signal).toBe('SIGKILL');
        delete running[receiver];
        await notMarked(h, 'received', 1);
        // Once the sender has recorded the failure (and holds no claim), the message is held until a normal receiver runs.
        const key = keys.get(h)!.received;
        const held = () =>
          dbs[h.sender]('outbox_message')
            .where({ topic: h.topic, key })
            .where('attempts', '>', 0)
            .whereNull('claimed_until')
            .update({ available_at: dbs[h.sender].raw(`'infinity'::timestamptz`) });
        await until(async () => (await held()) === 1, 30_000);
      }
      await up(receiver);
      for (const h of mine) await release(h, 'received');
      for (const h of mine) await deliveredOnce(h, 'received');
    }
  }, 300_000);

  it('describes every failed delivery by status and codes, never by a bare TypeError', () => {
    const lines = spawned.flatMap((p) => `${p.stdout()}\n${p.stderr()}`.split('\n')).filter((line) => line.includes('"event":"outbox-delivery"'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toMatch(/TypeError/);
      expect(JSON.parse(line).reason).toMatch(/^(registry|welfare|employment) (unreachable|timed out|answered HTTP \d{3})/);
    }
  });
});

// PGlite keeps a database in files one process opens at a time: the test reads them only while no agency runs.
describe('the green channel on PGlite, the platform killed after the registry committed', () => {
  const world = newWorld();
  const { greenChannel, caseInService } = handoffsOf(world);
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  /** Opens every agency's files in this process (no agency process runs meanwhile), runs `look`, and closes them. */
  async function withDatabases<T>(look: () => Promise<T>, image = false): Promise<T> {
    for (const name of AGENCIES) {
      world.dbs[name] = openDatabase({
        urlVariable: AGENCY_INFO[name].databaseUrlVariable,
        url: undefined,
        embeddedDir: path.join(dataDir, name),
        ...(image ? { embeddedImage: await migratedImage(name) } : {}),
      });
    }
    try {
      return await look();
    } finally {
      await Promise.all(
        AGENCIES.map(async (name) => {
          // knex closes PGlite only if it ever handed out the connection: one opened and never
          // queried would keep the files open (and write to them) while an agency process runs.
          const pglite = (world.dbs[name].client as { pglite: PGlite }).pglite;
          await world.dbs[name].destroy();
          if (!pglite.closed) await pglite.close();
        }),
      );
    }
  }

  const start = async (agency: AgencyName, extra: NodeJS.ProcessEnv = {}) => {
    const child = runAgency(agency, { ...env, ...extra });
    await child.waitForOutput('listening', 60_000);
    return child;
  };
  const kill = async (child: RunningProcess) => {
    child.child.kill('SIGKILL');
    await child.exited;
  };
  const deliveries = async (agency: AgencyName, topic: string) => {
    const text = await (await fetch(world.urls[agency].replace(/\/graphql$/, '/metrics'))).text();
    return Number(new RegExp(`^outbox_deliveries_total\\{topic="${topic}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'pj-handoff-crashes-pglite-'));
    env = await processEnv(dataDir, world.urls);
    world.tokenFor = await signingWith(dataDir);
    await withDatabases(() => seedDemoData(world.dbs, { people: 120, seed: 31, linkageKey: Buffer.from(LINKAGE_KEY, 'hex') }), true);
  }, 120_000);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('records the relapse once, and the restarted platform marks it delivered', async () => {
    // The case is chosen, and whatever else waits held back, before any process opens the files.
    const serving = await withDatabases(async () => {
      for (const name of AGENCIES) await hold(world.dbs[name]);
      return caseInService();
    });
    const registry = await start('registry');
    const armed = await start('welfare', { OUTBOX_CRASH_AT: 'delivered' });
    const referred = await postGraphQL<LooseData>(
      world.urls.welfare,
      `mutation ($input: ReferForRelapseInput!) { referForRelapse(input: $input) { referral { status } } }`,
      { input: { referralId: serving.id, expectedVersion: serving.version, reason: 'acute relapse', receivingHospitalCode: HOSPITAL } },
      serving.staff,
    );
    expect(referred.errors, JSON.stringify(referred.errors)).toBeUndefined();
    expect((await armed.exited).signal).toBe('SIGKILL');
    await kill(registry);

    const key = await withDatabases(async () => {
      const { id } = await world.dbs.welfare('green_channel_referral').where({ referral_id: serving.id }).first('id');
      expect(await greenChannel.received(id)).toBe(1);
      expect(await greenChannel.senderDone(id)).toBe(false);
      return id as string;
    });

    const restarted = await Promise.all([start('registry'), start('welfare')]);
    await until(async () => (await deliveries('welfare', greenChannel.topic)) === 1, 30_000);
    await Promise.all(restarted.map(kill));

    await withDatabases(async () => {
      expect(await greenChannel.received(key)).toBe(1);
      expect(await greenChannel.receiverWrites(key)).toBe(1);
      expect(await greenChannel.senderDone(key)).toBe(true);
      expect(await world.dbs.welfare('outbox_message').where({ topic: greenChannel.topic, key }).first('delivered_at')).not.toMatchObject({
        delivered_at: null,
      });
    });
  }, 180_000);
});
