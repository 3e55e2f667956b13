// The gateway against the GraphQL-over-HTTP audit of the graphql-http package: no failure; each warning is explained in docs/dashboard-developers.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '#platform/server/paths.js';
import { type Federation, startFederation } from '../federation-harness.js';

describe('GraphQL over HTTP', () => {
  let federation: Federation;
  let results: Awaited<ReturnType<typeof auditServer>>;

  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 20, seed: 2 });
    const authorization = `Bearer ${await federation.tokenFor('SOCIAL_WORKER')}`;
    // Every request of the audit carries a valid token: the gateway refuses anonymous callers before GraphQL begins.
    const fetchFn: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), authorization } });
    results = await auditServer({ url: federation.gateway.graphqlUrl, fetchFn });
  }, 120_000);
  afterAll(async () => {
    await federation?.stop();
  });

  it('fails no MUST or SHOULD of the audit', () => {
    const failures = results.flatMap((r) => (r.status === 'error' ? [`${r.id} ${r.name}: ${r.reason}`] : []));
    expect(failures).toEqual([]);
  });

  it("explains every warning in the dashboard developers' page", () => {
    const page = readFileSync(path.join(projectRoot, 'docs', 'dashboard-developers.md'), 'utf8');
    const unexplained = results.filter((r) => r.status === 'warn' && !page.includes(r.id)).map((r) => `${r.id} ${r.name}`);
    expect(unexplained).toEqual([]);
  });
});
