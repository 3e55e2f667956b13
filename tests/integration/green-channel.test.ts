// The green channel (issue 16): a case sent back to a psychiatric hospital on relapse reaches the registry through the platform's outbox, once,
// and the registry's relapse rate counts it; the relay is run round by round in-process.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '#platform/graphql/scalars.js';
import { OutboxRelay } from '#platform/outbox/relay.js';
import { createLogger } from '#platform/server/logger.js';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { dischargeHandlers } from '../../subgraphs/registry/src/discharge-notice-relay.js';
import { uploadHandlers } from '../../subgraphs/registry/src/referral-upload-relay.js';
import { uploadCaseHandlers } from '../../subgraphs/welfare/src/upload-case-relay.js';
import { greenChannelHandlers } from '../../subgraphs/welfare/src/green-channel-relay.js';
import { availableBackends, type Federation, type GraphQLBody, type LooseData, startFederation } from '../federation-harness.js';

const backends = await availableBackends();
const TOPIC = 'green-channel-relapse';
const DISCHARGE_TOPIC = 'green-channel-discharge';
const UPLOAD_CASE_TOPIC = 'upload-case-status';
/** Nanshan, Shenzhen: where the uploaded person lives. */
const COUNTY = '440305';
/** A unified social credit code (GB 32100) with a valid check character. */
const HOSPITAL = '91350100M000100Y43';
const YEAR = Number(chinaToday().slice(0, 4));

type Body = GraphQLBody<LooseData>;
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;

const REFER = `mutation ($input: ReferForRelapseInput!) { referForRelapse(input: $input) { referral { status version } } }`;
const RECEIVE = `mutation ($input: ReceiveGreenChannelRelapseInput!) { receiveGreenChannelRelapse(input: $input) { greenChannelId recorded } }`;
const RELAPSED = `query ($code: String!, $year: Int!) { rehabIndicators(regionCode: $code, year: $year) { registryRelapsedPatients } }`;

const countOf = async (query: Knex.QueryBuilder) => Number(((await query.count({ n: '*' })) as { n: string | number }[])[0]!.n);

