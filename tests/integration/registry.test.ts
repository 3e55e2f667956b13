// The registry in full through the gateway: clinical writes, their rules and refusals, the upload outbox and its import.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpVisit } from '../follow-up-visit.js';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { addWorkingDays } from '#platform/calendar/working-days.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { decryptCitizenId } from '../../subgraphs/registry/src/domain/citizen-id-cipher.js';
import { defaultRegistrySettings } from '../../subgraphs/registry/src/settings.js';
import { uploadHandlers } from '../../subgraphs/registry/src/referral-upload-relay.js';
import { createLogger } from '#platform/server/logger.js';
import { OutboxRelay } from '#platform/outbox/relay.js';
import { claim } from '#platform/outbox/outbox.js';
import { availableBackends, type Federation, type GraphQLBody, postGraphQL, startFederation, type LooseData } from '../federation-harness.js';

const backends = await availableBackends();
const COUNTY = '440305';
const citizenIdKey = randomBytes(32);

const REGISTER = `mutation Register($input: RegisterPatientInput!) { registerPatient(input: $input) { person { pid } } }`;
const FOLLOW_UP = `mutation FollowUp($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { person { pid registry { riskLevel nextFollowUpDue followUps(first: 5) { nodes { date condition nextDueOn riskLevel } } riskHistory { assessedOn riskLevel source } } } } }`;
const FOLLOW_UP_PID = `mutation FollowUp($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { person { pid } } }`;
const RECORD = `query Record($pid: ID!) { person(pid: $pid) { registry {
  riskLevel managementStatus ageBand hasGuardian nextFollowUpDue followUpOverdue followUpsInYear(year: 2025)
  hospitalizations { id admittedOn dischargedOn recommendsCommunityRehab dischargeInformationDueOn dischargeInformationOverdue dischargeAssessment { assessedOn willingToWork ableToWork needsSupport } }
  relapses { occurredOn riskLevel handledBy handling admitted }
  consents { id grantedBy revokedAt }
  referralUploads { id status countyCode }
} } }`;

const visit = followUpVisit;

type Body = GraphQLBody<LooseData>;
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;

