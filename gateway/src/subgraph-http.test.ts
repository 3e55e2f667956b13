import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isQuery, subgraphHttp, SubgraphUnavailableError } from './subgraph-http.js';

/** A real HTTP server that drops the first `drops` connections before answering, or answers after a delay. */
async function server(behaviour: { drops?: number; delayMs?: number }) {
  let calls = 0;
  const srv = http.createServer((req, res) => {
    calls++;
    if (calls <= (behaviour.drops ?? 0)) {
      req.socket.destroy();
      return;
    }
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}'), behaviour.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/graphql`, calls: () => calls, close: () => new Promise((r) => srv.close(r)) };
}

const request = (query: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

describe('calls to a subgraph', () => {
  const closers: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  it('retry a query once when the connection breaks, and never a mutation', async () => {
    const flaky = await server({ drops: 1 });
    const client = subgraphHttp('registry', { timeoutMs: 2000, connections: 4 });
    closers.push(flaky.close, client.close);
    const answer = await client.fetcher(flaky.url, request('query Q { ok }'));
    expect(answer.status).toBe(200);
    expect(flaky.calls()).toBe(2);

    const once = await server({ drops: 1 });
    closers.push(once.close);
    await expect(client.fetcher(once.url, request('mutation M { write }'))).rejects.toBeInstanceOf(SubgraphUnavailableError);
    expect(once.calls()).toBe(1);
  });

  it('give up after the timeout, without a retry', async () => {
    const slow = await server({ delayMs: 1000 });
    const client = subgraphHttp('welfare', { timeoutMs: 200, connections: 4 });
    closers.push(slow.close, client.close);
    const started = Date.now();
    await expect(client.fetcher(slow.url, request('{ ok }'))).rejects.toMatchObject({ reason: 'timeout', serviceName: 'welfare' });
    expect(Date.now() - started).toBeLessThan(900);
    expect(slow.calls()).toBe(1);
  });

  it('report a subgraph that is not listening at all', async () => {
    const gone = await server({});
    const { url } = gone;
    await gone.close();
    const client = subgraphHttp('employment', { timeoutMs: 1000, connections: 4 });
    closers.push(client.close);
    await expect(client.fetcher(url, request('{ ok }'))).rejects.toMatchObject({ reason: 'connection' });
  });
});

describe('which calls may be retried', () => {
  it('tells a mutation from a query in the body the gateway writes, and in any other key order', () => {
    expect(isQuery(JSON.stringify({ query: 'query Q__registry__0 { ok }', variables: { query: 'mutation' } }))).toBe(true);
    expect(isQuery(JSON.stringify({ query: 'mutation M__welfare__0 { write }' }))).toBe(false);
    expect(isQuery(JSON.stringify({ query: '\n  mutation M { write }' }))).toBe(false);
    expect(isQuery(JSON.stringify({ variables: {}, query: 'mutation M { write }' }))).toBe(false);
    expect(isQuery(JSON.stringify({ variables: {}, query: '{ ok }' }))).toBe(true);
    expect(isQuery('not json')).toBe(false);
  });
});
