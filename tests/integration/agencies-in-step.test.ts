// The agencies kept in step (issue 16): the registry's status and guardian reach the platform through the outbox, only with consent; another service acknowledges a case referred to it.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { OutboxRelay } from '#platform/outbox/relay.js';
import { createLogger } from '#platform/server/logger.js';
import { defaultRegistrySettings } from '../../subgraphs/registry/src/settings.js';
import { registryHandlers } from '../../subgraphs/registry/src/subgraph.js';
import { availableBackends, type Federation, type GraphQLBody, type LooseData, postGraphQL, startFederation } from '../federation-harness.js';

const backends = await availableBackends();
const COUNTY = '440305';
const STATUS_TOPIC = 'management-status';
/** Bao'an, next door: where the person moves. */
const NEW_COUNTY = '440306';

type Body = GraphQLBody<LooseData>;
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;

describe.each(backends)('the agencies kept in step on %s', (backend) => {
  let federation: Federation;
  let welfare: Knex;
  let registry: Knex;
  let clinician: string;
  let officer: string;
  let socialWorker: string;
  let service: string;
  let sequence = 700;

  beforeAll(async () => {
    federation = await startFederation(backend, {
      people: 20,
      seed: 23,
      settings: { registry: { ...defaultRegistrySettings(), citizenIdKey: randomBytes(32) } },
    });
    welfare = federation.agencies.welfare.db;
    registry = federation.agencies.registry.db;
    clinician = await federation.tokenFor('HOSPITAL_CLINICIAN', { region: '440300', subject: 'dr-shenzhen' });
    officer = await federation.tokenFor('REGISTRY_OFFICER', { region: '440000' });
    socialWorker = await federation.tokenFor('SOCIAL_WORKER', { region: COUNTY, subject: 'sw-nanshan' });
    service = await federation.tokenFor('SERVICE', { purpose: 'REFERRAL', subject: 'service-registry' });
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const call = (token: string, query: string, variables: Record<string, unknown> = {}) => federation.query(query, variables, undefined, token) as Promise<Body>;
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const body = await call(token, query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };

  /** The registry's relay, run round by round against the platform of this federation. */
  const registryRelay = () =>
    new OutboxRelay(registry, {
      handlers: registryHandlers(registry, { agency: 'welfare', url: federation.agencies.welfare.server.graphqlUrl, token: async () => service }),
      logger: createLogger('registry'),
      intervalMs: 0,
    });

  async function register(guardian: boolean): Promise<string> {
    const data = await ok(clinician, `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { person { pid } } }`, {
      input: {
        citizenId: buildCitizenId(COUNTY, '1984-03-09', sequence++),
        name: '测试',
        countyCode: COUNTY,
        guardianName: guardian ? '监护人' : null,
        registeredOn: '2024-11-04',
        diagnosis: 'SCHIZOPHRENIA',
        icd10: 'F20.0',
        diagnosedOn: '2024-10-01',
        riskLevel: 2,
      },
    });
    return data.registerPatient.person.pid as string;
  }

  const consent = (pid: string, grantedBy: string) =>
    ok(clinician, `mutation ($pid: ID!) { recordConsent(input: { pid: $pid, grantedBy: ${grantedBy} }) { person { pid } } }`, { pid });

  /** A consented upload, delivered: the person's SUBMITTED case on the platform. */
  async function uploadedCase(pid: string): Promise<string> {
    const uploadId = (await ok(clinician, `mutation ($pid: ID!) { uploadReferral(input: { pid: $pid }) { id } }`, { pid })).uploadReferral.id as string;
    await registryRelay().round();
    const [row] = await welfare('referral').where({ source_upload_id: uploadId });
    return row.id as string;
  }

  /** A social worker's case for the person, registered. */
  async function registeredCase(pid: string): Promise<string> {
    const submitted = (
      await ok(socialWorker, `mutation ($input: SubmitReferralInput!) { submitReferral(input: $input) { referral { id version } } }`, {
        input: { pid, channel: 'VOLUNTARY_APPLICATION', countyCode: COUNTY },
      })
    ).submitReferral.referral;
    await ok(socialWorker, `mutation ($input: ReviewReferralInput!) { reviewReferral(input: $input) { referral { id } } }`, {
      input: { referralId: submitted.id, expectedVersion: submitted.version, decision: 'REGISTER' },
    });
    return submitted.id as string;
  }

  /** Dispatches a registered case to a new institution of the county, which accepts it; answers the institution's staff token. */
  async function heldByInstitution(referralId: string): Promise<string> {
    const institution = randomUUID();
    await welfare('institution').insert({
      id: institution,
      name: '测试精神障碍社区康复服务中心',
      county_code: COUNTY,
      capacity: 50,
      service_forms: ['DAY_TRAINING'],
    });
    const platformOfficer = await federation.tokenFor('PLATFORM_OFFICER', { region: COUNTY, subject: 'officer-nanshan' });
    const staff = await federation.tokenFor('INSTITUTION_STAFF', { region: COUNTY, institution, subject: 'staff-nanshan' });
    const { version } = await welfare('referral').where({ id: referralId }).first('version');
    const dispatched = await transition(platformOfficer, 'dispatchReferral', 'DispatchReferralInput', {
      referralId,
      expectedVersion: version,
      institutionId: institution,
      reason: 'test: dispatched ahead of older waiting cases',
    });
    await transition(staff, 'acceptReferral', 'TransitionInput', { referralId, expectedVersion: dispatched.dispatchReferral.referral.version });
    return staff;
  }

  const transition = (token: string, operation: string, type: string, input: Record<string, unknown>) =>
    ok(token, `mutation ($input: ${type}!) { ${operation}(input: $input) { referral { version } } }`, { input });

  const setStatus = (pid: string, status: string) =>
    ok(officer, `mutation ($pid: ID!) { setManagementStatus(input: { pid: $pid, status: ${status}, since: "2025-06-01" }) { person { pid } } }`, { pid });

  const statusMessages = async () => Number(((await registry('outbox_message').where({ topic: STATUS_TOPIC }).count({ n: '*' })) as { n: string }[])[0]!.n);

  it('closes every open case of a consented person who died, as DECEASED through the state machine, once', async () => {
    const pid = await register(true);
    await consent(pid, 'PATIENT');
    await consent(pid, 'GUARDIAN');
    const uploaded = await uploadedCase(pid);
    const registered = await registeredCase(pid);

    await setStatus(pid, 'DECEASED');
    const relay = registryRelay();
    expect(await relay.round()).toMatchObject({ claimed: 1, delivered: 1, failed: 0 });

    for (const id of [uploaded, registered]) {
      const row = await welfare('referral').where({ id }).first();
      expect(row).toMatchObject({ status: 'CLOSED', close_reason: 'DECEASED' });
      expect(row.closed_at).not.toBeNull();
      const last = await welfare('referral_transition').where({ referral_id: id }).orderBy('id', 'desc').first();
      expect(last).toMatchObject({ to_status: 'CLOSED', actor_role: 'SERVICE', reason: 'system:deceased' });
    }
    const read = await ok(socialWorker, `query ($id: ID!) { referral(id: $id) { status closeReason } }`, { id: registered });
    expect(read.referral).toEqual({ status: 'CLOSED', closeReason: 'DECEASED' });
    const audit = await welfare('audit_log').where({ pid, action: 'WRITE', operation_name: 'ReceiveRegistryStatus' });
    expect(audit).toHaveLength(1);
    expect(await registry('management_status_change').where({ pid }).whereNotNull('delivered_at')).toHaveLength(1);

    // Delivered again (a relay that crashed before marking it): the platform changes nothing.
    const before = await welfare('referral_transition').whereIn('referral_id', [uploaded, registered]).count({ n: '*' });
    await registry('outbox_message').where({ topic: STATUS_TOPIC }).update({ delivered_at: null });
    expect(await relay.round()).toMatchObject({ delivered: 1, failed: 0 });
    expect(await welfare('referral_transition').whereIn('referral_id', [uploaded, registered]).count({ n: '*' })).toEqual(before);
    expect(await welfare('registry_status_receipt').where({ pid })).toMatchObject([{ status: 'DECEASED', cases_closed: 2 }]);
  });

  it("shows the registry's lost to follow-up on the person's cases, closing nothing, and active again when found", async () => {
    const pid = await register(false);
    await consent(pid, 'PATIENT');
    const open = await registeredCase(pid);
    const relay = registryRelay();
    const read = `query ($id: ID!) { referral(id: $id) { status registryStatus { status since } } }`;
    expect((await ok(socialWorker, read, { id: open })).referral).toEqual({ status: 'REGISTERED', registryStatus: null });

    await setStatus(pid, 'LOST_TO_FOLLOW_UP');
    expect(await relay.round()).toMatchObject({ claimed: 1, delivered: 1 });
    expect((await ok(socialWorker, read, { id: open })).referral).toEqual({
      status: 'REGISTERED',
      registryStatus: { status: 'LOST_TO_FOLLOW_UP', since: '2025-06-01' },
    });
    // Registry data: civil affairs officers read the case, never the registry's status (DOMAIN.md §6).
    const civilAffairs = await federation.tokenFor('CIVIL_AFFAIRS_OFFICER', { region: COUNTY });
    const refused = await call(civilAffairs, `query ($id: ID!) { referral(id: $id) { registryStatus { status } } }`, { id: open });
    expect(codeOf(refused)).toBe('FORBIDDEN');

    await ok(officer, `mutation ($pid: ID!) { setManagementStatus(input: { pid: $pid, status: ACTIVE, since: "2025-07-01" }) { person { pid } } }`, { pid });
    await relay.round();
    expect((await ok(socialWorker, read, { id: open })).referral.registryStatus).toEqual({ status: 'ACTIVE', since: '2025-07-01' });
  });

  it("moves a consented person's open cases to the county they moved to, a held case as a transfer, once", async () => {
    const pid = await register(false);
    await consent(pid, 'PATIENT');
    const uploaded = await uploadedCase(pid);
    const held = await registeredCase(pid);
    // The registered case is dispatched to an institution of the county and accepted there: the institution holds it.
    await heldByInstitution(held);

    // Only MOVED_OUT names a new county.
    const wrong = await call(
      officer,
      `mutation ($pid: ID!) { setManagementStatus(input: { pid: $pid, status: DECEASED, since: "2025-06-01", movedToCountyCode: "${NEW_COUNTY}" }) { person { pid } } }`,
      { pid },
    );
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'input.movedToCountyCode 只能与 MOVED_OUT（迁出）一同填写',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.movedToCountyCode' },
    });
    const wrongInEnglish = await postGraphQL(
      federation.gateway.graphqlUrl,
      `mutation ($pid: ID!) { setManagementStatus(input: { pid: $pid, status: MOVED_OUT, since: "2025-06-01", movedToCountyCode: "${COUNTY}" }) { person { pid } } }`,
      { pid },
      officer,
      { 'accept-language': 'en' },
    );
    expect(wrongInEnglish.errors?.[0]).toMatchObject({
      message: "input.movedToCountyCode must differ from the person's county",
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.movedToCountyCode' },
    });
    await ok(
      officer,
      `mutation ($pid: ID!) { setManagementStatus(input: { pid: $pid, status: MOVED_OUT, since: "2025-06-01", movedToCountyCode: "${NEW_COUNTY}" }) { person { pid } } }`,
      { pid },
    );
    const relay = registryRelay();
    expect(await relay.round()).toMatchObject({ claimed: 1, delivered: 1, failed: 0 });

    expect(await welfare('referral').where({ id: uploaded }).first('status', 'county_code')).toEqual({ status: 'SUBMITTED', county_code: NEW_COUNTY });
    expect(await welfare('referral').where({ id: held }).first('status', 'county_code', 'institution_id')).toEqual({
      status: 'TRANSFER_PENDING',
      county_code: NEW_COUNTY,
      institution_id: null,
    });
    const last = await welfare('referral_transition').where({ referral_id: held }).orderBy('id', 'desc').first();
    expect(last).toMatchObject({
      from_status: 'ACCEPTED',
      to_status: 'TRANSFER_PENDING',
      actor_role: 'SERVICE',
      reason: 'system:movedOut',
    });
    expect(await welfare('registry_status_receipt').where({ pid })).toMatchObject([{ status: 'MOVED_OUT', moved_to_county_code: NEW_COUNTY, cases_moved: 2 }]);

    // Delivered again: nothing moves twice.
    const before = await welfare('referral_transition').whereIn('referral_id', [uploaded, held]).count({ n: '*' });
    await registry('outbox_message').where({ topic: STATUS_TOPIC }).update({ delivered_at: null });
    await relay.round();
    expect(await welfare('referral_transition').whereIn('referral_id', [uploaded, held]).count({ n: '*' })).toEqual(before);
  });

  it('tells the platform nothing of a death without the consent of patient and guardian', async () => {
    const pid = await register(true);
    await consent(pid, 'PATIENT');
    const open = await registeredCase(pid);
    const messages = await statusMessages();
    await setStatus(pid, 'DECEASED');
    expect(await statusMessages()).toBe(messages);
    await registryRelay().round();
    expect(await welfare('referral').where({ id: open }).first('status')).toEqual({ status: 'REGISTERED' });
    expect(await welfare('registry_status_receipt').where({ pid })).toHaveLength(0);
    const read = await ok(socialWorker, `query ($id: ID!) { referral(id: $id) { registryStatus { status } } }`, { id: open });
    expect(read.referral.registryStatus).toBeNull();
  });

  it('sends nothing when the consent was revoked before the relay delivered the notice', async () => {
    const pid = await register(false);
    await consent(pid, 'PATIENT');
    const open = await registeredCase(pid);
    await setStatus(pid, 'DECEASED');
    const consentId = (await ok(clinician, `query ($pid: ID!) { person(pid: $pid) { registry { consents { id } } } }`, { pid })).person.registry.consents[0].id;
    await ok(clinician, `mutation ($id: ID!) { revokeConsent(input: { consentId: $id }) { person { pid } } }`, { id: consentId });
    await registryRelay().round();
    expect(await welfare('referral').where({ id: open }).first('status')).toEqual({ status: 'REGISTERED' });
    expect(await welfare('registry_status_receipt').where({ pid })).toHaveLength(0);
  });

  it('takes a status notice only from a service identity', async () => {
    const body = (await federation.query(
      `mutation ($input: ReceiveRegistryStatusInput!) { receiveRegistryStatus(input: $input) { casesClosed } }`,
      { input: { changeId: '00000000-0000-4000-8000-000000000000', pid: 'a'.repeat(32), status: 'DECEASED', since: '2025-06-01' } },
      federation.agencies.welfare.server.graphqlUrl,
      socialWorker,
    )) as Body;
    expect(codeOf(body)).toBe('FORBIDDEN');
  });

  it("brings whether the person has a guardian with a hospital upload, so the case asks for the guardian's signature", async () => {
    const withGuardian = await register(true);
    await consent(withGuardian, 'PATIENT');
    await consent(withGuardian, 'GUARDIAN');
    const guarded = await uploadedCase(withGuardian);
    const alone = await register(false);
    await consent(alone, 'PATIENT');
    const unguarded = await uploadedCase(alone);
    const read = `query ($id: ID!) { referral(id: $id) { hasGuardian consents { scope grantedBy } } }`;
    expect((await ok(socialWorker, read, { id: guarded })).referral).toEqual({
      hasGuardian: true,
      consents: [{ scope: 'REFERRAL_UPLOAD', grantedBy: 'PATIENT_AND_GUARDIAN' }],
    });
    expect((await ok(socialWorker, read, { id: unguarded })).referral).toEqual({
      hasGuardian: false,
      consents: [{ scope: 'REFERRAL_UPLOAD', grantedBy: 'PATIENT' }],
    });

    // Registered, dispatched, accepted and assessed: the service agreement then needs the guardian's signature.
    const { version } = await welfare('referral').where({ id: guarded }).first('version');
    await ok(socialWorker, `mutation ($input: ReviewReferralInput!) { reviewReferral(input: $input) { referral { id } } }`, {
      input: { referralId: guarded, expectedVersion: version, decision: 'REGISTER' },
    });
    const staff = await heldByInstitution(guarded);
    const accepted = await welfare('referral').where({ id: guarded }).first('version');
    await transition(staff, 'assessReferral', 'AssessReferralInput', {
      referralId: guarded,
      expectedVersion: accepted.version,
      assessment: { psychiatrist: true, nurse: true, rehabTherapist: true, socialWorker: true, recommendedForms: ['DAY_TRAINING'] },
    });
    const sign = await call(staff, `mutation ($input: SignServiceAgreementInput!) { signServiceAgreement(input: $input) { referral { id } } }`, {
      input: { referralId: guarded, signedOn: chinaToday(), signedBy: 'PATIENT', serviceForms: ['DAY_TRAINING'] },
    });
    expect(codeOf(sign)).toBe('CONSENT_REQUIRED');
    expect(sign.errors?.[0]?.extensions?.missingSignatories).toEqual(['GUARDIAN']);
  });

  it('closes a case referred out to another rehabilitation service when that institution acknowledges it', async () => {
    const pid = await register(false);
    const id = await registeredCase(pid);
    const staff = await heldByInstitution(id);
    const current = async () => (await welfare('referral').where({ id }).first('version')).version as number;
    await transition(staff, 'assessReferral', 'AssessReferralInput', {
      referralId: id,
      expectedVersion: await current(),
      assessment: { psychiatrist: true, nurse: true, rehabTherapist: true, socialWorker: true, recommendedForms: ['DAY_TRAINING'] },
    });
    await ok(staff, `mutation ($input: RecordReferralConsentInput!) { recordReferralConsent(input: $input) { referral { id } } }`, {
      input: { referralId: id, scope: 'SERVICE_AGREEMENT', grantedBy: 'PATIENT' },
    });
    await ok(staff, `mutation ($input: SignServiceAgreementInput!) { signServiceAgreement(input: $input) { referral { id } } }`, {
      input: { referralId: id, signedOn: chinaToday(), signedBy: 'PATIENT', serviceForms: ['DAY_TRAINING'] },
    });
    await transition(staff, 'startService', 'TransitionInput', { referralId: id, expectedVersion: await current() });

    const receiving = randomUUID();
    await welfare('institution').insert({ id: receiving, name: '测试康复服务机构', county_code: COUNTY, capacity: 20, service_forms: ['DAY_TRAINING'] });
    const receivingStaff = await federation.tokenFor('INSTITUTION_STAFF', { region: COUNTY, institution: receiving, subject: 'staff-receiving' });
    const exitAssessment = {
      assessedOn: chinaToday(),
      effect: 'MARKED',
      illnessStable: true,
      selfCare: true,
      willingToWork: false,
      ableToWork: false,
      needsSupport: true,
    };
    const referOut = (outcome: string) =>
      call(staff, `mutation ($input: ReferOutInput!) { referOut(input: $input) { referral { status version receivingInstitution { id } } } }`, {
        input: { referralId: id, expectedVersion: 0, outcome, exitAssessment, receivingInstitutionId: receiving },
      });
    expect(codeOf(await referOut('RETURNED_TO_COMMUNITY'))).toBe('BAD_USER_INPUT');
    const version = await current();
    const out = await ok(staff, `mutation ($input: ReferOutInput!) { referOut(input: $input) { referral { status version receivingInstitution { id } } } }`, {
      input: { referralId: id, expectedVersion: version, outcome: 'OTHER_REHAB_SERVICE', exitAssessment, receivingInstitutionId: receiving },
    });
    expect(out.referOut.referral).toMatchObject({ status: 'REFERRED_OUT', receivingInstitution: { id: receiving } });

    // The receiving institution reads the case it is asked to take; the institution that referred it out cannot acknowledge for it.
    const seen = await ok(receivingStaff, `query ($id: ID!) { referral(id: $id) { status receivingInstitution { id } } }`, { id });
    expect(seen.referral).toEqual({ status: 'REFERRED_OUT', receivingInstitution: { id: receiving } });
    const acknowledge = (token: string, key: string) =>
      call(token, `mutation ($input: TransitionInput!) { acknowledgeReferralReceipt(input: $input) { referral { status closeReason version } } }`, {
        input: { referralId: id, expectedVersion: out.referOut.referral.version, idempotencyKey: key },
      });
    expect(codeOf(await acknowledge(staff, 'acknowledge-by-sender'))).toBe('NOT_FOUND');
    const acknowledged = await acknowledge(receivingStaff, 'acknowledge-1');
    expect(acknowledged.errors).toBeUndefined();
    expect(acknowledged.data!.acknowledgeReferralReceipt.referral).toMatchObject({ status: 'CLOSED', closeReason: 'HANDOFF_ACKNOWLEDGED' });
    const row = await welfare('referral').where({ id }).first();
    expect(row.closed_at).not.toBeNull();
    // The same acknowledgement again answers as the first time and writes nothing.
    const history = await welfare('referral_transition').where({ referral_id: id }).count({ n: '*' });
    expect((await acknowledge(receivingStaff, 'acknowledge-1')).data!.acknowledgeReferralReceipt.referral).toMatchObject({ status: 'CLOSED' });
    expect(await welfare('referral_transition').where({ referral_id: id }).count({ n: '*' })).toEqual(history);
  });
});
