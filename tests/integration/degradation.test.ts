// An agency down or too slow: the gateway answers with the others' data and an error naming it, within the timeout, and recovers by itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS, type SubgraphName, subgraphInfo } from '#platform/config/agencies.js';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import { postGraphQL } from '../federation-harness.js';
import { freePort, type RunningProcess, runEntryPoint } from '../processes.js';

const TIMEOUT_MS = 1500;

describe('the gateway when an agency is down or slow', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pj-degrade-'));
  const children = new Map<string, RunningProcess>();
  let env: NodeJS.ProcessEnv;
  let gatewayUrl: string;
  let token: string;
  let pid: string;

  async function start(name: SubgraphName | 'gateway'): Promise<void> {
    const file = name === 'gateway' ? 'gateway/src/server.ts' : `subgraphs/${name}/src/server.ts`;
    const child = runEntryPoint(file, [], env);
    children.set(name, child);
    await child.waitForOutput('listening', 60_000);
  }

  async function kill(name: SubgraphName, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = children.get(name)!;
    child.child.kill(signal);
    if (signal === 'SIGKILL') await child.exited;
  }

  beforeAll(async () => {
    env = { DATA_DIR: dataDir, LOG_LEVEL: 'info', SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS), OUTBOX_RELAY_INTERVAL_MS: '0' };
    for (const name of SUBGRAPHS) {
      const port = await freePort();
      env[subgraphInfo(name).portVariable] = String(port);
      env[subgraphInfo(name).subgraphUrlVariable] = `http://127.0.0.1:${port}/graphql`;
      delete env[subgraphInfo(name).databaseUrlVariable];
    }
    const gatewayPort = await freePort();
    env.GATEWAY_PORT = String(gatewayPort);
    gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    const seed = runEntryPoint('scripts/seed.ts', ['--people', '60', '--seed', '9'], env);
    expect((await seed.exited).code).toBe(0);
    for (const name of SUBGRAPHS) await start(name);
    await start('gateway');
    token = await signDevToken(await ensureDevKeys(dataDir), {
      role: 'SOCIAL_WORKER',
      region: '000000',
      issuer: 'patient-journey-dev',
      audience: 'patient-journey',
    });
    // Someone the registry and the federation both know, with a certificate.
    const page = await postGraphQL<{ patients: { nodes: { pid: string }[] } }>(
      gatewayUrl,
      '{ patients(filter: { regionCode: "000000" }, first: 60) { nodes { pid } } }',
      undefined,
      await signDevToken(await ensureDevKeys(dataDir), {
        role: 'REGISTRY_OFFICER',
        region: '000000',
        issuer: 'patient-journey-dev',
        audience: 'patient-journey',
      }),
    );
    expect(page.errors).toBeUndefined();
    pid = page.data!.patients.nodes[0]!.pid;
  }, 180_000);

  afterAll(async () => {
    for (const child of children.values()) child.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const PERSON = `query Person($pid: ID!) { person(pid: $pid) { pid disabilityCertificate { grade } employment { status } } }`;
  const INDICATORS = `query Indicators { rehabIndicators(regionCode: "000000", year: 2025) { countiesTotal registeredRecipients relapseRate employmentRate } }`;
  const ready = async () => (await (await fetch(gatewayUrl.replace('/graphql', '/ready'))).json()) as { status: string; degraded: string[] };

  it('answers without an agency that is down, names it, and recovers when it is back', async () => {
    const before = await postGraphQL<{ rehabIndicators: Record<string, unknown> }>(gatewayUrl, INDICATORS, undefined, token);
    expect(before.errors).toBeUndefined();

    await kill('registry');
    const started = Date.now();
    const during = await postGraphQL<{ rehabIndicators: Record<string, unknown> }>(gatewayUrl, INDICATORS, undefined, token);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
    expect(during.status).toBe(200);
    expect(during.data!.rehabIndicators.countiesTotal).toBe(before.data!.rehabIndicators.countiesTotal);
    expect(during.data!.rehabIndicators.employmentRate).toBe(before.data!.rehabIndicators.employmentRate);
    expect(during.data!.rehabIndicators.relapseRate).toBeNull();
    expect(during.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'registry' }) }),
    ]);
    expect(await ready()).toMatchObject({ status: 'degraded', degraded: ['registry'] });

    await start('registry');
    const after = await postGraphQL<{ rehabIndicators: Record<string, unknown> }>(gatewayUrl, INDICATORS, undefined, token);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    expect(await ready()).toMatchObject({ status: 'ready', degraded: [] });
  });

  it('answers within the timeout when an agency hangs, and recovers when it answers again', async () => {
    const before = await postGraphQL<{ person: Record<string, unknown> }>(gatewayUrl, PERSON, { pid }, token);
    expect(before.errors).toBeUndefined();
    await kill('employment', 'SIGSTOP');
    try {
      const started = Date.now();
      const during = await postGraphQL<{ person: { pid: string; employment: unknown; disabilityCertificate: unknown } }>(gatewayUrl, PERSON, { pid }, token);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(elapsed).toBeLessThan(TIMEOUT_MS + 1500);
      // The registry still answers who the person is; the federation's fields are null, and said why.
      expect(during.data!.person.pid).toBe(pid);
      expect(during.data!.person.employment).toBeNull();
      expect(during.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'employment', reason: 'timeout' });
    } finally {
      await kill('employment', 'SIGCONT');
    }
    const after = await postGraphQL<{ person: Record<string, unknown> }>(gatewayUrl, PERSON, { pid }, token);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
  });

  it('counts requests, outcomes, subgraph failures and plan-cache hits in /metrics', async () => {
    const text = await (await fetch(gatewayUrl.replace('/graphql', '/metrics'))).text();
    expect(text).toMatch(/gateway_graphql_requests_total\{operation="Indicators",outcome="partial"\} [1-9]/);
    expect(text).toMatch(/gateway_subgraph_fetch_errors_total\{subgraph="registry",reason="connection"\} [1-9]/);
    expect(text).toMatch(/gateway_subgraph_fetch_errors_total\{subgraph="employment",reason="timeout"\} [1-9]/);
    expect(text).toMatch(/gateway_query_plan_cache_total\{result="hit"\} [1-9]/);
    expect(text).toMatch(/gateway_subgraph_fetch_duration_seconds_count\{subgraph="welfare"\} [1-9]/);
    expect(text).not.toContain(pid);
  });
});
