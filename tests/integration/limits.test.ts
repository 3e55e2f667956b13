// Abusive requests are refused with clear codes, and the servers keep serving afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES } from '#platform/config/agencies.js';
import { type Federation, postGraphQL, startFederation } from '../federation-harness.js';

describe('request limits', () => {
  let federation: Federation;
  let token: string;
  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 30, seed: 5 });
    token = await federation.tokenFor('REGISTRY_OFFICER');
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const urls = () => [federation.gateway.graphqlUrl, ...AGENCIES.map((name) => federation.agencies[name].server.graphqlUrl)];

  async function stillServing() {
    for (const server of [federation.gateway, ...AGENCIES.map((name) => federation.agencies[name].server)]) {
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    }
    const body = await postGraphQL<{ region: { name: string } }>(federation.gateway.graphqlUrl, '{ region(code: "440000") { name } }', undefined, token);
    expect(body.data?.region.name).toBe('广东省');
  }

  it('refuses an alias bomb, at the gateway and at each subgraph', async () => {
    /** A field each server has; graphql-armor does not count aliases of __typename. */
    const fields = [
      [federation.gateway.graphqlUrl, 'region(code: "440000") { code }'],
      [federation.agencies.registry.server.graphqlUrl, 'patients(filter: { regionCode: "440000" }, first: 1) { pageInfo { hasNextPage } }'],
      [federation.agencies.welfare.server.graphqlUrl, 'region(code: "440000") { code }'],
      [federation.agencies.employment.server.graphqlUrl, '_service { sdl }'],
    ] as const;
    for (const [url, field] of fields) {
      const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: ${field}`).join(' ');
      const body = await postGraphQL(url, `{ ${aliases} }`, undefined, token);
      // graphql-armor reports its refusals as BAD_USER_INPUT.
      expect(
        body.errors?.map((e) => e.extensions?.code),
        url,
      ).toContain('BAD_USER_INPUT');
      expect(
        body.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT'),
        JSON.stringify(body.errors?.slice(0, 3)),
      ).toBe(true);
      expect(body.errors?.map((e) => e.message).join('\n')).toMatch(/aliases/i);
      expect(body.data).toBeUndefined();
    }
    await stillServing();
  });

  it('refuses a document of too many tokens with 400', async () => {
    const huge = `{ ${Array.from({ length: 3000 }, () => '__typename').join(' ')} }`;
    for (const url of urls()) {
      const body = await postGraphQL(url, huge, undefined, token);
      expect(body.status, url).toBe(400);
      expect(body.errors?.map((e) => e.message).join('\n')).toMatch(/token limit|more than \d+ tokens|aliases limit|Validation aborted/i);
      expect(body.data).toBeUndefined();
    }
    await stillServing();
  });

  it('refuses a query 50 levels deep', async () => {
    const deep = `{ region(code: "440000") { ${'children { '.repeat(49)}code${' }'.repeat(49)} } }`;
    const body = await postGraphQL(federation.gateway.graphqlUrl, deep, undefined, token);
    expect(body.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(body.errors?.map((e) => e.message).join('\n')).toMatch(/depth limit of 15 exceeded/i);
    expect(body.data).toBeUndefined();
    await stillServing();
  });

  it('refuses a 5 MB body with 413 before parsing it', async () => {
    for (const url of urls()) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(5 * 1024 * 1024) } }),
      });
      expect(response.status, url).toBe(413);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    }
    await stillServing();
  });

  it('refuses a body that is not JSON', async () => {
    const response = await fetch(federation.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query":',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a GET that could be a cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${federation.gateway.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
  });
});
