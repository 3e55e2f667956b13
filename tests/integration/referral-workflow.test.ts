// The referral workflow through the gateway with real tokens: every transition, its guards and refusals, deadlines, hand-offs, and concurrency.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '#platform/identity/identity.js';
import { toBase32 } from '#platform/identity/base32.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { addWorkingDays, calendarWarnings } from '#platform/calendar/working-days.js';
import { syncWorkingDayCalendar } from '#platform/calendar/working-day-table.js';
import { PLACE_TAKING_STATUSES } from '../../subgraphs/welfare/src/domain/referral-workflow.js';
import { addMonths } from '../../subgraphs/welfare/src/domain/assessment-schedule.js';
import { handoffHandlers } from '../../subgraphs/welfare/src/employment-handoff-relay.js';
import { OutboxRelay } from '#platform/outbox/relay.js';
import { createLogger } from '#platform/server/logger.js';
import { availableBackends, type Federation, type GraphQLBody, postGraphQL, startFederation, type LooseData } from '../federation-harness.js';
import { dispatchLocking } from '../../subgraphs/welfare/src/data/institutions.js';

const backends = await availableBackends();

/** Nanshan, Shenzhen: the cases' home county; Bao'an next door receives transfers; Longgang holds the capacity race. */
const COUNTY = '440305';
const OTHER_COUNTY = '440306';
const RACE_COUNTY = '440307';
/** Longhua and Pingshan: counties of the waiting-queue tests, with no other cases (the seed's people live elsewhere). */
const QUEUE_COUNTY = '440309';
const MOVE_COUNTY = '440310';
const FULL_COUNTY = '440311';
/** The county's queue is first come, first served: earlier tests leave older cases waiting, so their dispatches say why they go first. */
const OUT_OF_TURN = 'test: dispatched ahead of older waiting cases';

const REFERRAL = 'id status version regionCode outcome closeReason institution { id } history { from to actorRole reason }';

/** The input type of each referral mutation, to build its operation. */
const INPUT_TYPES = {
  submitReferral: 'SubmitReferralInput',
  reviewReferral: 'ReviewReferralInput',
  dispatchReferral: 'DispatchReferralInput',
  waitlistReferral: 'TransitionInput',
  recordReReview: 'RecordReReviewInput',
  acceptReferral: 'TransitionInput',
  declineReferral: 'TransitionInput',
  assessReferral: 'AssessReferralInput',
  recordReferralConsent: 'RecordReferralConsentInput',
  revokeReferralConsent: 'RevokeReferralConsentInput',
  signServiceAgreement: 'SignServiceAgreementInput',
  startService: 'TransitionInput',
  recordService: 'RecordServiceInput',
  recordPeriodicAssessment: 'RecordPeriodicAssessmentInput',
  referForRelapse: 'ReferForRelapseInput',
  resumeService: 'ResumeServiceInput',
  requestTransfer: 'RequestTransferInput',
  referOut: 'ReferOutInput',
  closeReferral: 'CloseReferralInput',
} as const;
type Operation = keyof typeof INPUT_TYPES;

/** The psychiatric hospital a relapse is referred to: a unified social credit code. */
const HOSPITAL_CODE = '91350100M000100Y43';

/** Every table a referral write touches, to prove that a refused write wrote nothing. */
const WRITTEN_TABLES = [
  'referral',
  'referral_transition',
  'referral_consent',
  'referral_re_review',
  'referral_assessment',
  'service_agreement',
  'service_record',
  'employment_handoff',
  'green_channel_referral',
  'outbox_message',
  'audit_log',
  'mutation_receipt',
];

type Body = GraphQLBody<LooseData>;
type Referral = {
  id: string;
  status: string;
  version: number;
  regionCode: string;
  outcome: string | null;
  closeReason: string | null;
  institution: { id: string } | null;
  history: { from: string | null; to: string; actorRole: string; reason: string | null }[];
};

const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;
const newPid = () => toBase32(randomBytes(20));
const key = (label: string) => `${label}-${randomBytes(6).toString('hex')}`;
const TEAM = { psychiatrist: true, nurse: true, rehabTherapist: true, socialWorker: true, recommendedForms: ['DAY_TRAINING', 'PEER_SUPPORT'] };
const EXIT = { assessedOn: chinaToday(), effect: 'MARKED', illnessStable: true, selfCare: true, willingToWork: true, ableToWork: true, needsSupport: false };

