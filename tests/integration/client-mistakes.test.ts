// A client's mistake is a 4xx with a GraphQL error body and a stable code, at the gateway and every subgraph, and no answer shows a stack trace or a path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '#platform/config/agencies.js';
import { type Federation, startFederation } from '../federation-harness.js';
import { type RawRequest, rawRequest } from '../raw-http.js';

describe('client mistakes', () => {
  let federation: Federation;
  let token: string;
  const servers = () => [['gateway', federation.gateway.url], ...SUBGRAPHS.map((name) => [name, federation.subgraphs[name]!.server.url] as const)];

  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 30, seed: 5 });
    token = await federation.tokenFor('REGISTRY_OFFICER');
  });
  afterAll(async () => {
    await federation?.stop();
  });

  async function post(url: string, body: string, headers: Record<string, string> = {}) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body,
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text,
      json: JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] },
    };
  }

  function expectRefusal(answer: Awaited<ReturnType<typeof post>>, status: number, code: string, where: string) {
    expect(answer.status, `${where}: ${answer.text}`).toBe(status);
    expect(answer.type, where).toMatch(/^application\/json/);
    expect(
      answer.json.errors?.map((e) => e.extensions?.code),
      where,
    ).toEqual([code]);
    expect(answer.text, where).not.toMatch(/node_modules|\/work\/|\bat \w+ \(|<html/i);
  }

  it('refuses a subscription with 400, at the gateway and at every subgraph', async () => {
    for (const [name, url] of servers()) {
      expectRefusal(await post(`${url}/graphql`, JSON.stringify({ query: 'subscription { x }' })), 400, 'GRAPHQL_VALIDATION_FAILED', name);
    }
  });

  it('refuses with 400 a document whose operation to run is ambiguous or missing', async () => {
    for (const [name, url] of servers()) {
      const two = await post(`${url}/graphql`, JSON.stringify({ query: 'query A { __typename } query B { __typename }' }));
      expectRefusal(two, 400, 'OPERATION_RESOLUTION_FAILURE', name);
      const missing = await post(`${url}/graphql`, JSON.stringify({ query: 'query A { __typename }', operationName: 'C' }));
      expectRefusal(missing, 400, 'OPERATION_RESOLUTION_FAILURE', name);
    }
  });

  it('says what was wrong in Chinese, or in English when the client prefers it', async () => {
    const url = `${federation.gateway.url}/graphql`;
    const body = JSON.stringify({ query: 'query A { __typename } query B { __typename }' });
    expect((await post(url, body)).json.errors?.[0]?.message).toMatch(/operationName/);
    expect((await post(url, body)).json.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await post(url, body, { 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' })).json.errors?.[0]?.message).toMatch(
      /^the document holds several operations/,
    );
  });

  it('refuses other charsets, content types and encodings with 415, and bad JSON with 400, never with a library page', async () => {
    for (const [name, url] of servers()) {
      const graphql = `${url}/graphql`;
      const query = JSON.stringify({ query: '{ __typename }' });
      expectRefusal(await post(graphql, query, { 'content-type': 'application/json; charset=latin1' }), 415, 'UNSUPPORTED_MEDIA_TYPE', name);
      expectRefusal(await post(graphql, query, { 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE', name);
      expectRefusal(await post(graphql, query, { 'content-encoding': 'bogus' }), 415, 'UNSUPPORTED_MEDIA_TYPE', name);
      expectRefusal(await post(graphql, query, { 'content-encoding': 'gzip' }), 400, 'BAD_REQUEST', name);
      expectRefusal(await post(graphql, '{"query": '), 400, 'BAD_REQUEST', name);
      expectRefusal(await post(`${url}/nowhere`, query), 404, 'NOT_FOUND', name);
      expectRefusal(await post(`${url}/%`, query), 404, 'NOT_FOUND', name);
    }
    const traversal = await fetch(`${federation.gateway.url}/web/%E0%A4%A`);
    expect(traversal.status).toBeGreaterThanOrEqual(400);
    expect(traversal.status).toBeLessThan(500);
    expect(await traversal.text()).not.toMatch(/node_modules|\/work\/|<html/i);
  });

  it("refuses another list's cursor as BAD_USER_INPUT in every list", async () => {
    const socialWorker = await federation.tokenFor('SOCIAL_WORKER');
    const officer = await federation.tokenFor('EMPLOYMENT_OFFICER');
    const lists = await federation.query<{ referrals: { pageInfo: { endCursor: string } } }>(
      '{ referrals(filter: { regionCode: "000000" }, first: 1) { pageInfo { endCursor } } }',
      undefined,
      undefined,
      socialWorker,
    );
    const patients = await federation.query<{ patients: { nodes: { pid: string }[]; pageInfo: { endCursor: string } } }>(
      '{ patients(filter: { regionCode: "000000" }, first: 1) { nodes { pid } pageInfo { endCursor } } }',
      undefined,
      undefined,
      token,
    );
    const referralsCursor = lists.data!.referrals.pageInfo.endCursor;
    const patientsCursor = patients.data!.patients.pageInfo.endCursor;
    const pid = patients.data!.patients.nodes[0]!.pid;
    const cases: [string, string, string][] = [
      ['overdueFollowUps', `{ overdueFollowUps(countyCode: "440305", after: "${referralsCursor}") { pageInfo { endCursor } } }`, token],
      ['followUps', `{ person(pid: "${pid}") { registry { followUps(after: "${referralsCursor}") { pageInfo { endCursor } } } } }`, token],
      ['referrals', `{ referrals(filter: { regionCode: "000000" }, after: "${patientsCursor}") { pageInfo { endCursor } } }`, socialWorker],
      ['employmentReferrals', `{ employmentReferrals(regionCode: "000000", after: "${referralsCursor}") { pageInfo { endCursor } } }`, officer],
      ['placementsEndingSoon', `{ placementsEndingSoon(regionCode: "000000", after: "${referralsCursor}") { pageInfo { endCursor } } }`, officer],
      ['patients', `{ patients(filter: { regionCode: "000000" }, after: "${referralsCursor}") { pageInfo { endCursor } } }`, token],
    ];
    for (const [list, query, caller] of cases) {
      const body = await federation.query(query, undefined, undefined, caller);
      expect(
        body.errors?.map((e) => e.extensions?.code),
        `${list}: ${JSON.stringify(body.errors)}`,
      ).toEqual(['BAD_USER_INPUT']);
      expect(body.errors?.[0]?.message).toMatch(/游标/);
    }
  });

  it('answers HTTP that Node cannot parse (a NUL in a header, a request line that is not HTTP) with 400 in the same GraphQL shape', async () => {
    for (const [name, url] of servers()) {
      const requests: RawRequest[] = [
        { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json\u0000' }, body: '{"query":"{ __typename }"}' },
        { method: 'GET', path: '/graphql with spaces', headers: {}, body: null },
      ];
      for (const request of requests) {
        const answer = await rawRequest(url, request, 5000);
        expect(answer.status, `${name}: ${answer.body}`).toBe(400);
        expect(answer.contentType, name).toMatch(/^application\/json/);
        expect(
          (JSON.parse(answer.body) as { errors: { extensions: { code: string } }[] }).errors.map((e) => e.extensions.code),
          name,
        ).toEqual(['BAD_REQUEST']);
      }
    }
  });
});
