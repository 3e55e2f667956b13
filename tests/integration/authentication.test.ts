// No verified token, no data: the gateway and every subgraph refuse anonymous and forged calls themselves.
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES } from '#platform/config/agencies.js';
import { type Federation, postGraphQL, startFederation, TEST_AUDIENCE, TEST_ISSUER } from '../federation-harness.js';

describe('authentication', () => {
  let federation: Federation;
  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 40, seed: 11 });
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const QUERY = '{ patients(filter: { regionCode: "440000" }, first: 1) { nodes { pid } } }';
  const urls = () => [federation.gateway.graphqlUrl, ...AGENCIES.map((name) => federation.agencies[name].server.graphqlUrl)];

  it('answers a caller with a valid token', async () => {
    const body = await postGraphQL<{ patients: { nodes: unknown[] } }>(
      federation.gateway.graphqlUrl,
      QUERY,
      undefined,
      await federation.tokenFor('REGISTRY_OFFICER'),
    );
    expect(body.status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.patients.nodes).toHaveLength(1);
  });

  it('refuses a call without a token, on the gateway and on each subgraph directly, with 401 and no data', async () => {
    for (const url of urls()) {
      const body = await postGraphQL(url, '{ __typename }', undefined, null);
      expect(body.status, url).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
    }
  });

  it('refuses expired, wrong-audience, forged and unsigned tokens everywhere', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ role: 'ANALYST', region: '000000' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('intruder')
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', role: 'ANALYST', region: '000000', iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: 9999999999 })).toString('base64url')}.`;
    const bad = [
      await federation.tokenFor('REGISTRY_OFFICER', { ttl: '-5m' }),
      await federation.tokenFor('REGISTRY_OFFICER', { audience: 'another-graph' }),
      forged,
      unsigned,
      'garbage',
    ];
    for (const url of urls()) {
      for (const token of bad) {
        const body = await postGraphQL(url, QUERY, undefined, token);
        expect(body.status, url).toBe(401);
        expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(body.data).toBeUndefined();
      }
    }
  });

  it('refuses a purpose that does not fit the role with 403', async () => {
    const body = await postGraphQL(federation.gateway.graphqlUrl, QUERY, undefined, await federation.tokenFor('EMPLOYMENT_OFFICER', { purpose: 'TREATMENT' }));
    expect(body.status).toBe(403);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