describe.each(backends)('the green channel on %s', (backend) => {
  let federation: Federation;
  let welfare: Knex;
  let registry: Knex;
  let service: string;
  let officer: string;
  const used: string[] = [];

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 160, seed: 31 });
    welfare = federation.agencies.welfare.db;
    registry = federation.agencies.registry.db;
    service = await federation.tokenFor('SERVICE', { purpose: 'REFERRAL', subject: 'service-welfare' });
    officer = await federation.tokenFor('REGISTRY_OFFICER', { subject: 'officer-nationwide' });
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const call = (token: string, query: string, variables: Record<string, unknown>, url?: string) =>
    federation.query(query, variables, url, token) as Promise<Body>;

  /** The platform's relay, delivering green-channel referrals to the registry with `token`. */
  const relay = (token = service) =>
    new OutboxRelay(welfare, {
      handlers: greenChannelHandlers(welfare, { agency: 'registry', url: federation.agencies.registry.server.graphqlUrl, token: async () => token }),
      logger: createLogger('welfare'),
      intervalMs: 0,
    });

  /**
   * A seeded case in service whose person the registry has under management with no relapse or
   * readmission this year (so that one green-channel referral changes the county's count by one).
   */
  async function caseInService(): Promise<{ id: string; pid: string; countyCode: string; version: number; staff: string }> {
    const candidates = (await welfare('referral')
      .where({ status: 'IN_SERVICE' })
      .whereNotIn('id', used)
      .orderBy('id')
      .select('id', 'pid', 'county_code', 'institution_id', 'version')) as {
      id: string;
      pid: string;
      county_code: string;
      institution_id: string;
      version: number;
    }[];
    for (const c of candidates) {
      const patient = await registry('patient').where({ pid: c.pid, management_status: 'ACTIVE' }).first('pid');
      if (!patient) continue;
      const relapses = await countOf(registry('relapse').where({ pid: c.pid }).whereRaw('extract(year from occurred_on) = ?', [YEAR]));
      const stays = await countOf(registry('hospitalization').where({ pid: c.pid }).whereRaw('extract(year from admitted_on) = ?', [YEAR]));
      const openStays = await countOf(registry('hospitalization').where({ pid: c.pid }).whereNull('discharged_on'));
      if (relapses + stays + openStays > 0) continue;
      used.push(c.id);
      const staff = await federation.tokenFor('INSTITUTION_STAFF', { region: c.county_code, institution: c.institution_id, subject: `staff-${c.id}` });
      return { id: c.id, pid: c.pid, countyCode: c.county_code, version: c.version, staff };
    }
    throw new Error('the seeded data has no case in service of a registry patient without a relapse this year');
  }

  /** The registry's relay of discharges, delivering to the platform with `token`. */
  const dischargeRelay = (token = service) =>
    new OutboxRelay(registry, {
      handlers: dischargeHandlers(registry, { agency: 'welfare', url: federation.agencies.welfare.server.graphqlUrl, token: async () => token }),
      logger: createLogger('registry'),
      intervalMs: 0,
    });

  /** A clinician admits the person today and discharges them today. */
  async function admitAndDischarge(pid: string, countyCode: string): Promise<void> {
    const clinician = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: countyCode, subject: 'dr-ward' });
    const admitted = await call(clinician, `mutation ($input: RecordAdmissionInput!) { recordAdmission(input: $input) { person { pid } } }`, {
      input: { pid, admittedOn: chinaToday(), hospitalName: '市精神卫生中心' },
    });
    expect(admitted.errors, JSON.stringify(admitted.errors)).toBeUndefined();
    const stay = await registry('hospitalization').where({ pid }).whereNull('discharged_on').first('id');
    const discharged = await call(clinician, `mutation ($input: RecordDischargeInput!) { recordDischarge(input: $input) { person { pid } } }`, {
      input: { hospitalizationId: String(stay.id), dischargedOn: chinaToday() },
    });
    expect(discharged.errors, JSON.stringify(discharged.errors)).toBeUndefined();
  }

  /** Refers the case back to hospital and delivers it to the registry. */
  async function referAndDeliver(serving: { id: string; version: number; staff: string }): Promise<void> {
    const referred = await call(serving.staff, REFER, {
      input: { referralId: serving.id, expectedVersion: serving.version, reason: 'acute relapse', receivingHospitalCode: HOSPITAL },
    });
    expect(referred.errors, JSON.stringify(referred.errors)).toBeUndefined();
    expect(await relay().round()).toMatchObject({ delivered: 1, failed: 0 });
  }

  const DISCHARGED = `query ($id: ID!) { referral(id: $id) { status version relapseDischargedOn } }`;

  const relapsedIn = async (countyCode: string) => {
    const body = await call(officer, RELAPSED, { code: countyCode, year: YEAR });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!.rehabIndicators.registryRelapsedPatients as number;
  };

  it('names the hospital, tells the registry once, and the relapse count includes it', async () => {
    const serving = await caseInService();
    const before = await relapsedIn(serving.countyCode);
    const referred = await call(serving.staff, REFER, {
      input: { referralId: serving.id, expectedVersion: serving.version, reason: 'acute relapse', receivingHospitalCode: HOSPITAL },
    });
    expect(referred.errors, JSON.stringify(referred.errors)).toBeUndefined();
    expect(referred.data!.referForRelapse.referral.status).toBe('RELAPSE_REFERRED');
    const [sent] = await welfare('green_channel_referral').where({ referral_id: serving.id });
    expect(sent).toMatchObject({ pid: serving.pid, hospital_code: HOSPITAL, delivered_at: null });
    // Written in the transition's transaction: the message is there before any relay ran.
    expect(await countOf(welfare('outbox_message').where({ topic: TOPIC, key: sent.id }))).toBe(1);

    expect(await relay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await relay().round()).toEqual({ claimed: 0, delivered: 0, failed: 0 });
    const rows = await registry('green_channel_relapse').where({ pid: serving.pid });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ green_channel_id: sent.id, hospital_code: HOSPITAL });
    expect((await welfare('green_channel_referral').where({ id: sent.id }).first('delivered_at')).delivered_at).not.toBeNull();
    expect(await relapsedIn(serving.countyCode)).toBe(before + 1);

    // Confirmed but not marked (a crash between the two): delivered again, the registry records nothing more.
    const audits = await countOf(registry('audit_log').where({ pid: serving.pid }));
    await welfare('green_channel_referral').where({ id: sent.id }).update({ delivered_at: null });
    await welfare('outbox_message').where({ topic: TOPIC, key: sent.id }).update({ delivered_at: null });
    expect(await relay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await registry('green_channel_relapse').where({ pid: serving.pid })).toHaveLength(1);
    expect(await countOf(registry('audit_log').where({ pid: serving.pid }))).toBe(audits);
    expect(await relapsedIn(serving.countyCode)).toBe(before + 1);
  });

  it("lists the green-channel relapse among the person's relapses and in the journey, with its hospital, batched and audited", async () => {
    const serving = await caseInService();
    // Another person of the registry, read in the same request.
    const other = (await registry('patient').whereNot({ pid: serving.pid }).orderBy('pid').first('pid')) as { pid: string };
    await referAndDeliver(serving);
    const RELAPSES = `query GreenChannelRelapses($a: ID!, $b: ID!) {
      a: person(pid: $a) { ...relapses }
      b: person(pid: $b) { ...relapses }
    }
    fragment relapses on Person {
      registry { relapses { occurredOn source receivingHospitalCode riskLevel handling handledBy admitted } }
      journey { source kind summary }
    }`;
    // The record's relapses: one statement for both people, never one per person.
    const statements: unknown[][] = [];
    const listen = (q: { sql: string; bindings?: unknown[] }) =>
      void (q.sql.startsWith('select "pid", "occurred_on"') && q.sql.includes('green_channel_relapse') && statements.push(q.bindings ?? []));
    registry.on('query', listen);
    const body = await call(officer, RELAPSES, { a: serving.pid, b: other.pid });
    registry.off('query', listen);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const relapses = body.data!.a.registry.relapses as LooseData[];
    expect(relapses.filter((r) => r.source === 'GREEN_CHANNEL')).toEqual([
      {
        occurredOn: chinaToday(),
        source: 'GREEN_CHANNEL',
        receivingHospitalCode: HOSPITAL,
        riskLevel: null,
        handling: null,
        handledBy: 'HOSPITAL',
        admitted: false,
      },
    ]);
    // The registry's own relapses stay as they were, marked as its own.
    const own = await countOf(registry('relapse').where({ pid: serving.pid }));
    expect(relapses.filter((r) => r.source === 'REGISTRY')).toHaveLength(own);
    for (const r of relapses.filter((r) => r.source === 'REGISTRY')) expect(r).toMatchObject({ receivingHospitalCode: null, riskLevel: expect.any(Number) });
    expect(body.data!.a.journey).toContainEqual({
      source: 'HEALTH',
      kind: 'RELAPSE',
      summary: `复发：经转介平台绿色通道转回精神专科医院（${HOSPITAL}）`,
    });
    expect(statements).toHaveLength(1);
    const pidLists = statements[0]!.filter(Array.isArray) as string[][];
    for (const pids of pidLists) expect([...pids].sort()).toEqual([serving.pid, other.pid].sort());
    const read = await registry('audit_log').where({ pid: serving.pid, action: 'READ', operation_name: 'GreenChannelRelapses' }).first('fields');
    expect(read.fields).toEqual(expect.arrayContaining(['Person.registry.relapses.source', 'Person.registry.relapses.receivingHospitalCode']));

    // Admitted by the hospital it was sent to: the relapse shows the admission.
    const clinician = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: serving.countyCode, subject: 'dr-ward' });
    const admitted = await call(clinician, `mutation ($input: RecordAdmissionInput!) { recordAdmission(input: $input) { person { pid } } }`, {
      input: { pid: serving.pid, admittedOn: chinaToday(), hospitalName: '市精神卫生中心' },
    });
    expect(admitted.errors, JSON.stringify(admitted.errors)).toBeUndefined();
    const after = await call(officer, RELAPSES, { a: serving.pid, b: other.pid });
    expect((after.data!.a.registry.relapses as LooseData[]).find((r) => r.source === 'GREEN_CHANNEL')).toMatchObject({ admitted: true });
  });

  it('refuses a relapse referral without a valid hospital code, writing nothing', async () => {
    const serving = await caseInService();
    const messages = await countOf(welfare('outbox_message').where({ topic: TOPIC }));
    for (const code of ['', 'not-a-hospital', `${HOSPITAL.slice(0, 17)}${HOSPITAL[17] === '0' ? '1' : '0'}`]) {
      const refused = await call(serving.staff, REFER, {
        input: { referralId: serving.id, expectedVersion: serving.version, reason: 'acute relapse', receivingHospitalCode: code },
      });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    }
    expect((await welfare('referral').where({ id: serving.id }).first('status')).status).toBe('IN_SERVICE');
    expect(await countOf(welfare('green_channel_referral').where({ referral_id: serving.id }))).toBe(0);
    expect(await countOf(welfare('outbox_message').where({ topic: TOPIC }))).toBe(messages);
  });

  it('lets only a service identity record a green-channel relapse, and keeps a refused delivery for later', async () => {
    const serving = await caseInService();
    const clinician = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: serving.countyCode, subject: 'dr-green' });
    const input = { greenChannelId: randomUUID(), pid: serving.pid, referredOn: chinaToday(), hospitalCode: HOSPITAL };
    const audits = await countOf(registry('audit_log'));
    for (const token of [officer, clinician, serving.staff]) {
      const refused = await call(token, RECEIVE, { input });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      // Straight at the registry too: its own directives refuse, not only the gateway.
      const direct = await call(token, RECEIVE, { input }, federation.agencies.registry.server.graphqlUrl);
      expect(codeOf(direct)).toBe('FORBIDDEN');
    }
    expect(await countOf(registry('green_channel_relapse').where({ pid: serving.pid }))).toBe(0);
    expect(await countOf(registry('audit_log'))).toBe(audits);

    // The platform's relay with a token that is not SERVICE: refused, kept, and delivered once with the right one.
    const referred = await call(serving.staff, REFER, {
      input: { referralId: serving.id, expectedVersion: serving.version, reason: 'acute relapse', receivingHospitalCode: HOSPITAL },
    });
    expect(referred.errors, JSON.stringify(referred.errors)).toBeUndefined();
    expect(await relay(officer).round()).toEqual({ claimed: 1, delivered: 0, failed: 1 });
    expect(await countOf(registry('green_channel_relapse').where({ pid: serving.pid }))).toBe(0);
    const message = await welfare('outbox_message').where({ topic: TOPIC }).whereNull('delivered_at').first();
    expect(message).toMatchObject({ attempts: 1 });
    await welfare('outbox_message').where({ id: message.id }).update({ available_at: welfare.fn.now() });
    expect(await relay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await countOf(registry('green_channel_relapse').where({ pid: serving.pid }))).toBe(1);
  });

  it('records nothing for a person the registry does not know', async () => {
    const input = { greenChannelId: randomUUID(), pid: 'a'.repeat(32), referredOn: chinaToday(), hospitalCode: HOSPITAL };
    const body = await call(service, RECEIVE, { input });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data!.receiveGreenChannelRelapse).toEqual({ greenChannelId: input.greenChannelId, recorded: false });
    expect(await countOf(registry('green_channel_relapse').where({ green_channel_id: input.greenChannelId }))).toBe(0);
  });

  it('tells the platform of the discharge once; the case stays RELAPSE_REFERRED and its institution may resume it', async () => {
    const serving = await caseInService();
    await referAndDeliver(serving);
    const waiting = await call(serving.staff, DISCHARGED, { id: serving.id });
    expect(waiting.data!.referral).toMatchObject({ status: 'RELAPSE_REFERRED', relapseDischargedOn: null });

    await admitAndDischarge(serving.pid, serving.countyCode);
    const [notice] = await registry('discharge_notice').where({ pid: serving.pid });
    expect(notice).toBeDefined();
    expect(await countOf(registry('outbox_message').where({ topic: DISCHARGE_TOPIC, key: notice.id }))).toBe(1);
    expect(await dischargeRelay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await dischargeRelay().round()).toEqual({ claimed: 0, delivered: 0, failed: 0 });

    const marked = await call(serving.staff, DISCHARGED, { id: serving.id });
    expect(marked.errors, JSON.stringify(marked.errors)).toBeUndefined();
    // Permitted, not resumed: the institution still records the re-assessment.
    expect(marked.data!.referral).toMatchObject({ status: 'RELAPSE_REFERRED', relapseDischargedOn: chinaToday() });
    expect(await welfare('registry_discharge_receipt').where({ discharge_id: notice.id }).first('cases_marked')).toEqual({ cases_marked: 1 });

    // Confirmed but not marked: delivered again, the platform changes nothing.
    const audits = await countOf(welfare('audit_log').where({ pid: serving.pid }));
    await registry('discharge_notice').where({ id: notice.id }).update({ delivered_at: null });
    await registry('outbox_message').where({ topic: DISCHARGE_TOPIC, key: notice.id }).update({ delivered_at: null });
    expect(await dischargeRelay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await countOf(welfare('registry_discharge_receipt').where({ pid: serving.pid }))).toBe(1);
    expect(await countOf(welfare('audit_log').where({ pid: serving.pid }))).toBe(audits);

    const resumed = await call(
      serving.staff,
      `mutation ($input: ResumeServiceInput!) { resumeService(input: $input) { referral { status relapseDischargedOn } } }`,
      {
        input: { referralId: serving.id, expectedVersion: marked.data!.referral.version, reassessedOn: chinaToday(), effect: 'SOME' },
      },
    );
    expect(resumed.errors, JSON.stringify(resumed.errors)).toBeUndefined();
    expect(resumed.data!.resumeService.referral).toEqual({ status: 'IN_SERVICE', relapseDischargedOn: null });
  });

  it('tells the platform nothing of the discharge of a person it did not send back', async () => {
    const serving = await caseInService();
    const before = await countOf(registry('outbox_message').where({ topic: DISCHARGE_TOPIC }));
    await admitAndDischarge(serving.pid, serving.countyCode);
    expect(await countOf(registry('discharge_notice').where({ pid: serving.pid }))).toBe(0);
    expect(await countOf(registry('outbox_message').where({ topic: DISCHARGE_TOPIC }))).toBe(before);
  });

  it('lets only a service identity deliver a discharge, writing nothing otherwise', async () => {
    const serving = await caseInService();
    await referAndDeliver(serving);
    const worker = await federation.tokenFor('SOCIAL_WORKER', { region: serving.countyCode, subject: 'sw-green' });
    const input = { dischargeId: randomUUID(), pid: serving.pid, dischargedOn: chinaToday() };
    const audits = await countOf(welfare('audit_log'));
    for (const token of [serving.staff, worker, officer]) {
      const refused = await call(token, `mutation ($input: ReceiveRegistryDischargeInput!) { receiveRegistryDischarge(input: $input) { casesMarked } }`, {
        input,
      });
      expect(codeOf(refused)).toBe('FORBIDDEN');
    }
    expect(await countOf(welfare('registry_discharge_receipt').where({ pid: serving.pid }))).toBe(0);
    expect(await welfare('green_channel_referral').where({ referral_id: serving.id }).first('discharged_on')).toEqual({ discharged_on: null });
    expect(await countOf(welfare('audit_log'))).toBe(audits);

    // The registry's relay with a token that is not SERVICE: refused and kept.
    await admitAndDischarge(serving.pid, serving.countyCode);
    expect(await dischargeRelay(officer).round()).toEqual({ claimed: 1, delivered: 0, failed: 1 });
    expect(await countOf(welfare('registry_discharge_receipt').where({ pid: serving.pid }))).toBe(0);
  });

  describe('the closed loop of an upload', () => {
    const endpoint = (agency: 'registry' | 'welfare') => ({
      agency,
      url: federation.agencies[agency].server.graphqlUrl,
      token: async () => service,
    });
    const uploadRelay = () =>
      new OutboxRelay(registry, { handlers: uploadHandlers(registry, endpoint('welfare')), logger: createLogger('registry'), intervalMs: 0 });
    const caseRelay = (token = service) =>
      new OutboxRelay(welfare, {
        handlers: uploadCaseHandlers(welfare, { ...endpoint('registry'), token: async () => token }),
        logger: createLogger('welfare'),
        intervalMs: 0,
      });
    const ok = async (token: string, query: string, variables: Record<string, unknown>) => {
      const body = await call(token, query, variables);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data!;
    };
    const UPLOADS = `query ($pid: ID!) { person(pid: $pid) { registry { referralUploads { id status platformStatus platformStatusAt } } } }`;

    /** A consented patient's upload, imported by the platform: the hospital's clinician, the upload and the platform's case. */
    async function importedUpload(sequence: number) {
      const clinician = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: COUNTY, subject: 'dr-upload' });
      const registered = await ok(clinician, `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { person { pid } } }`, {
        input: {
          citizenId: buildCitizenId(COUNTY, '1986-05-12', sequence),
          name: '测试',
          countyCode: COUNTY,
          registeredOn: '2024-11-04',
          diagnosis: 'SCHIZOPHRENIA',
          icd10: 'F20.0',
          diagnosedOn: '2024-10-01',
          riskLevel: 1,
        },
      });
      const pid = registered.registerPatient.person.pid as string;
      await ok(clinician, `mutation ($pid: ID!) { recordConsent(input: { pid: $pid, grantedBy: PATIENT }) { person { pid } } }`, { pid });
      const uploadId = (await ok(clinician, `mutation ($pid: ID!) { uploadReferral(input: { pid: $pid }) { id } }`, { pid })).uploadReferral.id as string;
      expect(await uploadRelay().round()).toMatchObject({ delivered: 1, failed: 0 });
      const referral = await welfare('referral').where({ source_upload_id: uploadId }).first('id', 'version');
      return { clinician, pid, uploadId, referralId: referral.id as string, version: referral.version as number };
    }

    it("shows the hospital its upload's case accepted, then closed, each told once", async () => {
      const { clinician, pid, uploadId, referralId, version } = await importedUpload(811);
      const worker = await federation.tokenFor('SOCIAL_WORKER', { region: COUNTY, subject: 'sw-loop' });
      const platformOfficer = await federation.tokenFor('PLATFORM_OFFICER', { region: COUNTY, subject: 'officer-loop' });
      const institution = randomUUID();
      await welfare('institution').insert({ id: institution, name: '测试康复中心', county_code: COUNTY, capacity: 50, service_forms: ['DAY_TRAINING'] });
      const staff = await federation.tokenFor('INSTITUTION_STAFF', { region: COUNTY, institution, subject: 'staff-loop' });
      const step = async (token: string, operation: string, type: string, input: Record<string, unknown>) =>
        (await ok(token, `mutation ($input: ${type}!) { ${operation}(input: $input) { referral { version } } }`, { input }))[operation].referral
          .version as number;

      const reviewed = await step(worker, 'reviewReferral', 'ReviewReferralInput', { referralId, expectedVersion: version, decision: 'REGISTER' });
      const dispatched = await step(platformOfficer, 'dispatchReferral', 'DispatchReferralInput', {
        referralId,
        expectedVersion: reviewed,
        institutionId: institution,
        reason: 'test: dispatched ahead of older waiting cases',
      });
      // Nothing is told before the case is accepted.
      expect(await countOf(welfare('upload_case_event').where({ referral_id: referralId }))).toBe(0);
      const accepted = await step(staff, 'acceptReferral', 'TransitionInput', { referralId, expectedVersion: dispatched });
      expect(await countOf(welfare('outbox_message').where({ topic: UPLOAD_CASE_TOPIC }).whereNull('delivered_at'))).toBe(1);
      expect(await caseRelay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
      expect((await ok(clinician, UPLOADS, { pid })).person.registry.referralUploads).toMatchObject([{ id: uploadId, platformStatus: 'ACCEPTED' }]);

      await step(worker, 'closeReferral', 'CloseReferralInput', { referralId, expectedVersion: accepted, reason: 'NOT_SUITABLE' });
      expect(await caseRelay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
      const [closed] = (await ok(clinician, UPLOADS, { pid })).person.registry.referralUploads;
      expect(closed).toMatchObject({ id: uploadId, status: 'DELIVERED', platformStatus: 'CLOSED' });
      expect(closed.platformStatusAt).not.toBeNull();

      // Both delivered again, in either order (a relay that crashed before marking them): the upload stays CLOSED, nothing more is recorded.
      const audits = await countOf(registry('audit_log').where({ pid }));
      await welfare('upload_case_event').where({ referral_id: referralId }).update({ delivered_at: null });
      await welfare('outbox_message').where({ topic: UPLOAD_CASE_TOPIC }).update({ delivered_at: null });
      expect(await caseRelay().round()).toMatchObject({ delivered: 2, failed: 0 });
      expect(await countOf(registry('upload_case_status_receipt').where({ upload_id: uploadId }))).toBe(2);
      expect(await registry('referral_upload').where({ id: uploadId }).first('platform_status')).toEqual({ platform_status: 'CLOSED' });
      expect(await countOf(registry('audit_log').where({ pid }))).toBe(audits);

      // An older step arriving late (its first delivery) is kept, but the upload shows the latest.
      const late = await call(service, `mutation ($input: ReceiveUploadCaseStatusInput!) { receiveUploadCaseStatus(input: $input) { recorded } }`, {
        input: { eventId: randomUUID(), uploadId, status: 'ACCEPTED', at: new Date(Date.now() - 3_600_000).toISOString() },
      });
      expect(late.data!.receiveUploadCaseStatus).toEqual({ recorded: true });
      expect(await registry('referral_upload').where({ id: uploadId }).first('platform_status')).toEqual({ platform_status: 'CLOSED' });
    });

    it("lets only a service identity tell the registry of an upload's case, writing nothing otherwise", async () => {
      const { clinician, pid, uploadId } = await importedUpload(812);
      const input = { eventId: randomUUID(), uploadId, status: 'CLOSED', at: new Date().toISOString() };
      const audits = await countOf(registry('audit_log'));
      for (const token of [clinician, officer]) {
        const refused = await call(token, `mutation ($input: ReceiveUploadCaseStatusInput!) { receiveUploadCaseStatus(input: $input) { recorded } }`, {
          input,
        });
        expect(codeOf(refused)).toBe('FORBIDDEN');
      }
      expect(await registry('referral_upload').where({ id: uploadId }).first('platform_status')).toEqual({ platform_status: null });
      expect(await countOf(registry('upload_case_status_receipt').where({ upload_id: uploadId }))).toBe(0);
      expect(await countOf(registry('audit_log'))).toBe(audits);
      expect((await ok(clinician, UPLOADS, { pid })).person.registry.referralUploads[0].platformStatus).toBeNull();
    });
  });
});
