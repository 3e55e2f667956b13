// The revocation of an EMPLOYMENT_SHARING consent reaches the disability federation through the platform's outbox, once, for the
// federation's access rules to read (employmentSharingRevocations); the relay is run round by round in-process.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '#platform/identity/identity.js';
import { OutboxRelay } from '#platform/outbox/relay.js';
import { createLogger } from '#platform/server/logger.js';
import { createEmploymentLoaders } from '../../subgraphs/employment/src/data/loaders.js';
import { sharingRevocationHandlers } from '../../subgraphs/welfare/src/sharing-revocation-relay.js';
import { type Call, referOutToEmployment, type TokenFor } from '../employment-referral.js';
import { availableBackends, type Federation, type GraphQLBody, type LooseData, startFederation } from '../federation-harness.js';

const backends = await availableBackends();
const TOPIC = 'employment-sharing-revoked';
const RECEIVE = `mutation ($input: ReceiveEmploymentSharingRevocationInput!) { receiveEmploymentSharingRevocation(input: $input) { revocationId } }`;
const REVOKE = `mutation ($input: RevokeReferralConsentInput!) { revokeReferralConsent(input: $input) { referral { id } } }`;
const OFFICER: Caller = { subject: 'officer', role: 'EMPLOYMENT_OFFICER', regionCode: '000000', institutionId: null, purpose: 'EMPLOYMENT', tokenId: 't' };

type Body = GraphQLBody<LooseData>;
const countOf = async (query: Knex.QueryBuilder) => Number(((await query.count({ n: '*' })) as { n: string | number }[])[0]!.n);

describe.each(backends)('a revoked EMPLOYMENT_SHARING consent, told to the federation, on %s', (backend) => {
  let federation: Federation;
  let welfare: Knex;
  let employment: Knex;
  let service: string;
  const used: string[] = [];

  beforeAll(async () => {
    federation = await startFederation(backend, { people: 120, seed: 31 });
    welfare = federation.agencies.welfare.db;
    employment = federation.agencies.employment.db;
    service = await federation.tokenFor('SERVICE', { purpose: 'EMPLOYMENT', subject: 'service-welfare' });
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const call: Call = (url, query, variables, token) => federation.query(query, variables, url, token) as Promise<Body>;
  const tokenFor: TokenFor = ({ role, region, institution, subject }) => federation.tokenFor(role, { region, institution, subject });
  const relay = (token = service) =>
    new OutboxRelay(welfare, {
      handlers: sharingRevocationHandlers(welfare, { agency: 'employment', url: federation.agencies.employment.server.graphqlUrl, token: async () => token }),
      logger: createLogger('welfare'),
      intervalMs: 0,
    });
  const revocations = (pids: string[]) => {
    const loader = createEmploymentLoaders(employment, OFFICER).employmentSharingRevocations;
    return Promise.all(pids.map((pid) => loader.load(pid)));
  };

  /** A case handed to the federation under an EMPLOYMENT_SHARING consent, whose consent its institution's staff then revoke. */
  async function revoked(): Promise<{ referralId: string; pid: string }> {
    const referred = await referOutToEmployment(welfare, federation.agencies.welfare.server.graphqlUrl, call, tokenFor, 'EMPLOYMENT', used);
    used.push(referred.referralId);
    const { institution_id } = await welfare('referral').where({ id: referred.referralId }).first('institution_id');
    const staff = await federation.tokenFor('INSTITUTION_STAFF', { region: referred.countyCode, institution: institution_id, subject: 'staff-revoke' });
    const body = (await federation.query(REVOKE, { input: { referralId: referred.referralId, scope: 'EMPLOYMENT_SHARING' } }, undefined, staff)) as Body;
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return { referralId: referred.referralId, pid: referred.pid };
  }

  it('tells the federation once, and the federation reads it for the person', async () => {
    const { referralId, pid } = await revoked();
    const [row] = await welfare('employment_sharing_revocation').where({ referral_id: referralId });
    expect(row).toMatchObject({ pid, delivered_at: null });
    // Written in the revocation's transaction: the message is there before any relay ran.
    expect(await countOf(welfare('outbox_message').where({ topic: TOPIC, key: row.id }))).toBe(1);
    expect(await revocations([pid])).toEqual([[]]);

    expect(await relay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await relay().round()).toEqual({ claimed: 0, delivered: 0, failed: 0 });
    // Another person the federation knows, with no revoked consent.
    const other =
      (await employment('employment_referral').whereNot({ pid }).whereNotIn('pid', employment('employment_sharing_revocation').select('pid')).first('pid'))
        ?.pid ?? 'a'.repeat(32);
    let statements = 0;
    const listen = (q: { sql: string }) => void (q.sql.includes('employment_sharing_revocation') && statements++);
    employment.on('query', listen);
    const [mine, theirs] = await revocations([pid, other]);
    employment.off('query', listen);
    expect(statements).toBe(1);
    expect(mine).toEqual([{ referralId, revokedAt: new Date(row.revoked_at) }]);
    expect(theirs).toEqual([]);
    expect(await welfare('employment_sharing_revocation').where({ id: row.id }).first('delivered_at')).not.toEqual({ delivered_at: null });

    // Confirmed but not marked (a crash between the two): delivered again, the federation records and audits nothing more.
    const audits = await countOf(employment('audit_log').where({ pid }));
    await welfare('employment_sharing_revocation').where({ id: row.id }).update({ delivered_at: null });
    await welfare('outbox_message').where({ topic: TOPIC, key: row.id }).update({ delivered_at: null });
    expect(await relay().round()).toEqual({ claimed: 1, delivered: 1, failed: 0 });
    expect(await countOf(employment('employment_sharing_revocation').where({ pid }))).toBe(1);
    expect(await countOf(employment('audit_log').where({ pid }))).toBe(audits);
  });

  it('lets only a service identity tell the federation, writing nothing otherwise', async () => {
    const { referralId, pid } = await revoked();
    const officer = await federation.tokenFor('EMPLOYMENT_OFFICER', { subject: 'officer-forge' });
    const worker = await federation.tokenFor('SOCIAL_WORKER', { subject: 'sw-forge' });
    const input = { revocationId: randomUUID(), pid, referralId, revokedAt: new Date().toISOString() };
    const audits = await countOf(employment('audit_log'));
    for (const token of [officer, worker]) {
      const body = (await federation.query(RECEIVE, { input }, undefined, token)) as Body;
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await countOf(employment('employment_sharing_revocation').where({ pid }))).toBe(0);
    expect(await countOf(employment('audit_log'))).toBe(audits);
    // The relay with a token that is not SERVICE: refused and kept for later.
    expect(await relay(officer).round()).toEqual({ claimed: 1, delivered: 0, failed: 1 });
    expect(await revocations([pid])).toEqual([[]]);
  });
});
