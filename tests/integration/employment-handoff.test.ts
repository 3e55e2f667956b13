// The employment hand-off between the platform and the federation, both ways exactly once, with the two relays run round by round in-process
// (tests/integration/handoff-crashes.test.ts kills real processes on the way).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxRelay } from '#platform/outbox/relay.js';
import { createLogger } from '#platform/server/logger.js';
import { answerHandlers } from '../../subgraphs/employment/src/answer-relay.js';
import { handoffHandlers } from '../../subgraphs/welfare/src/employment-handoff-relay.js';
import { availableBackends, type Federation, type GraphQLBody, type LooseData, startFederation } from '../federation-harness.js';
import { ANSWER, type Call, type ReferredOut, referOutToEmployment, type TokenFor, transitionsTo } from '../employment-referral.js';

const backends = await availableBackends();
type Body = GraphQLBody<LooseData>;
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
  /** The platform's relay, delivering hand-offs to the federation with `token`. */
  const handoffRelay = (token = service) =>
    new OutboxRelay(welfareDb(), {
      handlers: handoffHandlers(welfareDb(), { agency: 'employment', url: federation.agencies.employment.server.graphqlUrl, token: async () => token }),
      logger: createLogger('welfare'),
      intervalMs: 0,
      batchSize: 500,
    });
  /** The federation's relay, delivering answers to the platform. */
  const answerRelay = () =>
    new OutboxRelay(employmentDb(), {
      handlers: answerHandlers(employmentDb(), { agency: 'welfare', url: federation.agencies.welfare.server.graphqlUrl, token: async () => service }),
      logger: createLogger('employment'),
      intervalMs: 0,
      batchSize: 500,
    });

  async function referOut(outcome: 'EMPLOYMENT' | 'SHELTERED_EMPLOYMENT'): Promise<ReferredOut> {
    const referred = await referOutToEmployment(welfareDb(), federation.agencies.welfare.server.graphqlUrl, call, tokenFor, outcome, used);
    used.push(referred.referralId);
    return referred;
  }

  it('imports a hand-off once, and the acknowledgement closes the case once', async () => {
    const referred = await referOut('EMPLOYMENT');
    const first = await handoffRelay().round();
    expect(first).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await handoffRelay().round()).toEqual({ claimed: 0, delivered: 0, failed: 0 });
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

    expect(await answerRelay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await answerRelay().round()).toEqual({ claimed: 0, delivered: 0, failed: 0 });
    const closed = await welfareDb()('referral').where({ id: referred.referralId }).first('status', 'close_reason');
    expect(closed).toEqual({ status: 'CLOSED', close_reason: 'HANDOFF_ACKNOWLEDGED' });
    expect(await transitionsTo(welfareDb(), referred.referralId, 'CLOSED')).toHaveLength(1);
    expect((await welfareDb()('employment_handoff').where({ id: referred.handoffId }).first('status')).status).toBe('ACKNOWLEDGED');
    const delivered = (await federation.query(ANSWER, { input: { referralId: referred.handoffId, decision: 'ACKNOWLEDGED' } }, undefined, officer)) as Body;
    expect(delivered.data!.answerEmploymentReferral.answerDelivered).toBe(true);

    // An answer confirmed but not marked (a crash between the two) is sent again: the platform changes nothing.
    await employmentDb()('employment_referral').where({ id: referred.handoffId }).update({ answer_delivered_at: null });
    await employmentDb()('outbox_message').where({ topic: 'employment-answer', key: referred.handoffId }).update({ delivered_at: null });
    expect(await answerRelay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await transitionsTo(welfareDb(), referred.referralId, 'CLOSED')).toHaveLength(1);
  });

  it('returns a declined case to service with the reason', async () => {
    const referred = await referOut('SHELTERED_EMPLOYMENT');
    await handoffRelay().round();
    const declined = (await federation.query(
      ANSWER,
      { input: { referralId: referred.handoffId, decision: 'DECLINED', reason: '本人暂无就业意愿' } },
      undefined,
      officer,
    )) as Body;
    expect(declined.errors).toBeUndefined();
    expect(await answerRelay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect((await welfareDb()('referral').where({ id: referred.referralId }).first('status')).status).toBe('IN_SERVICE');
    expect(await welfareDb()('employment_handoff').where({ id: referred.handoffId }).first('status', 'decline_reason')).toEqual({
      status: 'DECLINED',
      decline_reason: '本人暂无就业意愿',
    });
    expect(await transitionsTo(welfareDb(), referred.referralId, 'IN_SERVICE').where({ from_status: 'REFERRED_OUT' })).toHaveLength(1);
  });

  it('keeps a case closed while the federation answered (a death) closed, and takes the answer once instead of retrying it', async () => {
    const referred = await referOut('EMPLOYMENT');
    await handoffRelay().round();
    const worker = await federation.tokenFor('SOCIAL_WORKER');
    const { version } = await welfareDb()('referral').where({ id: referred.referralId }).first('version');
    const closed = (await federation.query(
      `mutation ($input: CloseReferralInput!) { closeReferral(input: $input) { referral { status } } }`,
      { input: { referralId: referred.referralId, expectedVersion: version, reason: 'DECEASED' } },
      undefined,
      worker,
    )) as Body;
    expect(closed.errors).toBeUndefined();
    const answered = (await federation.query(ANSWER, { input: { referralId: referred.handoffId, decision: 'ACKNOWLEDGED' } }, undefined, officer)) as Body;
    expect(answered.errors).toBeUndefined();
    expect(await answerRelay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await answerRelay().round()).toEqual({ claimed: 0, delivered: 0, failed: 0 });
    expect(await welfareDb()('referral').where({ id: referred.referralId }).first('status', 'close_reason')).toEqual({
      status: 'CLOSED',
      close_reason: 'DECEASED',
    });
    expect(await transitionsTo(welfareDb(), referred.referralId, 'CLOSED')).toHaveLength(1);
    expect((await welfareDb()('employment_handoff').where({ id: referred.handoffId }).first('status')).status).toBe('ACKNOWLEDGED');
  });

  it('lets only a service identity hand the federation a hand-off, and keeps a refused one for later', async () => {
    const referred = await referOut('EMPLOYMENT');
    const employmentUrl = federation.agencies.employment.server.graphqlUrl;
    const byOfficer = (await federation.query(
      `mutation ($input: ReceiveEmploymentHandoffInput!) { receiveEmploymentHandoff(input: $input) { id } }`,
      {
        input: {
          handoffId: referred.handoffId,
          referralId: referred.referralId,
          pid: referred.pid,
          countyCode: referred.countyCode,
          outcome: 'EMPLOYMENT',
          willingToWork: true,
          ableToWork: true,
          needsSupport: false,
          handedOverAt: new Date().toISOString(),
        },
      },
      employmentUrl,
      officer,
    )) as Body;
    expect(byOfficer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await handoffRelay(officer).round()).toEqual({ claimed: 1, delivered: 0, failed: 1 });
    const message = await welfareDb()('outbox_message').where({ topic: 'employment-handoff', key: referred.handoffId }).first();
    expect(message).toMatchObject({ attempts: 1, delivered_at: null, last_error: 'employment answered HTTP 200 FORBIDDEN' });
    expect(await employmentDb()('employment_referral').where({ id: referred.handoffId })).toHaveLength(0);
    // Retried after its backoff with the right identity, it arrives once.
    await welfareDb()('outbox_message').where({ id: message.id }).update({ available_at: welfareDb().fn.now() });
    expect(await handoffRelay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await employmentDb()('employment_referral').where({ id: referred.handoffId })).toHaveLength(1);
  });
});