describe.each(backends)('the registry on %s', (backend) => {
  let federation: Federation;
  let clinician: string;
  let officer: string;
  let service: string;
  let sequence = 100;

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 60, seed: 11, settings: { registry: { ...defaultRegistrySettings(), citizenIdKey } } });
    clinician = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: '440300', subject: 'dr-shenzhen' });
    officer = await federation.tokenFor('REGISTRY_OFFICER', { region: '440000' });
    service = await federation.tokenFor('SERVICE', { purpose: 'REFERRAL', subject: 'service-registry' });
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const asClinician = (query: string, variables: Record<string, unknown>) => federation.query(query, variables, undefined, clinician) as Promise<Body>;

  async function register(options: { guardian?: boolean; registeredOn?: string; birthDate?: string } = {}): Promise<{ pid: string; citizenId: string }> {
    const citizenId = buildCitizenId(COUNTY, options.birthDate ?? '1986-04-12', sequence++);
    const body = await asClinician(REGISTER, {
      input: {
        citizenId,
        name: '测试',
        countyCode: COUNTY,
        guardianName: options.guardian === false ? null : '监护人',
        registeredOn: options.registeredOn ?? '2024-11-04',
        diagnosis: 'SCHIZOPHRENIA',
        icd10: 'F20.0',
        diagnosedOn: '2024-10-01',
        riskLevel: 2,
      },
    });
    expect(body.errors).toBeUndefined();
    return { pid: body.data!.registerPatient.person.pid, citizenId };
  }

  /** Row counts of every table a registry write touches, to prove a refused write wrote nothing. */
  async function tableCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of [
      'patient',
      'follow_up',
      'risk_assessment',
      'hospitalization',
      'relapse',
      'consent',
      'referral_upload',
      'outbox_message',
      'audit_log',
      'mutation_receipt',
    ]) {
      const [{ n }] = (await federation.agencies.registry.db(table).count({ n: '*' })) as [{ n: number | string }];
      counts[table] = Number(n);
    }
    return counts;
  }

  it('keeps the citizen ID encrypted at rest under the configured key, never in clear', async () => {
    const { pid, citizenId } = await register();
    const row = await federation.agencies.registry.db('patient').where({ pid }).first('citizen_id_cipher');
    expect(row.citizen_id_cipher).not.toContain(citizenId.slice(0, 10));
    expect(decryptCitizenId(row.citizen_id_cipher, citizenIdKey)).toBe(citizenId);
  });

  it('classifies a follow-up from grade and symptoms, derives the next visit, and makes its grade the latest risk', async () => {
    const { pid } = await register();
    const stable = await asClinician(FOLLOW_UP, { input: visit(pid, '2025-01-06') });
    expect(stable.errors).toBeUndefined();
    let registry = stable.data!.recordFollowUp.person.registry;
    expect(registry.followUps.nodes[0]).toEqual({ date: '2025-01-06', condition: 'STABLE', nextDueOn: '2025-04-06', riskLevel: 0 });
    expect(registry.riskLevel).toBe(0);

    const unstable = await asClinician(FOLLOW_UP, { input: visit(pid, '2025-02-03', { riskLevel: 4, symptomsResolved: false }) });
    registry = unstable.data!.recordFollowUp.person.registry;
    expect(registry.followUps.nodes[0]).toMatchObject({ condition: 'UNSTABLE', nextDueOn: '2025-02-17', riskLevel: 4 });
    expect(registry.riskLevel).toBe(4);
    expect(registry.nextFollowUpDue).toBe('2025-02-17');
    expect(registry.riskHistory.map((r: { source: string; riskLevel: number }) => [r.source, r.riskLevel])).toEqual([
      ['FOLLOW_UP', 4],
      ['FOLLOW_UP', 0],
      ['REGISTRATION', 2],
    ]);

    // A visit recorded late, dated before the latest, joins the history but does not replace the current grade.
    const late = await asClinician(FOLLOW_UP, { input: visit(pid, '2025-01-20', { riskLevel: 1 }) });
    expect(late.data!.recordFollowUp.person.registry.riskLevel).toBe(4);

    const record = (await asClinician(RECORD, { pid })).data!.person.registry;
    expect(record.followUpsInYear).toBe(3);
    expect(record.followUpOverdue).toBe(chinaToday() > '2025-02-17');
  });

  it('replays a retried write under its idempotency key and refuses the key with another payload', async () => {
    const { pid } = await register();
    const input = visit(pid, '2025-03-03', { idempotencyKey: `fu-${pid.slice(0, 12)}` });
    const first = await asClinician(FOLLOW_UP_PID, { input });
    const before = await tableCounts();
    const replay = await asClinician(FOLLOW_UP_PID, { input });
    expect(replay.errors).toBeUndefined();
    expect(replay.data).toEqual(first.data);
    expect(await tableCounts()).toEqual(before);
    const reused = await asClinician(FOLLOW_UP_PID, { input: { ...input, riskLevel: 3 } });
    expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await tableCounts()).toEqual(before);
  });

  it('records an admission and a discharge, with the discharge information due in 10 working days', async () => {
    const { pid } = await register();
    const admit = await asClinician(
      `mutation { recordAdmission(input: { pid: "${pid}", hospitalName: "深圳市康宁医院", admittedOn: "2025-09-22" }) { person { registry { hospitalizations { id } } } } }`,
      {},
    );
    expect(admit.errors).toBeUndefined();
    const stayId = admit.data!.recordAdmission.person.registry.hospitalizations[0].id;
    const overlapping = await asClinician(
      `mutation { recordAdmission(input: { pid: "${pid}", hospitalName: "x", admittedOn: "2025-09-25" }) { person { pid } } }`,
      {},
    );
    expect(codeOf(overlapping)).toBe('BAD_USER_INPUT');

    const discharge = await asClinician(
      `mutation ($id: ID!) { recordDischarge(input: { hospitalizationId: $id, dischargedOn: "2025-09-29" }) { person { pid } } }`,
      { id: stayId },
    );
    expect(discharge.errors).toBeUndefined();
    let stay = (await asClinician(RECORD, { pid })).data!.person.registry.hospitalizations[0];
    // 10 working days after 29 September 2025 skip the National Day holiday (1-8 October) and count the make-up Saturday 11 October.
    expect(stay.dischargeInformationDueOn).toBe(addWorkingDays('2025-09-29', 10));
    expect(stay.dischargeInformationDueOn).toBe('2025-10-20');
    expect(stay.dischargeInformationOverdue).toBe(true);
    expect(stay.dischargeAssessment).toBeNull();

    const assess = await asClinician(
      `mutation ($id: ID!) { recordDischargeAssessment(input: { hospitalizationId: $id, assessment: { recommendsCommunityRehab: true, willingToWork: true, ableToWork: false, needsSupport: true } }) { person { pid } } }`,
      { id: stayId },
    );
    expect(assess.errors).toBeUndefined();
    stay = (await asClinician(RECORD, { pid })).data!.person.registry.hospitalizations[0];
    expect(stay).toMatchObject({
      recommendsCommunityRehab: true,
      dischargeAssessment: { assessedOn: chinaToday(), willingToWork: true, ableToWork: false, needsSupport: true },
    });
  });

  it('records a relapse with its handling, and a management status change', async () => {
    const { pid } = await register();
    const relapse = await asClinician(
      `mutation { recordRelapse(input: { pid: "${pid}", occurredOn: "2025-05-05", riskLevel: 5, handledBy: POLICE, handling: CRISIS_INTERVENTION, admitted: false }) { person { registry { riskLevel relapses { occurredOn handledBy handling } } } } }`,
      {},
    );
    expect(relapse.errors).toBeUndefined();
    expect(relapse.data!.recordRelapse.person.registry).toEqual({
      riskLevel: 5,
      relapses: [{ occurredOn: '2025-05-05', handledBy: 'POLICE', handling: 'CRISIS_INTERVENTION' }],
    });
    const byClinician = await asClinician(
      `mutation { setManagementStatus(input: { pid: "${pid}", status: MOVED_OUT, since: "2025-06-01" }) { person { pid } } }`,
      {},
    );
    expect(codeOf(byClinician)).toBe('FORBIDDEN');
    const moved = await federation.query(
      `mutation { setManagementStatus(input: { pid: "${pid}", status: MOVED_OUT, since: "2025-06-01" }) { person { registry { managementStatus managementStatusSince } } } }`,
      {},
      undefined,
      officer,
    );
    expect((moved as Body).data!.setManagementStatus.person.registry).toEqual({ managementStatus: 'MOVED_OUT', managementStatusSince: '2025-06-01' });
  });

  it('uploads a referral only with the consent of patient and guardian, and the platform imports it exactly once', async () => {
    const { pid } = await register({ guardian: true });
    const upload = `mutation { uploadReferral(input: { pid: "${pid}" }) { id status countyCode } }`;
    expect(codeOf(await asClinician(upload, {}))).toBe('CONSENT_REQUIRED');
    await asClinician(`mutation { recordConsent(input: { pid: "${pid}", grantedBy: PATIENT }) { person { pid } } }`, {});
    const onlyPatient = await asClinician(upload, {});
    expect(codeOf(onlyPatient)).toBe('CONSENT_REQUIRED');
    expect(onlyPatient.errors?.[0]?.extensions?.missing).toBe('GUARDIAN');
    await asClinician(`mutation { recordConsent(input: { pid: "${pid}", grantedBy: GUARDIAN }) { person { pid } } }`, {});
    const uploaded = await asClinician(upload, {});
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data!.uploadReferral).toMatchObject({ status: 'PENDING', countyCode: COUNTY });
    expect(codeOf(await asClinician(upload, {}))).toBe('ALREADY_EXISTS');

    // Only a service identity may hand the platform an upload.
    const asClinicianAtWelfare = await federation.query(
      `mutation ($id: ID!) { withdrawReferralUpload(uploadId: $id) { status } }`,
      { id: uploaded.data!.uploadReferral.id },
      federation.agencies.welfare.server.graphqlUrl,
      clinician,
    );
    expect(codeOf(asClinicianAtWelfare as Body)).toBe('FORBIDDEN');

    const welfare = federation.agencies.welfare.db;
    const relay = registryRelay();
    const first = await relay.round();
    expect(first.delivered).toBeGreaterThanOrEqual(1);
    const again = await relay.round();
    expect(again).toEqual({ claimed: 0, delivered: 0, failed: 0 });
    const referrals = await welfare('referral').where({ source_upload_id: uploaded.data!.uploadReferral.id });
    expect(referrals).toHaveLength(1);
    expect(referrals[0]).toMatchObject({ pid, channel: 'MEDICAL_INSTITUTION', status: 'SUBMITTED', county_code: COUNTY });
    expect(await welfare('referral_transition').where({ referral_id: referrals[0].id })).toHaveLength(1);
    const record = (await asClinician(RECORD, { pid })).data!.person.registry;
    expect(record.referralUploads[0].status).toBe('DELIVERED');

    // Delivered again (a relay that crashed before marking it): the platform imports nothing more.
    await federation.agencies.registry.db('outbox_message').where({ key: uploaded.data!.uploadReferral.id }).update({ delivered_at: null });
    expect(await relay.round()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await welfare('referral').where({ source_upload_id: uploaded.data!.uploadReferral.id })).toHaveLength(1);
  });

  /** The registry's relay, run round by round against the platform of this federation. */
  const registryRelay = () =>
    new OutboxRelay(federation.agencies.registry.db, {
      handlers: uploadHandlers(federation.agencies.registry.db, {
        agency: 'welfare',
        url: federation.agencies.welfare.server.graphqlUrl,
        token: async () => service,
      }),
      logger: createLogger('registry'),
      intervalMs: 0,
    });

  it('stops an upload that the platform has not imported when the consent is revoked', async () => {
    const { pid } = await register({ guardian: false });
    await asClinician(`mutation { recordConsent(input: { pid: "${pid}", grantedBy: PATIENT }) { person { pid } } }`, {});
    const uploaded = await asClinician(`mutation { uploadReferral(input: { pid: "${pid}" }) { id } }`, {});
    const consentId = (await asClinician(RECORD, { pid })).data!.person.registry.consents[0].id;
    const revoked = await asClinician(
      `mutation ($id: ID!) { revokeConsent(input: { consentId: $id }) { person { registry { consents { revokedAt } referralUploads { status } } } } }`,
      { id: consentId },
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeConsent.person.registry.referralUploads[0].status).toBe('CANCELLED');
    // The relay sends nothing of the cancelled upload; the platform only learns that it is withdrawn.
    await registryRelay().round();
    const uploadId = uploaded.data!.uploadReferral.id;
    expect(await federation.agencies.welfare.db('referral').where({ source_upload_id: uploadId })).toHaveLength(0);
    expect(await federation.agencies.welfare.db('referral_upload_withdrawal').where({ upload_id: uploadId })).toHaveLength(1);
    expect(codeOf(await asClinician(`mutation { uploadReferral(input: { pid: "${pid}" }) { id } }`, {}))).toBe('CONSENT_REQUIRED');
  });

  it('delivers once what a relay that died holding the claim left, after its lease expires', async () => {
    const { pid } = await register({ guardian: false });
    await asClinician(`mutation { recordConsent(input: { pid: "${pid}", grantedBy: PATIENT }) { person { pid } } }`, {});
    const uploadId = (await asClinician(`mutation { uploadReferral(input: { pid: "${pid}" }) { id } }`, {})).data!.uploadReferral.id as string;
    // A relay claims the message and dies before delivering it: nobody else takes it while the lease holds.
    const registryDb = federation.agencies.registry.db;
    const claimed = await claim(registryDb, ['referral-upload'], { limit: 500, leaseMs: 300 });
    expect(claimed.map((m) => m.key)).toContain(uploadId);
    expect(await registryRelay().round()).toMatchObject({ claimed: 0 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await registryRelay().round()).toMatchObject({ delivered: claimed.length, failed: 0 });
    expect(await federation.agencies.welfare.db('referral').where({ source_upload_id: uploadId })).toHaveLength(1);
    expect((await asClinician(RECORD, { pid })).data!.person.registry.referralUploads[0].status).toBe('DELIVERED');
  });

  it('withdraws a delivered upload through the state machine when the consent is revoked, once', async () => {
    const { pid } = await register({ guardian: false });
    await asClinician(`mutation { recordConsent(input: { pid: "${pid}", grantedBy: PATIENT }) { person { pid } } }`, {});
    const uploadId = (await asClinician(`mutation { uploadReferral(input: { pid: "${pid}" }) { id } }`, {})).data!.uploadReferral.id as string;
    const relay = registryRelay();
    await relay.round();
    const welfare = federation.agencies.welfare.db;
    const [imported] = await welfare('referral').where({ source_upload_id: uploadId });
    expect(imported).toMatchObject({ status: 'SUBMITTED', version: 1 });

    const consentId = (await asClinician(RECORD, { pid })).data!.person.registry.consents[0].id;
    expect(
      (await asClinician(`mutation ($id: ID!) { revokeConsent(input: { consentId: $id }) { person { pid } } }`, { id: consentId })).errors,
    ).toBeUndefined();
    expect(await relay.round()).toMatchObject({ claimed: 1, delivered: 1 });
    const withdrawn = await welfare('referral').where({ id: imported.id }).first();
    expect(withdrawn).toMatchObject({ status: 'CLOSED', close_reason: 'WITHDRAWN', version: 2 });
    expect(withdrawn.closed_at).not.toBeNull();
    const history = await welfare('referral_transition').where({ referral_id: imported.id }).orderBy('id');
    expect(history.map((h: { from_status: string | null; to_status: string }) => [h.from_status, h.to_status])).toEqual([
      [null, 'SUBMITTED'],
      ['SUBMITTED', 'CLOSED'],
    ]);
    expect(await welfare('referral_consent').where({ referral_id: imported.id, scope: 'REFERRAL_UPLOAD' }).whereNull('revoked_at')).toHaveLength(0);
    // The upload itself stays delivered; the withdrawal delivered again changes nothing.
    expect((await asClinician(RECORD, { pid })).data!.person.registry.referralUploads[0].status).toBe('DELIVERED');
    await federation.agencies.registry.db('outbox_message').where({ topic: 'referral-upload-withdrawal', key: uploadId }).update({ delivered_at: null });
    await relay.round();
    expect(await welfare('referral_transition').where({ referral_id: imported.id })).toHaveLength(2);
    expect(await welfare('referral').where({ id: imported.id }).first('version')).toEqual({ version: 2 });
  });

  it("lists a county's overdue follow-ups, most overdue first, in pages", async () => {
    const { pid } = await register({ registeredOn: '2023-02-01' });
    await asClinician(FOLLOW_UP, { input: visit(pid, '2023-03-01') });
    const overdue = `query ($after: String) { overdueFollowUps(countyCode: "${COUNTY}", asOf: "2025-12-31", first: 2, after: $after) { nodes { person { pid } dueOn daysOverdue lastCondition } pageInfo { hasNextPage endCursor } } }`;
    const seen: { person: { pid: string }; dueOn: string; daysOverdue: number }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const body = (await asClinician(overdue, { after })) as Body;
      expect(body.errors).toBeUndefined();
      seen.push(...body.data!.overdueFollowUps.nodes);
      if (!body.data!.overdueFollowUps.pageInfo.hasNextPage) break;
      after = body.data!.overdueFollowUps.pageInfo.endCursor;
    }
    const mine = seen.find((n) => n.person.pid === pid);
    expect(mine).toMatchObject({ dueOn: '2023-05-30', lastCondition: 'STABLE' });
    expect(mine!.daysOverdue).toBe(946);
    const dues = seen.map((n) => n.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect(new Set(seen.map((n) => n.person.pid)).size).toBe(seen.length);
    const elsewhere = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: '110000' });
    expect(codeOf((await federation.query(overdue, { after: null }, undefined, elsewhere)) as Body)).toBe('FORBIDDEN');
  });

  it('refuses analysts every patient: no name, birth date or age band, since they see aggregates only', async () => {
    const { pid } = await register({ birthDate: '1986-04-12' });
    const analyst = await federation.tokenFor('ANALYST');
    for (const fields of ['ageBand registeredOn', 'name', 'birthDate']) {
      const page = (await federation.query(
        `{ patients(filter: { regionCode: "${COUNTY}" }, first: 500) { nodes { registry { ${fields} } } } }`,
        {},
        undefined,
        analyst,
      )) as Body;
      expect(codeOf(page)).toBe('FORBIDDEN');
      expect(page.data?.patients ?? null).toBeNull();
    }
    const own = (await asClinician(`query ($pid: ID!) { person(pid: $pid) { registry { name birthDate ageBand } } }`, { pid })).data!.person.registry;
    expect(own.birthDate).toBe('1986-04-12');
  });

  it('refuses writes about people outside the region and by roles that may not make them', async () => {
    const { pid } = await register();
    const beijing = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: '110000' });
    const outside = (await federation.query(FOLLOW_UP, { input: visit(pid, '2025-04-01') }, undefined, beijing)) as Body;
    expect(codeOf(outside)).toBe('NOT_FOUND');
    const employment = await federation.tokenFor('EMPLOYMENT_OFFICER');
    expect(codeOf((await federation.query(FOLLOW_UP, { input: visit(pid, '2025-04-01') }, undefined, employment)) as Body)).toBe('FORBIDDEN');
  });

  describe('bad input gets a stable code and writes nothing', () => {
    let pid: string;
    let stayId: string;
    let guardedPid: string;
    beforeAll(async () => {
      ({ pid } = await register({ registeredOn: '2024-11-04' }));
      const admit = await asClinician(
        `mutation { recordAdmission(input: { pid: "${pid}", hospitalName: "医院", admittedOn: "2025-01-10" }) { person { registry { hospitalizations { id } } } } }`,
        {},
      );
      stayId = admit.data!.recordAdmission.person.registry.hospitalizations[0].id;
      ({ pid: guardedPid } = await register({ guardian: true }));
      await asClinician(`mutation { recordConsent(input: { pid: "${guardedPid}", grantedBy: PATIENT }) { person { pid } } }`, {});
    });

    const registration = (overrides: Record<string, unknown>) => ({
      input: {
        citizenId: buildCitizenId(COUNTY, '1990-01-01', 990),
        name: '测试',
        countyCode: COUNTY,
        diagnosis: 'SCHIZOPHRENIA',
        icd10: 'F20.0',
        diagnosedOn: '2024-01-01',
        riskLevel: 1,
        ...overrides,
      },
    });
    const tomorrow = addWorkingDays(chinaToday(), 3);
    const cases: [string, () => [string, Record<string, unknown>], string][] = [
      ['an invalid citizen ID', () => [REGISTER, registration({ citizenId: '440305199013019995' })], 'BAD_USER_INPUT'],
      ['a risk grade outside 0-5 at registration', () => [REGISTER, registration({ riskLevel: 6 })], 'BAD_USER_INPUT'],
      ['an unknown ICD-10 code', () => [REGISTER, registration({ icd10: 'F99.9' })], 'BAD_USER_INPUT'],
      ['an ICD-10 code outside the six diagnoses', () => [REGISTER, registration({ icd10: 'F32.1', diagnosis: 'BIPOLAR_DISORDER' })], 'BAD_USER_INPUT'],
      ['a risk grade outside 0-5 at a follow-up', () => [FOLLOW_UP_PID, { input: visit(pid, '2025-02-01', { riskLevel: -1 }) }], 'BAD_USER_INPUT'],
      ['a follow-up dated in the future', () => [FOLLOW_UP_PID, { input: visit(pid, tomorrow) }], 'BAD_USER_INPUT'],
      ['a follow-up before registration', () => [FOLLOW_UP_PID, { input: visit(pid, '2024-11-03') }], 'BAD_USER_INPUT'],
      [
        'a social-function score outside 0-2',
        () => [
          FOLLOW_UP_PID,
          { input: visit(pid, '2025-02-01', { socialFunction: { personalCare: 3, housework: 0, productiveWork: 0, learning: 0, socialInteraction: 0 } }) },
        ],
        'BAD_USER_INPUT',
      ],
      [
        'a discharge before the admission',
        () => [`mutation ($id: ID!) { recordDischarge(input: { hospitalizationId: $id, dischargedOn: "2025-01-09" }) { person { pid } } }`, { id: stayId }],
        'BAD_USER_INPUT',
      ],
      ['an upload without consent', () => [`mutation ($pid: ID!) { uploadReferral(input: { pid: $pid }) { id } }`, { pid }], 'CONSENT_REQUIRED'],
      [
        "an upload with the patient's consent only where a guardian exists",
        () => [`mutation ($pid: ID!) { uploadReferral(input: { pid: $pid }) { id } }`, { pid: guardedPid }],
        'CONSENT_REQUIRED',
      ],
      [
        'a tampered cursor',
        () => [
          `query ($after: String) { patients(filter: { regionCode: "440000" }, first: 2, after: $after) { nodes { pid } } }`,
          { after: 'WyJhYWFhIl0.AAAAAAAAAAAAAAAAAAAAAA' },
        ],
        'BAD_USER_INPUT',
      ],
      ['a page over the maximum of 500', () => [`{ patients(filter: { regionCode: "440000" }, first: 501) { nodes { pid } } }`, {}], 'BAD_USER_INPUT'],
      ['an unknown division', () => [`{ patients(filter: { regionCode: "449999" }) { nodes { pid } } }`, {}], 'BAD_USER_INPUT'],
    ];

    it.each(cases)('%s', async (_name, request, code) => {
      const before = await tableCounts();
      const [query, variables] = request();
      const body = await asClinician(query, variables);
      expect(codeOf(body)).toBe(code);
      expect(body.errors?.[0]?.message).not.toMatch(/\d{17}[\dX]/);
      expect(await tableCounts()).toEqual(before);
    });

    it('says an ICD-10 refusal in Chinese by default and in English on Accept-Language: en, the code unchanged', async () => {
      const outside = registration({ icd10: 'F32.1', diagnosis: 'BIPOLAR_DISORDER' });
      expect((await asClinician(REGISTER, outside)).errors?.[0]).toMatchObject({
        message: 'input.icd10 不属于诊断类别 BIPOLAR_DISORDER',
        extensions: { code: 'BAD_USER_INPUT', argument: 'input.icd10' },
      });
      const english = await postGraphQL(federation.gateway.graphqlUrl, REGISTER, outside, clinician, { 'accept-language': 'en' });
      expect(english.errors?.[0]).toMatchObject({
        message: 'input.icd10 does not belong to the category BIPOLAR_DISORDER',
        extensions: { code: 'BAD_USER_INPUT', argument: 'input.icd10' },
      });
      const malformed = registration({ icd10: 'F2' });
      expect((await asClinician(REGISTER, malformed)).errors?.[0]?.message).toBe('input.icd10 须形如 F20 或 F20.0');
      expect((await postGraphQL(federation.gateway.graphqlUrl, REGISTER, malformed, clinician, { 'accept-language': 'en' })).errors?.[0]?.message).toBe(
        'input.icd10 must look like F20 or F20.0',
      );
    });
  });

  it('costs the same SQL statements for a province page of 100 patients with follow-ups as for a page of 10', async () => {
    const db = federation.agencies.registry.db;
    const countFor = async (first: number) => {
      let statements = 0;
      const onQuery = () => statements++;
      db.on('query', onQuery);
      try {
        const body = (await federation.query(
          `query ($first: Int!) { patients(filter: { regionCode: "440000" }, first: $first) { nodes { pid registry { regionCode riskLevel diagnosis { category } followUps(first: 5) { nodes { date riskLevel } } } } } }`,
          { first },
          undefined,
          officer,
        )) as Body;
        expect(body.errors).toBeUndefined();
        return { statements, people: body.data!.patients.nodes.length };
      } finally {
        db.off('query', onQuery);
      }
    };
    const small = await countFor(2);
    const large = await countFor(100);
    expect(large.people).toBeGreaterThan(small.people);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(3);
  });
});