describe.each(backends)('the referral workflow on %s', (backend) => {
  let federation: Federation;
  let welfare: Knex;
  let tokens: Record<
    | 'socialWorker'
    | 'officer'
    | 'provinceOfficer'
    | 'provinceWorker'
    | 'staffA'
    | 'staffB'
    | 'staffElsewhere'
    | 'clinician'
    | 'service'
    | 'raceOfficer'
    | 'raceWorker',
    string
  >;
  /** Institutions made for the test: A in the home county with its team, B in the transfer county, a third in Futian. */
  let institutionA: string;
  let institutionB: string;
  let staffOfA: string;
  let staffOfB: string;
  let institutionFutian: string;

  async function insertInstitution(countyCode: string, capacity: number): Promise<string> {
    const id = randomUUID();
    await welfare('institution').insert({
      id,
      name: '测试精神障碍社区康复服务中心',
      county_code: countyCode,
      capacity,
      service_forms: ['DAY_TRAINING', 'PEER_SUPPORT'],
    });
    return id;
  }

  async function insertStaff(institutionId: string, role: string): Promise<string> {
    const id = randomUUID();
    await welfare('institution_staff').insert({ id, institution_id: institutionId, role, qualified: true, direct_service: true });
    return id;
  }

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 40, seed: 3 });
    welfare = federation.agencies.welfare.db;
    institutionA = await insertInstitution(COUNTY, 200);
    institutionB = await insertInstitution(OTHER_COUNTY, 10);
    const institutionElsewhere = await insertInstitution('440304', 10);
    institutionFutian = institutionElsewhere;
    staffOfA = await insertStaff(institutionA, 'REHAB_THERAPIST');
    staffOfB = await insertStaff(institutionB, 'NURSE');
    const token = (role: Role, region: string, options: { institution?: string; subject?: string; purpose?: 'EMPLOYMENT' } = {}) =>
      federation.tokenFor(role, { region, ...options });
    tokens = {
      socialWorker: await token('SOCIAL_WORKER', COUNTY, { subject: 'sw-nanshan' }),
      officer: await token('PLATFORM_OFFICER', COUNTY, { subject: 'officer-nanshan' }),
      provinceOfficer: await token('PLATFORM_OFFICER', '440000', { subject: 'officer-guangdong' }),
      provinceWorker: await token('SOCIAL_WORKER', '440000', { subject: 'sw-guangdong' }),
      staffA: await token('INSTITUTION_STAFF', COUNTY, { institution: institutionA, subject: 'staff-a' }),
      staffB: await token('INSTITUTION_STAFF', OTHER_COUNTY, { institution: institutionB, subject: 'staff-b' }),
      staffElsewhere: await token('INSTITUTION_STAFF', '440300', { institution: institutionElsewhere, subject: 'staff-futian' }),
      clinician: await token('HOSPITAL_CLINICIAN', '440300', { subject: 'dr-shenzhen' }),
      service: await token('SERVICE', '000000', { subject: 'service-employment', purpose: 'EMPLOYMENT' }),
      raceOfficer: await token('PLATFORM_OFFICER', RACE_COUNTY, { subject: 'officer-longgang' }),
      raceWorker: await token('SOCIAL_WORKER', RACE_COUNTY, { subject: 'sw-longgang' }),
    };
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const call = (token: string, query: string, variables: Record<string, unknown> = {}) => federation.query(query, variables, undefined, token) as Promise<Body>;

  /** One referral mutation with `input`, answering the referral's common fields. */
  const mutate = (token: string, operation: Operation, input: Record<string, unknown>) =>
    call(
      token,
      `mutation ${operation[0]!.toUpperCase()}${operation.slice(1)}($input: ${INPUT_TYPES[operation]}!) { ${operation}(input: $input) { referral { ${REFERRAL} } } }`,
      { input },
    );

  /** The same, asking for English (Accept-Language: en); refusals write nothing, so a test may ask again in English. */
  const mutateInEnglish = (token: string, operation: Operation, input: Record<string, unknown>) =>
    postGraphQL(
      federation.gateway.graphqlUrl,
      `mutation ${operation[0]!.toUpperCase()}${operation.slice(1)}($input: ${INPUT_TYPES[operation]}!) { ${operation}(input: $input) { referral { ${REFERRAL} } } }`,
      { input },
      token,
      { 'accept-language': 'en' },
    ) as Promise<Body>;

  /** The same, expecting success. */
  async function step(token: string, operation: Operation, input: Record<string, unknown>): Promise<Referral> {
    const body = await mutate(token, operation, input);
    expect(body.errors, `${operation}: ${JSON.stringify(body.errors)}`).toBeUndefined();
    return body.data![operation].referral as Referral;
  }

  /** Rows per table; of the audit, the WRITE rows (reads of what a write returns are audited too). */
  async function tableCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of WRITTEN_TABLES) {
      const query = welfare(table);
      if (table === 'audit_log') query.where({ action: 'WRITE' });
      const [row] = (await query.count({ n: '*' })) as { n: number | string }[];
      counts[table] = Number(row!.n);
    }
    return counts;
  }

  /** Refused writes leave every table as it was. */
  async function expectRefusedWithoutWriting(attempt: () => Promise<Body>, code: string): Promise<Body> {
    const before = await tableCounts();
    const body = await attempt();
    expect(codeOf(body), JSON.stringify(body.errors)).toBe(code);
    expect(body.data ?? null).toBeNull();
    expect(await tableCounts()).toEqual(before);
    return body;
  }

  const submitted = (countyCode = COUNTY, token = tokens.socialWorker) =>
    step(token, 'submitReferral', { pid: newPid(), channel: 'VOLUNTARY_APPLICATION', countyCode });
  const registered = async (countyCode = COUNTY, token = tokens.socialWorker) => {
    const referral = await submitted(countyCode, token);
    return step(token, 'reviewReferral', { referralId: referral.id, expectedVersion: referral.version, decision: 'REGISTER' });
  };
  const dispatched = async () => {
    const referral = await registered();
    return step(tokens.officer, 'dispatchReferral', {
      referralId: referral.id,
      expectedVersion: referral.version,
      institutionId: institutionA,
      reason: OUT_OF_TURN,
    });
  };
  const accepted = async () => {
    const referral = await dispatched();
    return step(tokens.staffA, 'acceptReferral', { referralId: referral.id, expectedVersion: referral.version });
  };
  const inService = async () => {
    let referral = await accepted();
    referral = await step(tokens.staffA, 'assessReferral', { referralId: referral.id, expectedVersion: referral.version, assessment: TEAM });
    await step(tokens.staffA, 'recordReferralConsent', { referralId: referral.id, scope: 'SERVICE_AGREEMENT', grantedBy: 'PATIENT_AND_GUARDIAN' });
    await step(tokens.staffA, 'signServiceAgreement', {
      referralId: referral.id,
      signedOn: chinaToday(),
      signedBy: 'PATIENT_AND_GUARDIAN',
      serviceForms: ['DAY_TRAINING'],
    });
    return step(tokens.staffA, 'startService', { referralId: referral.id, expectedVersion: referral.version });
  };

  const historyOf = (referral: Referral) => referral.history.map((h) => [h.from, h.to, h.actorRole]);

  it('walks a case from submission through relapse and an employment hand-off to its closing', async () => {
    const s1 = await step(tokens.socialWorker, 'submitReferral', {
      pid: newPid(),
      channel: 'THIRD_PARTY_APPLICATION',
      applicant: 'RESIDENTS_COMMITTEE',
      countyCode: COUNTY,
    });
    expect(s1).toMatchObject({ status: 'SUBMITTED', version: 1, regionCode: COUNTY, institution: null });
    const id = s1.id;
    const s2 = await step(tokens.socialWorker, 'reviewReferral', { referralId: id, expectedVersion: 1, decision: 'REGISTER' });
    const s3 = await step(tokens.officer, 'dispatchReferral', {
      referralId: id,
      expectedVersion: s2.version,
      institutionId: institutionA,
      reason: OUT_OF_TURN,
    });
    expect(s3).toMatchObject({ status: 'DISPATCHED', version: 3, institution: { id: institutionA } });
    const s4 = await step(tokens.staffA, 'acceptReferral', { referralId: id, expectedVersion: 3 });
    const s5 = await step(tokens.staffA, 'assessReferral', { referralId: id, expectedVersion: s4.version, assessment: TEAM });
    expect(s5).toMatchObject({ status: 'ASSESSED', version: 5 });

    // Service needs the consent and a signed agreement; recording them does not move the version.
    expect(codeOf(await mutate(tokens.staffA, 'startService', { referralId: id, expectedVersion: 5 }))).toBe('CONSENT_REQUIRED');
    await step(tokens.staffA, 'recordReferralConsent', { referralId: id, scope: 'SERVICE_AGREEMENT', grantedBy: 'PATIENT_AND_GUARDIAN' });
    const noAgreement = await mutate(tokens.staffA, 'startService', { referralId: id, expectedVersion: 5 });
    expect(noAgreement.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', missing: 'SERVICE_AGREEMENT' });
    const signed = await step(tokens.staffA, 'signServiceAgreement', {
      referralId: id,
      signedOn: chinaToday(),
      signedBy: 'PATIENT_AND_GUARDIAN',
      serviceForms: ['DAY_TRAINING', 'PEER_SUPPORT'],
    });
    expect(signed.version).toBe(5);
    const s6 = await step(tokens.staffA, 'startService', { referralId: id, expectedVersion: 5 });
    expect(s6).toMatchObject({ status: 'IN_SERVICE', version: 6 });

    await step(tokens.staffA, 'recordService', { referralId: id, date: chinaToday(), serviceForm: 'DAY_TRAINING', durationMinutes: 120, staffId: staffOfA });
    await step(tokens.staffA, 'recordPeriodicAssessment', { referralId: id, assessedOn: chinaToday(), effect: 'SOME' });
    const s7 = await step(tokens.clinician, 'referForRelapse', {
      referralId: id,
      expectedVersion: 6,
      reason: 'green channel: acute relapse',
      receivingHospitalCode: HOSPITAL_CODE,
    });
    expect(s7).toMatchObject({ status: 'RELAPSE_REFERRED', version: 7 });
    const s8 = await step(tokens.staffA, 'resumeService', { referralId: id, expectedVersion: 7, reassessedOn: chinaToday(), effect: 'SOME' });
    expect(s8).toMatchObject({ status: 'IN_SERVICE', version: 8 });

    // An employment outcome needs the EMPLOYMENT_SHARING consent, and is handed to the federation.
    const withoutSharing = await mutate(tokens.staffA, 'referOut', { referralId: id, expectedVersion: 8, outcome: 'EMPLOYMENT', exitAssessment: EXIT });
    expect(withoutSharing.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', missing: 'EMPLOYMENT_SHARING' });
    await step(tokens.staffA, 'recordReferralConsent', { referralId: id, scope: 'EMPLOYMENT_SHARING', grantedBy: 'PATIENT' });
    const s9 = await step(tokens.staffA, 'referOut', { referralId: id, expectedVersion: 8, outcome: 'EMPLOYMENT', exitAssessment: EXIT });
    expect(s9).toMatchObject({ status: 'REFERRED_OUT', version: 9, outcome: 'EMPLOYMENT' });

    const HANDOFF = 'id referralId countyCode outcome willingToWork ableToWork needsSupport status answeredAt declineReason';
    // The hand-off waits in the platform's outbox until its relay delivers it to the federation.
    const queued = await call(tokens.socialWorker, `query ($id: ID!) { referral(id: $id) { employmentHandoff { ${HANDOFF} } } }`, { id });
    const handoff = queued.data!.referral.employmentHandoff;
    expect(handoff).toMatchObject({ countyCode: COUNTY, outcome: 'EMPLOYMENT', willingToWork: true, ableToWork: true, needsSupport: false, status: 'PENDING' });
    const RECEIVE = `mutation Receive($input: ReceiveEmploymentHandoffInput!) { receiveEmploymentHandoff(input: $input) { id status } }`;
    const delivery = {
      handoffId: handoff.id,
      referralId: id,
      pid: (await welfare('referral').where({ id }).first('pid')).pid,
      countyCode: COUNTY,
      outcome: 'EMPLOYMENT',
      willingToWork: true,
      ableToWork: true,
      needsSupport: false,
      handedOverAt: new Date().toISOString(),
    };
    expect(codeOf(await call(tokens.officer, RECEIVE, { input: delivery }))).toBe('FORBIDDEN');
    const relay = new OutboxRelay(welfare, {
      handlers: handoffHandlers(welfare, { agency: 'employment', url: federation.agencies.employment.server.graphqlUrl, token: async () => tokens.service }),
      logger: createLogger('welfare'),
      intervalMs: 0,
      batchSize: 500,
    });
    expect(await relay.round()).toMatchObject({ delivered: 1, failed: 0 });
    expect((await welfare('employment_handoff').where({ id: handoff.id }).first('status')).status).toBe('RECEIVED');
    // Delivered again (a relay that crashed before marking it), the federation receives nothing more and the platform changes nothing.
    const before = await tableCounts();
    expect((await call(tokens.service, RECEIVE, { input: delivery })).data!.receiveEmploymentHandoff).toEqual({ id: handoff.id, status: 'RECEIVED' });
    expect(await tableCounts()).toEqual(before);
    expect(await federation.agencies.employment.db('employment_referral').where({ id: handoff.id })).toHaveLength(1);

    const ANSWER = `mutation Answer($input: AnswerEmploymentHandoffInput!) { answerEmploymentHandoff(input: $input) { ${HANDOFF} } }`;
    const acknowledged = await call(tokens.service, ANSWER, { input: { handoffId: handoff.id, decision: 'ACKNOWLEDGED' } });
    expect(acknowledged.errors).toBeUndefined();
    expect(acknowledged.data!.answerEmploymentHandoff).toMatchObject({ status: 'ACKNOWLEDGED', declineReason: null });
    const again = await call(tokens.service, ANSWER, { input: { handoffId: handoff.id, decision: 'ACKNOWLEDGED' } });
    expect(again.data!.answerEmploymentHandoff).toEqual(acknowledged.data!.answerEmploymentHandoff);
    const contrary = await call(tokens.service, ANSWER, { input: { handoffId: handoff.id, decision: 'DECLINED', reason: 'changed our mind' } });
    expect(contrary.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', currentStatus: 'ACKNOWLEDGED' });

    const final = await call(
      tokens.socialWorker,
      `query ($id: ID!) { referral(id: $id) { ${REFERRAL} applicant registeredAt assessments { kind effect recommendedForms } serviceAgreement { signedBy serviceForms }
        services { nodes { date serviceForm durationMinutes staffId } } employmentHandoff { status } consents { scope } } }`,
      { id },
    );
    expect(final.errors).toBeUndefined();
    const referral = final.data!.referral;
    expect(referral).toMatchObject({
      status: 'CLOSED',
      version: 10,
      closeReason: 'HANDOFF_ACKNOWLEDGED',
      applicant: 'RESIDENTS_COMMITTEE',
      employmentHandoff: { status: 'ACKNOWLEDGED' },
    });
    expect(referral.registeredAt).not.toBeNull();
    expect(historyOf(referral)).toEqual([
      [null, 'SUBMITTED', 'SOCIAL_WORKER'],
      ['SUBMITTED', 'REGISTERED', 'SOCIAL_WORKER'],
      ['REGISTERED', 'DISPATCHED', 'PLATFORM_OFFICER'],
      ['DISPATCHED', 'ACCEPTED', 'INSTITUTION_STAFF'],
      ['ACCEPTED', 'ASSESSED', 'INSTITUTION_STAFF'],
      ['ASSESSED', 'IN_SERVICE', 'INSTITUTION_STAFF'],
      ['IN_SERVICE', 'RELAPSE_REFERRED', 'HOSPITAL_CLINICIAN'],
      ['RELAPSE_REFERRED', 'IN_SERVICE', 'INSTITUTION_STAFF'],
      ['IN_SERVICE', 'REFERRED_OUT', 'INSTITUTION_STAFF'],
      ['REFERRED_OUT', 'CLOSED', 'SERVICE'],
    ]);
    expect(referral.history[6].reason).toBe('green channel: acute relapse');
    expect(referral.assessments.map((a: { kind: string }) => a.kind)).toEqual(['INTAKE', 'PERIODIC', 'REASSESSMENT', 'EXIT']);
    expect(referral.assessments[0].recommendedForms).toEqual(['DAY_TRAINING', 'PEER_SUPPORT']);
    expect(referral.serviceAgreement).toEqual({ signedBy: 'PATIENT_AND_GUARDIAN', serviceForms: ['DAY_TRAINING', 'PEER_SUPPORT'] });
    expect(referral.services.nodes).toEqual([{ date: chinaToday(), serviceForm: 'DAY_TRAINING', durationMinutes: 120, staffId: staffOfA }]);

    // Analysts see aggregates only: not the case, nor its hand-off.
    const analyst = await federation.tokenFor('ANALYST');
    const seen = await call(analyst, `query ($id: ID!) { referral(id: $id) { employmentHandoff { pid } } }`, { id });
    expect(seen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(seen.data?.referral ?? null).toBeNull();

    // The history keeps who acted; every write has its audit row.
    const rows = await welfare('referral_transition').where({ referral_id: id }).orderBy('id');
    expect(rows.map((r) => r.actor_id)).toEqual([
      'sw-nanshan',
      'sw-nanshan',
      'officer-nanshan',
      'staff-a',
      'staff-a',
      'staff-a',
      'dr-shenzhen',
      'staff-a',
      'staff-a',
      'service-employment',
    ]);
    const pid = (await welfare('referral').where({ id }).first('pid')).pid;
    const writes = await welfare('audit_log').where({ pid, action: 'WRITE' });
    expect(writes.map((w) => w.operation_name)).toEqual(
      expect.arrayContaining(['SubmitReferral', 'StartService', 'RecordService', 'ReferOut', 'deliverEmploymentHandoffs', 'Answer']),
    );
    expect(writes.length).toBeGreaterThanOrEqual(16);
  });

  it('refuses an illegal transition by naming the current status, and a stale or future version with the current one', async () => {
    // Guangming has no institution yet: the case may wait.
    const referral = await registered(FULL_COUNTY, tokens.provinceWorker);
    const waitlisted = await step(tokens.provinceOfficer, 'waitlistReferral', { referralId: referral.id, expectedVersion: referral.version });
    expect(waitlisted).toMatchObject({ status: 'WAITLISTED', version: 3 });
    const again = await expectRefusedWithoutWriting(
      () => mutate(tokens.provinceWorker, 'reviewReferral', { referralId: referral.id, expectedVersion: 3, decision: 'REGISTER' }),
      'ILLEGAL_TRANSITION',
    );
    expect(again.errors?.[0]?.extensions?.currentStatus).toBe('WAITLISTED');
    // The refusal is made from the workflow's table and the catalogue: what the case is, and where the operation applies, in Chinese unless English is asked for.
    expect(again.errors?.[0]?.message).toBe('reviewReferral 不适用于轮候中（WAITLISTED）的个案，仅适用于：待审核（SUBMITTED）');
    const againInEnglish = await mutateInEnglish(tokens.provinceWorker, 'reviewReferral', {
      referralId: referral.id,
      expectedVersion: 3,
      decision: 'REGISTER',
    });
    expect(againInEnglish.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', currentStatus: 'WAITLISTED' });
    expect(againInEnglish.errors?.[0]?.message).toBe(
      'reviewReferral does not apply to a referral in status waitlisted (WAITLISTED) (it applies to: submitted (SUBMITTED))',
    );
    const institutionFull = await insertInstitution(FULL_COUNTY, 1);
    const stale = await expectRefusedWithoutWriting(
      () => mutate(tokens.provinceOfficer, 'dispatchReferral', { referralId: referral.id, expectedVersion: 1, institutionId: institutionFull }),
      'VERSION_CONFLICT',
    );
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(3);
    const future = await expectRefusedWithoutWriting(
      () => mutate(tokens.provinceOfficer, 'dispatchReferral', { referralId: referral.id, expectedVersion: 9, institutionId: institutionFull }),
      'VERSION_CONFLICT',
    );
    expect(future.errors?.[0]?.extensions?.currentVersion).toBe(3);
    const sent = await step(tokens.provinceOfficer, 'dispatchReferral', { referralId: referral.id, expectedVersion: 3, institutionId: institutionFull });
    const staffFull = await federation.tokenFor('INSTITUTION_STAFF', { region: FULL_COUNTY, institution: institutionFull, subject: 'staff-full' });
    const early = await expectRefusedWithoutWriting(
      () => mutate(staffFull, 'assessReferral', { referralId: sent.id, expectedVersion: sent.version, assessment: TEAM }),
      'ILLEGAL_TRANSITION',
    );
    expect(early.errors?.[0]?.extensions?.currentStatus).toBe('DISPATCHED');
  });

  it('gives a role outside a transition FORBIDDEN, and a case outside the caller NOT_FOUND', async () => {
    const referral = await registered();
    const dispatch = { referralId: referral.id, expectedVersion: referral.version, institutionId: institutionA, reason: OUT_OF_TURN };
    await expectRefusedWithoutWriting(() => mutate(tokens.socialWorker, 'dispatchReferral', dispatch), 'FORBIDDEN');
    await expectRefusedWithoutWriting(
      () => mutate(tokens.staffA, 'reviewReferral', { referralId: referral.id, expectedVersion: 2, decision: 'REJECT', reason: 'x' }),
      'FORBIDDEN',
    );
    const elsewhere = await federation.tokenFor('PLATFORM_OFFICER', { region: '110000' });
    await expectRefusedWithoutWriting(() => mutate(elsewhere, 'dispatchReferral', dispatch), 'NOT_FOUND');
    await expectRefusedWithoutWriting(() => mutate(tokens.officer, 'dispatchReferral', { ...dispatch, referralId: randomUUID() }), 'NOT_FOUND');
    // Another institution's staff cannot act on a case dispatched to A.
    const sent = await step(tokens.officer, 'dispatchReferral', dispatch);
    await expectRefusedWithoutWriting(
      () => mutate(tokens.staffElsewhere, 'acceptReferral', { referralId: sent.id, expectedVersion: sent.version }),
      'NOT_FOUND',
    );
  });

  it('requires a reason to reject, decline, refer for relapse and transfer', async () => {
    const fresh = await submitted();
    await expectRefusedWithoutWriting(
      () => mutate(tokens.socialWorker, 'reviewReferral', { referralId: fresh.id, expectedVersion: 1, decision: 'REJECT' }),
      'BAD_USER_INPUT',
    );
    await expectRefusedWithoutWriting(
      () => mutate(tokens.socialWorker, 'reviewReferral', { referralId: fresh.id, expectedVersion: 1, decision: 'REJECT', reason: '   ' }),
      'BAD_USER_INPUT',
    );
    const rejected = await step(tokens.socialWorker, 'reviewReferral', {
      referralId: fresh.id,
      expectedVersion: 1,
      decision: 'REJECT',
      reason: 'no rehabilitation need',
    });
    expect(rejected.history.at(-1)).toMatchObject({ from: 'SUBMITTED', to: 'REJECTED', reason: 'no rehabilitation need' });

    const sent = await dispatched();
    const missing = await expectRefusedWithoutWriting(
      () => mutate(tokens.staffA, 'declineReferral', { referralId: sent.id, expectedVersion: sent.version }),
      'BAD_USER_INPUT',
    );
    expect(missing.errors?.[0]?.extensions?.argument).toBe('input.reason');
    const serving = await inService();
    await expectRefusedWithoutWriting(
      () => mutate(tokens.staffA, 'referForRelapse', { referralId: serving.id, expectedVersion: serving.version, receivingHospitalCode: HOSPITAL_CODE }),
      'BAD_USER_INPUT',
    );
    await expectRefusedWithoutWriting(
      () => mutate(tokens.staffA, 'requestTransfer', { referralId: serving.id, expectedVersion: serving.version, newCountyCode: OTHER_COUNTY, reason: '' }),
      'BAD_USER_INPUT',
    );
  });

  it('writes nothing for bad input to any referral write', async () => {
    const serving = await inService();
    const base = { referralId: serving.id, expectedVersion: serving.version };
    const refusals: [string, () => Promise<Body>][] = [
      ['BAD_USER_INPUT', () => mutate(tokens.socialWorker, 'submitReferral', { pid: newPid(), channel: 'MEDICAL_INSTITUTION', countyCode: COUNTY })],
      ['BAD_USER_INPUT', () => mutate(tokens.socialWorker, 'submitReferral', { pid: newPid(), channel: 'THIRD_PARTY_APPLICATION', countyCode: COUNTY })],
      ['BAD_USER_INPUT', () => mutate(tokens.socialWorker, 'submitReferral', { pid: newPid(), channel: 'VOLUNTARY_APPLICATION', countyCode: '440300' })],
      ['BAD_USER_INPUT', () => mutate(tokens.socialWorker, 'submitReferral', { pid: 'not-a-pid', channel: 'VOLUNTARY_APPLICATION', countyCode: COUNTY })],
      ['FORBIDDEN', () => mutate(tokens.socialWorker, 'submitReferral', { pid: newPid(), channel: 'VOLUNTARY_APPLICATION', countyCode: '110101' })],
      [
        'BAD_USER_INPUT',
        () =>
          mutate(tokens.staffA, 'recordService', {
            referralId: serving.id,
            date: chinaToday(),
            serviceForm: 'DAY_TRAINING',
            durationMinutes: 0,
            staffId: staffOfA,
          }),
      ],
      [
        'BAD_USER_INPUT',
        () =>
          mutate(tokens.staffA, 'recordService', {
            referralId: serving.id,
            date: chinaToday(),
            serviceForm: 'DAY_TRAINING',
            durationMinutes: 1441,
            staffId: staffOfA,
          }),
      ],
      [
        'BAD_USER_INPUT',
        () =>
          mutate(tokens.staffA, 'recordService', {
            referralId: serving.id,
            date: chinaToday(),
            serviceForm: 'DAY_TRAINING',
            durationMinutes: 60,
            staffId: staffOfB,
          }),
      ],
      [
        'BAD_USER_INPUT',
        () =>
          mutate(tokens.staffA, 'recordService', {
            referralId: serving.id,
            date: '2099-01-01',
            serviceForm: 'DAY_TRAINING',
            durationMinutes: 60,
            staffId: staffOfA,
          }),
      ],
      ['BAD_USER_INPUT', () => mutate(tokens.staffA, 'recordPeriodicAssessment', { referralId: serving.id, assessedOn: '2099-01-01', effect: 'SOME' })],
      ['BAD_USER_INPUT', () => mutate(tokens.staffA, 'requestTransfer', { ...base, newCountyCode: COUNTY, reason: 'moved' })],
      ['BAD_USER_INPUT', () => mutate(tokens.staffA, 'requestTransfer', { ...base, newCountyCode: '440300', reason: 'moved' })],
      ['BAD_USER_INPUT', () => mutate(tokens.staffA, 'closeReferral', { ...base, reason: 'RETURNED_TO_COMMUNITY' })],
      ['BAD_USER_INPUT', () => mutate(tokens.staffA, 'closeReferral', { ...base, reason: 'HANDOFF_ACKNOWLEDGED' })],
      ['BAD_USER_INPUT', () => mutate(tokens.staffA, 'recordReferralConsent', { referralId: serving.id, scope: 'REFERRAL_UPLOAD', grantedBy: 'PATIENT' })],
      [
        'ALREADY_EXISTS',
        () => mutate(tokens.staffA, 'recordReferralConsent', { referralId: serving.id, scope: 'SERVICE_AGREEMENT', grantedBy: 'PATIENT_AND_GUARDIAN' }),
      ],
      ['BAD_USER_INPUT', () => mutate(tokens.staffA, 'revokeReferralConsent', { referralId: serving.id, scope: 'EMPLOYMENT_SHARING' })],
      ['ILLEGAL_TRANSITION', () => mutate(tokens.socialWorker, 'recordReReview', { referralId: serving.id, stillWilling: true, circumstancesChanged: false })],
      ['BAD_USER_INPUT', () => mutate(tokens.staffA, 'acceptReferral', { referralId: 'not-an-id', expectedVersion: 1 })],
      ['BAD_USER_INPUT', () => mutate(tokens.staffA, 'acceptReferral', { ...base, idempotencyKey: 'short' })],
    ];
    for (const [code, attempt] of refusals) await expectRefusedWithoutWriting(attempt, code);
    const medical = await mutate(tokens.socialWorker, 'submitReferral', { pid: newPid(), channel: 'MEDICAL_INSTITUTION', countyCode: COUNTY });
    expect(medical.errors?.[0]?.message).toBe('渠道为 MEDICAL_INSTITUTION 的转介不在此提交：此类转介来自登记系统经知情同意的上传');
    const medicalInEnglish = await mutateInEnglish(tokens.socialWorker, 'submitReferral', {
      pid: newPid(),
      channel: 'MEDICAL_INSTITUTION',
      countyCode: COUNTY,
    });
    expect(medicalInEnglish.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.channel' });
    expect(medicalInEnglish.errors?.[0]?.message).toContain("registry's consented uploads");

    const accepting = await accepted();
    const partTeam = { ...TEAM, nurse: false };
    const team = await expectRefusedWithoutWriting(
      () => mutate(tokens.staffA, 'assessReferral', { referralId: accepting.id, expectedVersion: accepting.version, assessment: partTeam }),
      'BAD_USER_INPUT',
    );
    expect(team.errors?.[0]?.message).toBe('接收评估须由四类团队成员共同完成，缺少：护士');
    const teamInEnglish = await mutateInEnglish(tokens.staffA, 'assessReferral', {
      referralId: accepting.id,
      expectedVersion: accepting.version,
      assessment: partTeam,
    });
    expect(teamInEnglish.errors?.[0]?.message).toBe('input.assessment needs all four of the team; missing: nurse');
    const waiting = await registered();
    const wrongCounty = await expectRefusedWithoutWriting(
      () => mutate(tokens.officer, 'dispatchReferral', { referralId: waiting.id, expectedVersion: waiting.version, institutionId: institutionB }),
      'BAD_USER_INPUT',
    );
    expect(wrongCounty.errors?.[0]?.extensions?.argument).toBe('input.institutionId');
  });

  it('replays a keyed transition and refuses the key with another input', async () => {
    const referral = await registered();
    const input = {
      referralId: referral.id,
      expectedVersion: referral.version,
      institutionId: institutionA,
      reason: OUT_OF_TURN,
      idempotencyKey: key('dispatch'),
    };
    const first = await step(tokens.officer, 'dispatchReferral', input);
    const before = await tableCounts();
    const replay = await step(tokens.officer, 'dispatchReferral', input);
    expect(replay).toEqual(first);
    expect(await tableCounts()).toEqual(before);
    const reused = await mutate(tokens.officer, 'dispatchReferral', { ...input, expectedVersion: 99 });
    expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherOperation = await mutate(tokens.officer, 'waitlistReferral', {
      referralId: referral.id,
      expectedVersion: referral.version,
      idempotencyKey: input.idempotencyKey,
    });
    expect(codeOf(otherOperation)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await tableCounts()).toEqual(before);
    // Keys belong to their caller: another officer's same key is a new write (refused here by the version).
    const otherOfficer = await federation.tokenFor('PLATFORM_OFFICER', { region: COUNTY, subject: 'officer-2' });
    expect(codeOf(await mutate(otherOfficer, 'dispatchReferral', input))).toBe('VERSION_CONFLICT');
  });

  it('transfers a case to the county the person moved to, where an institution there accepts it', async () => {
    const serving = await inService();
    const moved = await step(tokens.staffA, 'requestTransfer', {
      referralId: serving.id,
      expectedVersion: serving.version,
      newCountyCode: OTHER_COUNTY,
      reason: "moved to Bao'an",
    });
    expect(moved).toMatchObject({ status: 'TRANSFER_PENDING', regionCode: OTHER_COUNTY, institution: null, version: serving.version + 1 });
    expect(moved.history.at(-1)).toMatchObject({ from: 'IN_SERVICE', to: 'TRANSFER_PENDING', actorRole: 'INSTITUTION_STAFF', reason: "moved to Bao'an" });
    // The old institution lets go; an institution outside the new county does not see it.
    await expectRefusedWithoutWriting(() => mutate(tokens.staffA, 'acceptReferral', { referralId: moved.id, expectedVersion: moved.version }), 'NOT_FOUND');
    await expectRefusedWithoutWriting(
      () => mutate(tokens.staffElsewhere, 'acceptReferral', { referralId: moved.id, expectedVersion: moved.version }),
      'NOT_FOUND',
    );
    const taken = await step(tokens.staffB, 'acceptReferral', { referralId: moved.id, expectedVersion: moved.version });
    expect(taken).toMatchObject({ status: 'ACCEPTED', regionCode: OTHER_COUNTY, institution: { id: institutionB } });
    // The new institution re-assesses and signs its own agreement before service resumes.
    const assessed = await step(tokens.staffB, 'assessReferral', { referralId: taken.id, expectedVersion: taken.version, assessment: TEAM });
    const stale = await mutate(tokens.staffB, 'startService', { referralId: taken.id, expectedVersion: assessed.version });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', missing: 'SERVICE_AGREEMENT' });
    await step(tokens.staffB, 'signServiceAgreement', { referralId: taken.id, signedOn: chinaToday(), signedBy: 'PATIENT', serviceForms: ['HOME_SUPPORT'] });
    expect(await step(tokens.staffB, 'startService', { referralId: taken.id, expectedVersion: assessed.version })).toMatchObject({ status: 'IN_SERVICE' });
  });

  it('refuses dispatch after 90 days of waiting until a social worker re-reviews the case', async () => {
    const waiting = await registered();
    await welfare('referral')
      .where({ id: waiting.id })
      .update({ registered_at: welfare.raw(`now() - interval '100 days'`) });
    const NEEDS = `query ($id: ID!) { referral(id: $id) { needsReReview reReviews { stillWilling circumstancesChanged } } }`;
    expect((await call(tokens.socialWorker, NEEDS, { id: waiting.id })).data!.referral).toEqual({ needsReReview: true, reReviews: [] });
    const refused = await expectRefusedWithoutWriting(
      () => mutate(tokens.officer, 'dispatchReferral', { referralId: waiting.id, expectedVersion: waiting.version, institutionId: institutionA }),
      'ILLEGAL_TRANSITION',
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'RE_REVIEW_REQUIRED', currentStatus: 'REGISTERED' });
    const reviewed = await step(tokens.socialWorker, 'recordReReview', { referralId: waiting.id, stillWilling: true, circumstancesChanged: false });
    expect(reviewed.version).toBe(waiting.version);
    expect((await call(tokens.socialWorker, NEEDS, { id: waiting.id })).data!.referral).toEqual({
      needsReReview: false,
      reReviews: [{ stillWilling: true, circumstancesChanged: false }],
    });
    expect(
      await step(tokens.officer, 'dispatchReferral', {
        referralId: waiting.id,
        expectedVersion: waiting.version,
        institutionId: institutionA,
        reason: OUT_OF_TURN,
      }),
    ).toMatchObject({ status: 'DISPATCHED' });
  });

  it('closes a case as WITHDRAWN when a re-review finds the person no longer willing, and refuses its dispatch', async () => {
    const waiting = await registered();
    await step(tokens.socialWorker, 'recordReferralConsent', { referralId: waiting.id, scope: 'EMPLOYMENT_SHARING', grantedBy: 'PATIENT' });
    const closed = await step(tokens.socialWorker, 'recordReReview', { referralId: waiting.id, stillWilling: false, circumstancesChanged: false });
    expect(closed).toMatchObject({ status: 'CLOSED', closeReason: 'WITHDRAWN', version: waiting.version + 1 });
    expect(closed.history.at(-1)).toMatchObject({ from: 'REGISTERED', to: 'CLOSED', actorRole: 'SOCIAL_WORKER' });
    expect(closed.history.at(-1)!.reason).toContain('复核');
    expect(await welfare('referral_consent').where({ referral_id: waiting.id }).whereNull('revoked_at')).toHaveLength(0);
    const refused = await expectRefusedWithoutWriting(
      () => mutate(tokens.officer, 'dispatchReferral', { referralId: waiting.id, expectedVersion: closed.version, institutionId: institutionA }),
      'ILLEGAL_TRANSITION',
    );
    expect(refused.errors?.[0]?.extensions?.currentStatus).toBe('CLOSED');
  });

  it('sends a case back for review when a re-review finds the circumstances changed, keeping its first registration', async () => {
    const waiting = await registered();
    const registeredAt = (await welfare('referral').where({ id: waiting.id }).first('registered_at')).registered_at;
    const back = await step(tokens.socialWorker, 'recordReReview', { referralId: waiting.id, stillWilling: true, circumstancesChanged: true });
    expect(back).toMatchObject({ status: 'SUBMITTED', version: waiting.version + 1 });
    // The system's reason is stored as a marker and said in the reader's language.
    expect(back.history.at(-1)).toMatchObject({ from: 'REGISTERED', to: 'SUBMITTED', reason: '复核发现情况有变，退回重新审核' });
    expect(await welfare('referral_transition').where({ referral_id: waiting.id }).orderBy('id', 'desc').first('reason')).toEqual({
      reason: 'system:circumstancesChanged',
    });
    const inEnglish = (await postGraphQL(
      federation.gateway.graphqlUrl,
      `query ($id: ID!) { referral(id: $id) { history { reason } } }`,
      { id: waiting.id },
      tokens.socialWorker,
      {
        'accept-language': 'en',
      },
    )) as Body;
    expect(inEnglish.data!.referral.history.at(-1).reason).toBe('re-review found the circumstances changed');
    const DEADLINE = `query ($id: ID!) { referral(id: $id) { registrationDueOn registrationOverdue } }`;
    expect((await call(tokens.socialWorker, DEADLINE, { id: waiting.id })).data!.referral).toEqual({
      registrationDueOn: addWorkingDays(chinaToday(), 5),
      registrationOverdue: false,
    });
    await expectRefusedWithoutWriting(
      () => mutate(tokens.officer, 'dispatchReferral', { referralId: waiting.id, expectedVersion: back.version, institutionId: institutionA }),
      'ILLEGAL_TRANSITION',
    );
    const again = await step(tokens.socialWorker, 'reviewReferral', { referralId: waiting.id, expectedVersion: back.version, decision: 'REGISTER' });
    expect(again.status).toBe('REGISTERED');
    const row = await welfare('referral').where({ id: waiting.id }).first('registered_at');
    expect(row.registered_at).toEqual(registeredAt);
    // Still willing, nothing changed: the case keeps its status and version.
    const kept = await step(tokens.socialWorker, 'recordReReview', { referralId: waiting.id, stillWilling: true, circumstancesChanged: false });
    expect(kept).toMatchObject({ status: 'REGISTERED', version: again.version });
  });

  it('stops a case when its SERVICE_AGREEMENT consent is revoked: closed as WITHDRAWN, then service, assessment and dispatch refused', async () => {
    const serving = await inService();
    const stopped = await step(tokens.staffA, 'revokeReferralConsent', { referralId: serving.id, scope: 'SERVICE_AGREEMENT' });
    expect(stopped).toMatchObject({ status: 'CLOSED', closeReason: 'WITHDRAWN', version: serving.version + 1 });
    expect(stopped.history.at(-1)).toMatchObject({ from: 'IN_SERVICE', to: 'CLOSED', actorRole: 'INSTITUTION_STAFF' });
    expect(stopped.history.at(-1)!.reason).toBe('撤回：服务协议知情同意（SERVICE_AGREEMENT）已撤销');
    const service = await expectRefusedWithoutWriting(
      () =>
        mutate(tokens.staffA, 'recordService', {
          referralId: serving.id,
          date: chinaToday(),
          serviceForm: 'DAY_TRAINING',
          durationMinutes: 60,
          staffId: staffOfA,
        }),
      'CONSENT_REVOKED',
    );
    expect(service.errors?.[0]?.message).toBe('服务协议知情同意已撤回，个案已终止，不能再记录服务');
    const serviceInEnglish = await mutateInEnglish(tokens.staffA, 'recordService', {
      referralId: serving.id,
      date: chinaToday(),
      serviceForm: 'DAY_TRAINING',
      durationMinutes: 60,
      staffId: staffOfA,
    });
    expect(serviceInEnglish.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REVOKED', missing: 'SERVICE_AGREEMENT_CONSENT' });
    expect(serviceInEnglish.errors?.[0]?.message).toBe('the SERVICE_AGREEMENT consent was revoked and the case stopped: recording a service is refused');
    await expectRefusedWithoutWriting(
      () => mutate(tokens.staffA, 'recordPeriodicAssessment', { referralId: serving.id, assessedOn: chinaToday(), effect: 'SOME' }),
      'CONSENT_REVOKED',
    );
    await expectRefusedWithoutWriting(
      () => mutate(tokens.officer, 'dispatchReferral', { referralId: serving.id, expectedVersion: stopped.version, institutionId: institutionA }),
      'CONSENT_REVOKED',
    );

    // Revoked before service began: the case stops there too.
    let assessed = await accepted();
    assessed = await step(tokens.staffA, 'assessReferral', { referralId: assessed.id, expectedVersion: assessed.version, assessment: TEAM });
    await step(tokens.staffA, 'recordReferralConsent', { referralId: assessed.id, scope: 'SERVICE_AGREEMENT', grantedBy: 'PATIENT' });
    expect(await step(tokens.socialWorker, 'revokeReferralConsent', { referralId: assessed.id, scope: 'SERVICE_AGREEMENT' })).toMatchObject({
      status: 'CLOSED',
      closeReason: 'WITHDRAWN',
    });
    await expectRefusedWithoutWriting(
      () => mutate(tokens.staffA, 'startService', { referralId: assessed.id, expectedVersion: assessed.version + 1 }),
      'CONSENT_REVOKED',
    );
  });

  it("needs the guardian's signature on the consent and the agreement where the case records a guardian", async () => {
    const withGuardian = await step(tokens.socialWorker, 'submitReferral', {
      pid: newPid(),
      channel: 'VOLUNTARY_APPLICATION',
      countyCode: COUNTY,
      hasGuardian: true,
    });
    const REG = await step(tokens.socialWorker, 'reviewReferral', { referralId: withGuardian.id, expectedVersion: 1, decision: 'REGISTER' });
    const sent = await step(tokens.officer, 'dispatchReferral', {
      referralId: REG.id,
      expectedVersion: REG.version,
      institutionId: institutionA,
      reason: OUT_OF_TURN,
    });
    const taken = await step(tokens.staffA, 'acceptReferral', { referralId: sent.id, expectedVersion: sent.version });
    const assessed = await step(tokens.staffA, 'assessReferral', { referralId: taken.id, expectedVersion: taken.version, assessment: TEAM });
    const id = assessed.id;
    expect((await call(tokens.staffA, `query ($id: ID!) { referral(id: $id) { hasGuardian } }`, { id })).data!.referral).toEqual({ hasGuardian: true });

    const patientOnly = await expectRefusedWithoutWriting(
      () => mutate(tokens.staffA, 'signServiceAgreement', { referralId: id, signedOn: chinaToday(), signedBy: 'PATIENT', serviceForms: ['DAY_TRAINING'] }),
      'CONSENT_REQUIRED',
    );
    expect(patientOnly.errors?.[0]?.extensions).toMatchObject({ missing: 'SERVICE_AGREEMENT', missingSignatories: ['GUARDIAN'] });
    expect(patientOnly.errors?.[0]?.message).toBe('服务协议缺少签署人：监护人');
    await step(tokens.staffA, 'signServiceAgreement', {
      referralId: id,
      signedOn: chinaToday(),
      signedBy: 'PATIENT_AND_GUARDIAN',
      serviceForms: ['DAY_TRAINING'],
    });

    await step(tokens.staffA, 'recordReferralConsent', { referralId: id, scope: 'SERVICE_AGREEMENT', grantedBy: 'GUARDIAN' });
    const guardianOnly = await expectRefusedWithoutWriting(
      () => mutate(tokens.staffA, 'startService', { referralId: id, expectedVersion: assessed.version }),
      'CONSENT_REQUIRED',
    );
    expect(guardianOnly.errors?.[0]?.extensions).toMatchObject({ missing: 'SERVICE_AGREEMENT_CONSENT', missingSignatories: ['PATIENT'] });
    expect(guardianOnly.errors?.[0]?.message).toBe('服务协议知情同意缺少签署人：患者本人');
    const guardianOnlyInEnglish = await mutateInEnglish(tokens.staffA, 'startService', { referralId: id, expectedVersion: assessed.version });
    expect(guardianOnlyInEnglish.errors?.[0]?.message).toBe('the service agreement consent needs the signature of: patient');
    await step(tokens.staffA, 'recordReferralConsent', { referralId: id, scope: 'SERVICE_AGREEMENT', grantedBy: 'PATIENT' });
    const serving = await step(tokens.staffA, 'startService', { referralId: id, expectedVersion: assessed.version });
    expect(serving.status).toBe('IN_SERVICE');

    await step(tokens.staffA, 'recordReferralConsent', { referralId: id, scope: 'EMPLOYMENT_SHARING', grantedBy: 'PATIENT' });
    const sharing = await expectRefusedWithoutWriting(
      () => mutate(tokens.staffA, 'referOut', { referralId: id, expectedVersion: serving.version, outcome: 'EMPLOYMENT', exitAssessment: EXIT }),
      'CONSENT_REQUIRED',
    );
    expect(sharing.errors?.[0]?.extensions).toMatchObject({ missing: 'EMPLOYMENT_SHARING', missingSignatories: ['GUARDIAN'] });
  });

  it('wait-lists a case only when its county has no free place, and serves the queue first come, first served', async () => {
    const queueOfficer = await federation.tokenFor('PLATFORM_OFFICER', { region: QUEUE_COUNTY, subject: 'officer-longhua' });
    const queueWorker = await federation.tokenFor('SOCIAL_WORKER', { region: QUEUE_COUNTY, subject: 'sw-longhua' });
    const place = await insertInstitution(QUEUE_COUNTY, 1);
    const queued: Referral[] = [];
    for (let n = 0; n < 3; n++) queued.push(await registered(QUEUE_COUNTY, queueWorker));
    const [first, second, third] = queued as [Referral, Referral, Referral];

    const free = await expectRefusedWithoutWriting(
      () => mutate(queueOfficer, 'waitlistReferral', { referralId: first.id, expectedVersion: first.version }),
      'PLACES_AVAILABLE',
    );
    expect(free.errors?.[0]?.extensions).toMatchObject({ freePlaces: 1 });
    expect(free.errors?.[0]?.message).toBe('本县（区）康复机构尚有 1 个空余名额，应当派单而不是轮候');
    const freeInEnglish = await mutateInEnglish(queueOfficer, 'waitlistReferral', { referralId: first.id, expectedVersion: first.version });
    expect(freeInEnglish.errors?.[0]?.extensions).toMatchObject({ code: 'PLACES_AVAILABLE', freePlaces: 1 });
    expect(freeInEnglish.errors?.[0]?.message).toBe("the county's institutions have 1 free places: dispatch the case instead of wait-listing it");

    const positionOf = async (id: string) =>
      (await call(queueOfficer, `query ($id: ID!) { referral(id: $id) { waitingPosition } }`, { id })).data!.referral.waitingPosition as number | null;
    expect([await positionOf(first.id), await positionOf(second.id), await positionOf(third.id)]).toEqual([1, 2, 3]);
    const NEXT = `query ($county: String!) { nextInLine(countyCode: $county) { countyCode freePlaces waiting referrals { id waitingPosition } } }`;
    const next = async () => (await call(queueOfficer, NEXT, { county: QUEUE_COUNTY })).data!.nextInLine;
    expect(await next()).toEqual({ countyCode: QUEUE_COUNTY, freePlaces: 1, waiting: 3, referrals: [{ id: first.id, waitingPosition: 1 }] });

    const ahead = await expectRefusedWithoutWriting(
      () => mutate(queueOfficer, 'dispatchReferral', { referralId: second.id, expectedVersion: second.version, institutionId: place }),
      'ILLEGAL_TRANSITION',
    );
    expect(ahead.errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_NEXT_IN_LINE', waitingPosition: 2, argument: 'input.reason' });
    const sent = await step(queueOfficer, 'dispatchReferral', { referralId: first.id, expectedVersion: first.version, institutionId: place });
    expect(sent.history.at(-1)).toMatchObject({ to: 'DISPATCHED', reason: null });
    expect(await positionOf(first.id)).toBeNull();

    // Full now: the others wait, in their order.
    await step(queueOfficer, 'waitlistReferral', { referralId: second.id, expectedVersion: second.version });
    await step(queueOfficer, 'waitlistReferral', { referralId: third.id, expectedVersion: third.version });
    expect(await next()).toEqual({ countyCode: QUEUE_COUNTY, freePlaces: 0, waiting: 2, referrals: [] });

    // A closure frees the place: the next in line shows up for the county's officers.
    await step(queueWorker, 'closeReferral', { referralId: first.id, expectedVersion: sent.version, reason: 'NOT_SUITABLE' });
    expect(await next()).toEqual({ countyCode: QUEUE_COUNTY, freePlaces: 1, waiting: 2, referrals: [{ id: second.id, waitingPosition: 1 }] });
    const jumped = await step(queueOfficer, 'dispatchReferral', {
      referralId: third.id,
      expectedVersion: third.version + 1,
      institutionId: place,
      reason: 'family crisis: urgent day care',
    });
    expect(jumped.history.at(-1)).toMatchObject({ from: 'WAITLISTED', to: 'DISPATCHED', reason: 'family crisis: urgent day care' });
    expect(await positionOf(second.id)).toBe(1);

    expect(codeOf(await call(tokens.officer, NEXT, { county: QUEUE_COUNTY }))).toBe('FORBIDDEN');
    expect(codeOf(await call(tokens.staffA, NEXT, { county: COUNTY }))).toBe('FORBIDDEN');
  });

  it('moves a case not yet dispatched to the new county, where it queues by its first registration', async () => {
    // Pingshan has no institution: a registered case moving there waits, ahead of those registered after it.
    const moveWorker = await federation.tokenFor('SOCIAL_WORKER', { region: MOVE_COUNTY, subject: 'sw-pingshan' });
    const local = await registered(MOVE_COUNTY, moveWorker);
    const older = await registered();
    await welfare('referral')
      .where({ id: older.id })
      .update({ registered_at: welfare.raw(`now() - interval '3 days'`) });
    const moved = await step(tokens.socialWorker, 'requestTransfer', {
      referralId: older.id,
      expectedVersion: older.version,
      newCountyCode: MOVE_COUNTY,
      reason: 'moved to Pingshan',
    });
    expect(moved).toMatchObject({ status: 'WAITLISTED', regionCode: MOVE_COUNTY, institution: null, version: older.version + 1 });
    expect(moved.history.at(-1)).toMatchObject({ from: 'REGISTERED', to: 'WAITLISTED', actorRole: 'SOCIAL_WORKER', reason: 'moved to Pingshan' });
    const POSITION = `query ($id: ID!) { referral(id: $id) { waitingPosition } }`;
    expect((await call(moveWorker, POSITION, { id: older.id })).data!.referral.waitingPosition).toBe(1);
    expect((await call(moveWorker, POSITION, { id: local.id })).data!.referral.waitingPosition).toBe(2);

    // Submitted and not reviewed: the new county reviews it.
    const fresh = await submitted();
    const unreviewed = await step(tokens.socialWorker, 'requestTransfer', {
      referralId: fresh.id,
      expectedVersion: 1,
      newCountyCode: MOVE_COUNTY,
      reason: 'moved',
    });
    expect(unreviewed).toMatchObject({ status: 'SUBMITTED', regionCode: MOVE_COUNTY });

    // Dispatched and not yet accepted: the dispatch is void and the old place freed; with room in the new county it is REGISTERED there.
    const room = await insertInstitution(MOVE_COUNTY, 5);
    const sent = await dispatched();
    const redirected = await step(tokens.officer, 'requestTransfer', {
      referralId: sent.id,
      expectedVersion: sent.version,
      newCountyCode: MOVE_COUNTY,
      reason: 'moved',
    });
    expect(redirected).toMatchObject({ status: 'REGISTERED', regionCode: MOVE_COUNTY, institution: null });
    expect(await welfare('referral').where({ id: sent.id }).first('dispatched_at')).toEqual({ dispatched_at: null });
    // No skipping the queue there: two cases wait ahead of it.
    const moveOfficer = await federation.tokenFor('PLATFORM_OFFICER', { region: MOVE_COUNTY, subject: 'officer-pingshan' });
    const behind = await expectRefusedWithoutWriting(
      () => mutate(moveOfficer, 'dispatchReferral', { referralId: sent.id, expectedVersion: redirected.version, institutionId: room }),
      'ILLEGAL_TRANSITION',
    );
    expect(behind.errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_NEXT_IN_LINE' });
    expect(await step(moveOfficer, 'dispatchReferral', { referralId: older.id, expectedVersion: moved.version, institutionId: room })).toMatchObject({
      status: 'DISPATCHED',
    });
  });

  it("schedules periodic assessments every 3 months in service, each recording the exit assessment's dimensions", async () => {
    const serving = await inService();
    const SCHEDULE = `query ($id: ID!) { referral(id: $id) { periodicAssessmentDueOn
      assessments { kind assessedOn effect illnessStable selfCare socialFunction willingToWork ableToWork } } }`;
    const read = async () => (await call(tokens.staffA, SCHEDULE, { id: serving.id })).data!.referral;
    expect((await read()).periodicAssessmentDueOn).toBe(addMonths(chinaToday(), 3));
    // Service began four months ago: the first periodic assessment is overdue.
    await welfare('referral_transition')
      .where({ referral_id: serving.id, to_status: 'IN_SERVICE' })
      .update({ at: welfare.raw(`now() - interval '4 months'`) });
    expect((await read()).periodicAssessmentDueOn < chinaToday()).toBe(true);
    const OVERDUE = `query ($region: String!) { overdueAssessments(regionCode: $region, first: 500) { nodes { id periodicAssessmentDueOn } } }`;
    const overdue = async (token = tokens.officer) => {
      const body = await call(token, OVERDUE, { region: COUNTY });
      expect(body.errors).toBeUndefined();
      return body.data!.overdueAssessments.nodes as { id: string; periodicAssessmentDueOn: string }[];
    };
    const listed = await overdue();
    expect(listed.map((n) => n.id)).toContain(serving.id);
    expect(listed.every((n) => n.periodicAssessmentDueOn < chinaToday())).toBe(true);
    const elsewhere = await federation.tokenFor('PLATFORM_OFFICER', { region: '110000' });
    expect(await overdue(elsewhere)).toEqual([]);
    await step(tokens.staffA, 'recordPeriodicAssessment', {
      referralId: serving.id,
      assessedOn: chinaToday(),
      effect: 'SOME',
      illnessStable: true,
      selfCare: true,
      socialFunction: false,
      willingToWork: true,
      ableToWork: false,
    });
    const after = await read();
    expect(after.periodicAssessmentDueOn).toBe(addMonths(chinaToday(), 3));
    expect((await overdue()).map((n) => n.id)).not.toContain(serving.id);
    expect(after.assessments.at(-1)).toEqual({
      kind: 'PERIODIC',
      assessedOn: chinaToday(),
      effect: 'SOME',
      illnessStable: true,
      selfCare: true,
      socialFunction: false,
      willingToWork: true,
      ableToWork: false,
    });
  });

  it('rates assessments on time in the indicators: done by the due day, late, or due and still missing', async () => {
    // Futian: a county with no other case in service.
    const FUTIAN = '440304';
    const worker = await federation.tokenFor('SOCIAL_WORKER', { region: FUTIAN, subject: 'sw-futian' });
    const officer = await federation.tokenFor('PLATFORM_OFFICER', { region: FUTIAN, subject: 'officer-futian' });
    const staff = await federation.tokenFor('INSTITUTION_STAFF', { region: FUTIAN, institution: institutionFutian, subject: 'staff-futian-2' });
    const serve = async () => {
      let r = await registered(FUTIAN, worker);
      r = await step(officer, 'dispatchReferral', { referralId: r.id, expectedVersion: r.version, institutionId: institutionFutian, reason: OUT_OF_TURN });
      r = await step(staff, 'acceptReferral', { referralId: r.id, expectedVersion: r.version });
      r = await step(staff, 'assessReferral', { referralId: r.id, expectedVersion: r.version, assessment: TEAM });
      await step(staff, 'recordReferralConsent', { referralId: r.id, scope: 'SERVICE_AGREEMENT', grantedBy: 'PATIENT' });
      await step(staff, 'signServiceAgreement', { referralId: r.id, signedOn: chinaToday(), signedBy: 'PATIENT', serviceForms: ['DAY_TRAINING'] });
      return step(staff, 'startService', { referralId: r.id, expectedVersion: r.version });
    };
    const longAgo = (id: string) =>
      welfare('referral_transition')
        .where({ referral_id: id, to_status: 'IN_SERVICE' })
        .update({ at: welfare.raw(`now() - interval '3 months 2 days'`) });
    const periodic = (id: string) => step(staff, 'recordPeriodicAssessment', { referralId: id, assessedOn: chinaToday(), effect: 'SOME' });
    const onTime = await serve();
    const late = await serve();
    const missing = await serve();
    await longAgo(late.id);
    await longAgo(missing.id);
    const due = (await call(staff, `query ($id: ID!) { referral(id: $id) { periodicAssessmentDueOn } } `, { id: missing.id })).data!.referral
      .periodicAssessmentDueOn as string;
    await periodic(onTime.id);
    await periodic(late.id);

    const year = Number(chinaToday().slice(0, 4));
    const RATE = `query ($region: String!, $year: Int!) { rehabIndicators(regionCode: $region, year: $year) { assessmentsOnTimeRate } }`;
    const body = await call(officer, RATE, { region: FUTIAN, year });
    expect(body.errors).toBeUndefined();
    // The late and the missing one fell due two days ago: in this year unless the year has just begun.
    const dueThisYear = due.startsWith(String(year)) && due < chinaToday();
    expect(body.data!.rehabIndicators.assessmentsOnTimeRate).toBeCloseTo(dueThisYear ? 1 / 3 : 1 / 2);
    // Analysts see no rate over fewer than 5 assessments.
    const analyst = await federation.tokenFor('ANALYST', { region: FUTIAN });
    expect((await call(analyst, RATE, { region: FUTIAN, year })).data!.rehabIndicators.assessmentsOnTimeRate).toBeNull();
  });

  it('returns a declined dispatch to the register, without an institution, to be dispatched again', async () => {
    const sent = await dispatched();
    const declined = await step(tokens.staffA, 'declineReferral', { referralId: sent.id, expectedVersion: sent.version, reason: 'no transitional housing' });
    expect(declined).toMatchObject({ status: 'REGISTERED', institution: null, version: sent.version + 1 });
    expect(declined.history.at(-1)).toMatchObject({ from: 'DISPATCHED', to: 'REGISTERED', actorRole: 'INSTITUTION_STAFF', reason: 'no transitional housing' });
    const row = await welfare('referral').where({ id: sent.id }).first('institution_id', 'dispatched_at', 'registered_at');
    expect(row).toMatchObject({ institution_id: null, dispatched_at: null });
    expect(row.registered_at).not.toBeNull();
    // The case is no longer the institution's to act on.
    await expectRefusedWithoutWriting(() => mutate(tokens.staffA, 'acceptReferral', { referralId: sent.id, expectedVersion: declined.version }), 'NOT_FOUND');
    expect(
      await step(tokens.officer, 'dispatchReferral', {
        referralId: sent.id,
        expectedVersion: declined.version,
        institutionId: institutionA,
        reason: OUT_OF_TURN,
      }),
    ).toMatchObject({ status: 'DISPATCHED' });
  });

  it('closes a case referred back to the community at once, with two history rows', async () => {
    const serving = await inService();
    const home = await step(tokens.staffA, 'referOut', {
      referralId: serving.id,
      expectedVersion: serving.version,
      outcome: 'RETURNED_TO_COMMUNITY',
      exitAssessment: EXIT,
    });
    expect(home).toMatchObject({ status: 'CLOSED', version: serving.version + 2, outcome: 'RETURNED_TO_COMMUNITY', closeReason: 'RETURNED_TO_COMMUNITY' });
    expect(home.history.slice(-2).map((h) => [h.from, h.to])).toEqual([
      ['IN_SERVICE', 'REFERRED_OUT'],
      ['REFERRED_OUT', 'CLOSED'],
    ]);
    expect(await welfare('employment_handoff').where({ referral_id: serving.id })).toHaveLength(0);
    const row = await welfare('referral').where({ id: serving.id }).first('referred_out_at', 'closed_at');
    expect(row.referred_out_at).not.toBeNull();
    expect(row.closed_at).not.toBeNull();
  });

  it('returns a case to service when the federation declines its hand-off, and hands it over again under a new id', async () => {
    const serving = await inService();
    await step(tokens.staffA, 'recordReferralConsent', { referralId: serving.id, scope: 'EMPLOYMENT_SHARING', grantedBy: 'PATIENT' });
    const out = await step(tokens.staffA, 'referOut', {
      referralId: serving.id,
      expectedVersion: serving.version,
      outcome: 'SHELTERED_EMPLOYMENT',
      exitAssessment: { ...EXIT, ableToWork: false, needsSupport: true },
    });
    const first = await welfare('employment_handoff').where({ referral_id: serving.id }).first('id');
    const ANSWER = `mutation ($input: AnswerEmploymentHandoffInput!) { answerEmploymentHandoff(input: $input) { status declineReason } }`;
    expect(codeOf(await call(tokens.service, ANSWER, { input: { handoffId: first.id, decision: 'DECLINED' } }))).toBe('BAD_USER_INPUT');
    const declined = await call(tokens.service, ANSWER, { input: { handoffId: first.id, decision: 'DECLINED', reason: 'no sheltered workshop nearby' } });
    expect(declined.data!.answerEmploymentHandoff).toEqual({ status: 'DECLINED', declineReason: 'no sheltered workshop nearby' });
    const back = (await call(tokens.staffA, `query ($id: ID!) { referral(id: $id) { ${REFERRAL} } }`, { id: serving.id })).data!.referral as Referral;
    expect(back).toMatchObject({ status: 'IN_SERVICE', version: out.version + 1, outcome: null });
    expect(back.history.at(-1)).toMatchObject({ from: 'REFERRED_OUT', to: 'IN_SERVICE', actorRole: 'SERVICE', reason: 'no sheltered workshop nearby' });
    await step(tokens.staffA, 'referOut', { referralId: serving.id, expectedVersion: back.version, outcome: 'EMPLOYMENT', exitAssessment: EXIT });
    const second = await welfare('employment_handoff').where({ referral_id: serving.id }).first('id', 'status');
    expect(second.id).not.toBe(first.id);
    expect(second.status).toBe('PENDING');
  });

  it('keeps the deadlines in working days of China: a referral submitted on the Friday before the Spring Festival', async () => {
    const late = await submitted();
    await welfare('referral').where({ id: late.id }).update({ submitted_at: '2025-01-24T16:30:00+08:00' });
    const DEADLINES = `query ($id: ID!) { referral(id: $id) { registrationDueOn registrationOverdue dispatchDueOn dispatchOverdue } }`;
    let deadlines = (await call(tokens.socialWorker, DEADLINES, { id: late.id })).data!.referral;
    expect(deadlines).toEqual({ registrationDueOn: addWorkingDays('2025-01-24', 5), registrationOverdue: true, dispatchDueOn: null, dispatchOverdue: false });
    expect(deadlines.registrationDueOn).toBe('2025-02-07');

    const OVERDUE = `query ($region: String!, $deadline: ReferralDeadline!, $after: String) { overdueReferrals(regionCode: $region, deadline: $deadline, first: 3, after: $after) {
      nodes { id submittedAt registeredAt status } pageInfo { hasNextPage endCursor } } }`;
    const overdue = async (deadline: 'REGISTRATION' | 'DISPATCH', region = '440300') => {
      const nodes: { id: string; submittedAt: string; registeredAt: string | null; status: string }[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page++) {
        const body: Body = await call(tokens.provinceOfficer, OVERDUE, { region, deadline, after });
        expect(body.errors).toBeUndefined();
        nodes.push(...body.data!.overdueReferrals.nodes);
        if (!body.data!.overdueReferrals.pageInfo.hasNextPage) break;
        after = body.data!.overdueReferrals.pageInfo.endCursor;
      }
      return nodes;
    };
    const fresh = await submitted();
    const registrationList = await overdue('REGISTRATION');
    expect(registrationList.map((n) => n.id)).toContain(late.id);
    expect(registrationList.map((n) => n.id)).not.toContain(fresh.id);
    expect(new Set(registrationList.map((n) => n.id)).size).toBe(registrationList.length);
    expect(registrationList.every((n) => n.status === 'SUBMITTED')).toBe(true);
    const times = registrationList.map((n) => Date.parse(n.submittedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // Reviewed today, long after its due day: it stays late for the registration and starts the dispatch clock.
    await step(tokens.socialWorker, 'reviewReferral', { referralId: late.id, expectedVersion: 1, decision: 'REGISTER' });
    deadlines = (await call(tokens.socialWorker, DEADLINES, { id: late.id })).data!.referral;
    expect(deadlines).toEqual({
      registrationDueOn: '2025-02-07',
      registrationOverdue: true,
      dispatchDueOn: addWorkingDays(chinaToday(), 5),
      dispatchOverdue: false,
    });
    expect((await overdue('REGISTRATION')).map((n) => n.id)).not.toContain(late.id);
    await welfare('referral').where({ id: late.id }).update({ registered_at: '2025-09-26T10:00:00+08:00' });
    const dispatchList = await overdue('DISPATCH');
    expect(dispatchList.map((n) => n.id)).toContain(late.id);
    const registeredTimes = dispatchList.map((n) => Date.parse(n.registeredAt!));
    expect(registeredTimes).toEqual([...registeredTimes].sort((a, b) => a - b));
    expect((await call(tokens.socialWorker, DEADLINES, { id: late.id })).data!.referral).toMatchObject({ dispatchDueOn: '2025-10-10', dispatchOverdue: true });

    // The county's waiting list puts the longest wait first.
    const waiting = await call(tokens.officer, `{ waitingList(countyCode: "${COUNTY}", first: 500) { nodes { id status registeredAt } } }`);
    expect(waiting.errors).toBeUndefined();
    const list = waiting.data!.waitingList.nodes as { id: string; status: string; registeredAt: string }[];
    expect(list.map((n) => n.id)).toContain(late.id);
    expect(list.every((n) => n.status === 'REGISTERED' || n.status === 'WAITLISTED')).toBe(true);
    const waits = list.map((n) => Date.parse(n.registeredAt));
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(codeOf(await call(tokens.officer, `{ waitingList(countyCode: "440306") { nodes { id } } }`))).toBe('FORBIDDEN');
    expect(codeOf(await call(tokens.officer, `{ waitingList(countyCode: "440300") { nodes { id } } }`))).toBe('BAD_USER_INPUT');
  });

  it('loads the workflow fields of a page of referrals in the same few statements whatever its size', async () => {
    const PAGE = `query ($first: Int!) { referrals(filter: { regionCode: "440000" }, first: $first) { nodes {
      id needsReReview registrationOverdue dispatchOverdue reReviews { at } assessments { kind } serviceAgreement { signedOn }
      services(first: 2) { nodes { date } } employmentHandoff { status } history { to } consents { scope } institution { id } } } }`;
    const statementsFor = async (first: number) => {
      let statements = 0;
      const count = () => {
        statements++;
      };
      welfare.on('query', count);
      try {
        const body = await call(tokens.provinceOfficer, PAGE, { first });
        expect(body.errors).toBeUndefined();
        expect(body.data!.referrals.nodes.length).toBe(first);
      } finally {
        welfare.off('query', count);
      }
      return statements;
    };
    expect(await statementsFor(20)).toBe(await statementsFor(2));
  });

  it('flags and counts a deadline in a year the holiday data does not cover, and /ready warns without failing', async () => {
    const DEADLINE = `query ($id: ID!) { referral(id: $id) { registrationDueOn registrationDeadline { dueOn overdue calendarCovered } dispatchDeadline { dueOn } } }`;
    const covered = await submitted();
    await welfare('referral').where({ id: covered.id }).update({ submitted_at: '2025-01-24T16:30:00+08:00' });
    expect((await call(tokens.socialWorker, DEADLINE, { id: covered.id })).data!.referral).toEqual({
      registrationDueOn: '2025-02-07',
      registrationDeadline: { dueOn: '2025-02-07', overdue: true, calendarCovered: true },
      dispatchDeadline: null,
    });

    const welfareUrl = federation.agencies.welfare.server.url;
    const uncoveredCount = async () => {
      const text = await (await fetch(`${welfareUrl}/metrics`)).text();
      const line = text.split('\n').find((l) => l.startsWith('working_day_deadlines_uncovered_total{deadline="registration"}'));
      return line ? Number(line.split(' ').at(-1)) : 0;
    };
    const before = await uncoveredCount();
    // 2039 has no State Council notice in the data: the deadline counts weekdays only, and says so.
    const uncovered = await submitted();
    await welfare('referral').where({ id: uncovered.id }).update({ submitted_at: '2039-12-28T10:00:00+08:00' });
    const answer = (await call(tokens.socialWorker, DEADLINE, { id: uncovered.id })).data!.referral;
    expect(answer.registrationDeadline).toEqual({ dueOn: addWorkingDays('2039-12-28', 5), overdue: false, calendarCovered: false });
    expect(await uncoveredCount()).toBe(before + 1);
    // Back to today, so that no later list finds a case from 2039 first.
    await welfare('referral').where({ id: uncovered.id }).update({ submitted_at: welfare.fn.now() });

    // The SQL calendar is refilled from the holiday data at start-up when it differs, and left alone when it does not.
    await welfare('working_day_calendar').where({ day: '2026-10-01' }).update({ working: true });
    expect(await syncWorkingDayCalendar(welfare)).toBe(true);
    expect(await welfare('working_day_calendar').where({ day: '2026-10-01' }).first('working')).toEqual({ working: false });
    expect(await syncWorkingDayCalendar(welfare)).toBe(false);

    const ready = await fetch(`${welfareUrl}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      ...(calendarWarnings(chinaToday()).length > 0 ? { warnings: calendarWarnings(chinaToday()) } : {}),
    });
  });

  it('never dispatches past capacity: 20 concurrent dispatches into 5 places', async () => {
    const race = await insertInstitution(RACE_COUNTY, 5);
    const cases: Referral[] = [];
    for (let n = 0; n < 20; n++) cases.push(await registered(RACE_COUNTY, tokens.raceWorker));
    const results = await Promise.all(
      cases.map((referral) =>
        mutate(tokens.raceOfficer, 'dispatchReferral', {
          referralId: referral.id,
          expectedVersion: referral.version,
          institutionId: race,
          reason: OUT_OF_TURN,
        }),
      ),
    );
    const codes = results.map((body) => codeOf(body) ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(5);
    expect(codes.filter((code) => code === 'NO_CAPACITY')).toHaveLength(15);
    const [taken] = (await welfare('referral').where({ institution_id: race }).whereIn('status', PLACE_TAKING_STATUSES).count({ n: '*' })) as {
      n: number | string;
    }[];
    expect(Number(taken!.n)).toBe(5);
    const [dispatches] = (await welfare('referral_transition')
      .whereIn(
        'referral_id',
        cases.map((c) => c.id),
      )
      .where({ to_status: 'DISPATCHED' })
      .count({ n: '*' })) as { n: number | string }[];
    expect(Number(dispatches!.n)).toBe(5);
  });

  // The race above passes only because of the institution's row lock: on PostgreSQL (real concurrency,
  // unlike PGlite's one connection) the same race without it dispatches past capacity.
  it.runIf(backend === 'postgres')('dispatches past capacity once the row lock is taken away, so the race above can fail', async () => {
    dispatchLocking.enabled = false;
    try {
      let mostTaken = 0;
      for (let attempt = 0; attempt < 3 && mostTaken <= 5; attempt++) {
        const race = await insertInstitution(RACE_COUNTY, 5);
        const cases: Referral[] = [];
        for (let n = 0; n < 20; n++) cases.push(await registered(RACE_COUNTY, tokens.raceWorker));
        await Promise.all(
          cases.map((referral) =>
            mutate(tokens.raceOfficer, 'dispatchReferral', {
              referralId: referral.id,
              expectedVersion: referral.version,
              institutionId: race,
              reason: OUT_OF_TURN,
            }),
          ),
        );
        const [taken] = (await welfare('referral').where({ institution_id: race }).whereIn('status', PLACE_TAKING_STATUSES).count({ n: '*' })) as {
          n: number | string;
        }[];
        mostTaken = Math.max(mostTaken, Number(taken!.n));
      }
      expect(mostTaken).toBeGreaterThan(5);
    } finally {
      dispatchLocking.enabled = true;
    }
  });

  it('applies one of 20 concurrent copies of a transition; the rest conflict, or replay the same key', async () => {
    const fresh = await submitted();
    const review = (n: number) => ({
      referralId: fresh.id,
      expectedVersion: 1,
      decision: 'REGISTER',
      ...(n % 2 === 0 ? { idempotencyKey: key(`review-${n}`) } : {}),
    });
    const results = await Promise.all(Array.from({ length: 20 }, (_, n) => mutate(tokens.socialWorker, 'reviewReferral', review(n))));
    const codes = results.map((body) => codeOf(body) ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'VERSION_CONFLICT')).toHaveLength(19);
    expect(await welfare('referral_transition').where({ referral_id: fresh.id, to_status: 'REGISTERED' })).toHaveLength(1);

    const other = await submitted();
    const sameKey = { referralId: other.id, expectedVersion: 1, decision: 'REGISTER', idempotencyKey: key('review-same') };
    const replays = await Promise.all(Array.from({ length: 20 }, () => mutate(tokens.socialWorker, 'reviewReferral', sameKey)));
    for (const body of replays) {
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data!.reviewReferral.referral).toMatchObject({ status: 'REGISTERED', version: 2 });
    }
    expect(await welfare('referral_transition').where({ referral_id: other.id, to_status: 'REGISTERED' })).toHaveLength(1);
    expect(await welfare('mutation_receipt').where({ idempotency_key: sameKey.idempotencyKey })).toHaveLength(1);
  });
});
