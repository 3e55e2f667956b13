// Which institution holds a person's case reaches the registry through the platform's outbox, once, the latest change winning,
// for the registry's access rules to read (institutionsHoldingCase); the relay is run round by round in-process.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '#platform/identity/identity.js';
import { OutboxRelay } from '#platform/outbox/relay.js';
import { createLogger } from '#platform/server/logger.js';
import { createRegistryLoaders } from '../../subgraphs/registry/src/data/loaders.js';
import { caseHoldingHandlers } from '../../subgraphs/welfare/src/case-holding-relay.js';
import { availableBackends, type Federation, type GraphQLBody, type LooseData, startFederation } from '../federation-harness.js';

const backends = await availableBackends();
const TOPIC = 'case-holding';
const RECEIVE = `mutation ($input: ReceiveCaseHoldingInput!) { receiveCaseHolding(input: $input) { eventId } }`;
/** The registry's access rules read the loader as any caller of the registry would. */
const OFFICER: Caller = { subject: 'officer', role: 'REGISTRY_OFFICER', regionCode: '000000', institutionId: null, purpose: 'TREATMENT', tokenId: 't' };

type Body = GraphQLBody<LooseData>;
const countOf = async (query: Knex.QueryBuilder) => Number(((await query.count({ n: '*' })) as { n: string | number }[])[0]!.n);

describe.each(backends)('the institution holding a case, told to the registry, on %s', (backend) => {
  let federation: Federation;
  let welfare: Knex;
  let registry: Knex;
  let service: string;

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 300, seed: 7 });
    welfare = federation.agencies.welfare.db;
    registry = federation.agencies.registry.db;
    service = await federation.tokenFor('SERVICE', { purpose: 'REFERRAL', subject: 'service-welfare' });
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const call = (token: string, query: string, variables: Record<string, unknown>) => federation.query(query, variables, undefined, token) as Promise<Body>;
  const ok = async (token: string, query: string, variables: Record<string, unknown>) => {
    const body = await call(token, query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  const relay = (token = service) =>
    new OutboxRelay(welfare, {
      handlers: caseHoldingHandlers(welfare, { agency: 'registry', url: federation.agencies.registry.server.graphqlUrl, token: async () => token }),
      logger: createLogger('welfare'),
      intervalMs: 0,
    });
  const holding = (pids: string[]) => {
    const loader = createRegistryLoaders(registry, OFFICER).institutionsHoldingCase;
    return Promise.all(pids.map((pid) => loader.load(pid)));
  };

  /** A seeded case dispatched to an institution, accepted by its staff. */
  async function accepted(): Promise<{ id: string; pid: string; institutionId: string; version: number; countyCode: string }> {
    const dispatched = await welfare('referral').where({ status: 'DISPATCHED' }).orderBy('id').first('id', 'pid', 'institution_id', 'version', 'county_code');
    const staff = await federation.tokenFor('INSTITUTION_STAFF', {
      region: dispatched.county_code,
      institution: dispatched.institution_id,
      subject: 'staff-hold',
    });
    const done = await ok(staff, `mutation ($input: TransitionInput!) { acceptReferral(input: $input) { referral { version } } }`, {
      input: { referralId: dispatched.id, expectedVersion: dispatched.version },
    });
    return {
      id: dispatched.id,
      pid: dispatched.pid,
      institutionId: dispatched.institution_id,
      version: done.acceptReferral.referral.version,
      countyCode: dispatched.county_code,
    };
  }

  it('tells the registry once that the institution holds the case, and that it no longer does once the case closes', async () => {
    // Another person of the registry, whose case no institution holds.
    const other = (await registry('patient').whereNotIn('pid', registry('case_holding').select('pid')).orderBy('pid').first('pid')).pid as string;
    const before = await countOf(welfare('outbox_message').where({ topic: TOPIC }));
    const held = await accepted();
    // Written in the transition's transaction: the message is there before any relay ran.
    const [event] = await welfare('case_holding_event').where({ referral_id: held.id });
    expect(event).toMatchObject({ pid: held.pid, institution_id: held.institutionId, holds: true, delivered_at: null });
    expect(await countOf(welfare('outbox_message').where({ topic: TOPIC }))).toBe(before + 1);
    expect(await holding([held.pid])).toEqual([[]]);

    expect(await relay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await relay().round()).toEqual({ claimed: 0, delivered: 0, failed: 0 });
    // One statement for several people.
    let statements = 0;
    const listen = (q: { sql: string }) => void (q.sql.includes('case_holding') && statements++);
    registry.on('query', listen);
    expect(await holding([held.pid, other])).toEqual([[held.institutionId], []]);
    registry.off('query', listen);
    expect(statements).toBe(1);
    expect(await welfare('case_holding_event').where({ id: event.id }).first('delivered_at')).not.toEqual({ delivered_at: null });

    // Confirmed but not marked (a crash between the two): delivered again, the registry records and audits nothing more.
    const audits = await countOf(registry('audit_log').where({ pid: held.pid }));
    await welfare('case_holding_event').where({ id: event.id }).update({ delivered_at: null });
    await welfare('outbox_message').where({ topic: TOPIC, key: event.id }).update({ delivered_at: null });
    expect(await relay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await countOf(registry('case_holding').where({ pid: held.pid }))).toBe(1);
    expect(await countOf(registry('audit_log').where({ pid: held.pid }))).toBe(audits);

    const worker = await federation.tokenFor('SOCIAL_WORKER', { region: held.countyCode, subject: 'sw-hold' });
    await ok(worker, `mutation ($input: CloseReferralInput!) { closeReferral(input: $input) { referral { status } } }`, {
      input: { referralId: held.id, expectedVersion: held.version, reason: 'NOT_SUITABLE' },
    });
    expect(await welfare('case_holding_event').where({ referral_id: held.id, holds: false }).first('institution_id')).toEqual({
      institution_id: held.institutionId,
    });
    expect(await relay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await holding([held.pid])).toEqual([[]]);

    // The older change arriving late (its first delivery) is kept, but does not undo the newer one.
    await ok(service, RECEIVE, {
      input: { eventId: randomUUID(), pid: held.pid, referralId: held.id, institutionId: held.institutionId, holds: true, at: '2020-01-01T00:00:00Z' },
    });
    expect(await holding([held.pid])).toEqual([[]]);
  });

  it('lets only a service identity tell the registry, and keeps a refused delivery for later', async () => {
    const held = await accepted();
    const staff = await federation.tokenFor('INSTITUTION_STAFF', { region: held.countyCode, institution: held.institutionId, subject: 'staff-forge' });
    const officer = await federation.tokenFor('REGISTRY_OFFICER', { subject: 'officer-hold' });
    const audits = await countOf(registry('audit_log'));
    const input = { eventId: randomUUID(), pid: held.pid, referralId: held.id, institutionId: held.institutionId, holds: true, at: new Date().toISOString() };
    for (const token of [staff, officer]) expect((await call(token, RECEIVE, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countOf(registry('case_holding').where({ pid: held.pid }))).toBe(0);
    expect(await countOf(registry('audit_log'))).toBe(audits);

    expect(await relay(officer).round()).toEqual({ claimed: 1, delivered: 0, failed: 1 });
    expect(await holding([held.pid])).toEqual([[]]);
    await welfare('outbox_message').where({ topic: TOPIC }).whereNull('delivered_at').update({ available_at: welfare.fn.now() });
    expect(await relay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await holding([held.pid])).toEqual([[held.institutionId]]);
  });
});
