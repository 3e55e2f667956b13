// A new supergraph file is served without a restart: under load with no failed request, a removed field disappears and comes back, a broken file is refused.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { composeSubgraphs, readSubgraphSources } from '../../scripts/composition.js';
import { SUBGRAPHS, type SubgraphName, subgraphInfo } from '#platform/config/agencies.js';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import { projectRoot } from '#platform/server/paths.js';
import { postGraphQL } from '../federation-harness.js';
import { freePort, type RunningProcess, runEntryPoint } from '../processes.js';

const COMMITTED = readFileSync(path.join(projectRoot, 'schema', 'supergraph.graphql'), 'utf8');
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
/** How the gateway's log lines list the subgraphs (the supergraph's order: by name). */
const SUBGRAPH_LIST = JSON.stringify([...SUBGRAPHS].sort()).replace(/[[\]]/g, '\\$&');

/** The subgraph SDL without one field and the description line above it. */
function withoutField(sdl: string, field: string): string {
  const lines = sdl.split('\n');
  const at = lines.findIndex((line) => line.trimStart().startsWith(`${field}(`) || line.trimStart().startsWith(`${field}:`));
  if (at < 1) throw new Error(`no field ${field} in the SDL`);
  const from = lines[at - 1]!.trimStart().startsWith('"') ? at - 1 : at;
  lines.splice(from, at - from + 1);
  return lines.join('\n');
}

/** The committed subgraphs composed again, with Query.trainingCourses removed from the employment subgraph. */
function supergraphWithoutTrainingCourses(): string {
  const sources = readSubgraphSources().map((source) =>
    source.name === 'employment' ? { ...source, sdl: withoutField(source.sdl, 'trainingCourses') } : source,
  );
  const { supergraphSdl } = composeSubgraphs(sources);
  expect(supergraphSdl).not.toContain('trainingCourses');
  return `# Composed by the hot-reload test without Query.trainingCourses.\n${supergraphSdl}\n`;
}

describe('the gateway when the supergraph file changes', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pj-reload-'));
  const supergraphPath = path.join(dataDir, 'schema', 'supergraph.graphql');
  const children: RunningProcess[] = [];
  let gateway: RunningProcess;
  let gatewayUrl: string;
  let token: string;
  let pid: string;
  let variant: string;

  /** Writes the file as git does (a new file renamed over the old one) or in place, as an editor may. */
  function commit(content: string, how: 'rename' | 'in place' = 'rename'): void {
    if (how === 'in place') {
      writeFileSync(supergraphPath, content);
      return;
    }
    writeFileSync(`${supergraphPath}.tmp`, content);
    renameSync(`${supergraphPath}.tmp`, supergraphPath);
  }

  const ready = async () => (await (await fetch(gatewayUrl.replace('/graphql', '/ready'))).json()) as { status: string; supergraph: string };
  const reloads = async (result: 'applied' | 'rejected') => {
    const text = await (await fetch(gatewayUrl.replace('/graphql', '/metrics'))).text();
    const match = new RegExp(`gateway_supergraph_reloads_total\\{result="${result}"\\} (\\d+)`).exec(text);
    if (!match) throw new Error(`no gateway_supergraph_reloads_total{result="${result}"} in /metrics`);
    return Number(match[1]);
  };
  const serving = (content: string) => vi.waitFor(async () => expect((await ready()).supergraph).toBe(hashOf(content)), { timeout: 10_000, interval: 100 });

  beforeAll(async () => {
    variant = supergraphWithoutTrainingCourses();
    mkdirSync(path.dirname(supergraphPath), { recursive: true });
    writeFileSync(supergraphPath, COMMITTED);

    const env: NodeJS.ProcessEnv = {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      SUPERGRAPH_PATH: supergraphPath,
      SUPERGRAPH_POLL_MS: '500',
      OUTBOX_RELAY_INTERVAL_MS: '0',
    };
    for (const name of SUBGRAPHS) {
      const port = await freePort();
      env[subgraphInfo(name).portVariable] = String(port);
      env[subgraphInfo(name).subgraphUrlVariable] = `http://127.0.0.1:${port}/graphql`;
      delete env[subgraphInfo(name).databaseUrlVariable];
    }
    const gatewayPort = await freePort();
    env.GATEWAY_PORT = String(gatewayPort);
    gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    const seed = runEntryPoint('scripts/seed.ts', ['--people', '60', '--seed', '11'], env);
    expect((await seed.exited).code).toBe(0);
    const start = async (name: SubgraphName | 'gateway') => {
      const child = runEntryPoint(name === 'gateway' ? 'gateway/src/server.ts' : subgraphInfo(name).serverFile, [], env);
      children.push(child);
      await child.waitForOutput('listening', 60_000);
      return child;
    };
    for (const name of SUBGRAPHS) await start(name);
    gateway = await start('gateway');

    const keys = await ensureDevKeys(dataDir);
    const tokenOf = (role: 'SOCIAL_WORKER' | 'REGISTRY_OFFICER') =>
      signDevToken(keys, { role, region: '000000', issuer: 'patient-journey-dev', audience: 'patient-journey' });
    token = await tokenOf('SOCIAL_WORKER');
    const page = await postGraphQL<{ patients: { nodes: { pid: string }[] } }>(
      gatewayUrl,
      '{ patients(filter: { regionCode: "000000" }, first: 10) { nodes { pid } } }',
      undefined,
      await tokenOf('REGISTRY_OFFICER'),
    );
    expect(page.errors).toBeUndefined();
    pid = page.data!.patients.nodes[0]!.pid;
  }, 180_000);

  afterAll(async () => {
    for (const child of children) child.child.kill('SIGKILL');
    await Promise.all(children.map((child) => child.exited));
    rmSync(dataDir, { recursive: true, force: true });
  });

  const COURSES = 'query Courses { trainingCourses(regionCode: "000000", first: 1) { __typename } }';
  const PERSON = 'query Person($pid: ID!) { person(pid: $pid) { pid disabilityCertificate { grade } employment { status } } }';
  const INDICATORS = 'query Indicators { rehabIndicators(regionCode: "000000", year: 2025) { countiesTotal registeredRecipients relapseRate employmentRate } }';

  it('serves the file it started with and says which in /ready and /metrics', async () => {
    expect(await ready()).toMatchObject({ status: 'ready', supergraph: hashOf(COMMITTED) });
    const metrics = await (await fetch(gatewayUrl.replace('/graphql', '/metrics'))).text();
    expect(metrics).toContain(`gateway_supergraph_info{hash="${hashOf(COMMITTED)}"} 1`);
    expect(gateway.stdout()).toMatch(new RegExp(`"subgraphs":${SUBGRAPH_LIST},"msg":"supergraph loaded"`));
  });

  it('refuses a field the new supergraph removed, without a restart, and serves it again once the file is restored', async () => {
    const before = await postGraphQL(gatewayUrl, COURSES, undefined, token);
    expect(before.errors).toBeUndefined();
    expect(before.status).toBe(200);

    const applied = await reloads('applied');
    commit(variant);
    await serving(variant);
    const during = await postGraphQL(gatewayUrl, COURSES, undefined, token);
    expect(during.status).toBe(400);
    expect(during.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(during.errors?.[0]?.message).toContain('trainingCourses');
    // Everything else still answers.
    expect((await postGraphQL(gatewayUrl, PERSON, { pid }, token)).errors).toBeUndefined();

    commit(COMMITTED, 'in place');
    await serving(COMMITTED);
    const after = await postGraphQL(gatewayUrl, COURSES, undefined, token);
    expect(after.errors).toBeUndefined();
    expect(await reloads('applied')).toBe(applied + 2);
    expect(gateway.stdout()).toMatch(new RegExp(`"supergraph":"${hashOf(variant)}","subgraphs":${SUBGRAPH_LIST},"msg":"supergraph reloaded"`));
  });

  it('refuses a broken file and keeps answering with the supergraph in service', async () => {
    const rejected = await reloads('rejected');
    const applied = await reloads('applied');
    commit('this is not a supergraph {{');
    await vi.waitFor(async () => expect(await reloads('rejected')).toBe(rejected + 1), { timeout: 10_000, interval: 100 });
    expect((await ready()).supergraph).toBe(hashOf(COMMITTED));
    const answer = await postGraphQL(gatewayUrl, COURSES, undefined, token);
    expect(answer.errors).toBeUndefined();
    expect(gateway.stdout()).toContain('supergraph rejected');

    // GraphQL that parses but is no supergraph is refused by the gateway itself.
    commit('type Query { hello: String }\n');
    await vi.waitFor(async () => expect(await reloads('rejected')).toBe(rejected + 2), { timeout: 10_000, interval: 100 });
    expect((await postGraphQL(gatewayUrl, INDICATORS, undefined, token)).errors).toBeUndefined();

    commit(COMMITTED);
    // Back to the version in service: nothing to apply.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await reloads('applied')).toBe(applied);
    expect(gateway.stderr()).not.toMatch(/unhandled|uncaught/i);
  });

  it('loses no request while the supergraph is swapped back and forth under load', async () => {
    const applied = await reloads('applied');
    const outcomes = { ok: 0, failed: [] as string[] };
    let running = true;
    const client = async (index: number) => {
      for (let n = 0; running; n++) {
        const [query, variables] = (index + n) % 2 === 0 ? [PERSON, { pid }] : [INDICATORS, undefined];
        try {
          const answer = await postGraphQL(gatewayUrl, query, variables, token);
          if (answer.status === 200 && answer.errors === undefined && answer.data) outcomes.ok++;
          else outcomes.failed.push(`${answer.status} ${JSON.stringify(answer.errors ?? null).slice(0, 300)}`);
        } catch (error) {
          outcomes.failed.push(String(error));
        }
      }
    };
    const clients = Array.from({ length: 8 }, (_, index) => client(index));
    const started = Date.now();
    const versions: string[] = [];
    for (let n = 0; Date.now() - started < 4000; n++) {
      const content = n % 2 === 0 ? variant : COMMITTED;
      commit(content, n % 3 === 2 ? 'in place' : 'rename');
      versions.push(content);
      await new Promise((resolve) => setTimeout(resolve, 450));
    }
    // Measured while the clients are still sending: these reloads happened under load.
    const appliedUnderLoad = (await reloads('applied')) - applied;
    running = false;
    await Promise.all(clients);

    expect(outcomes.failed).toEqual([]);
    expect(outcomes.ok).toBeGreaterThanOrEqual(2 * clients.length);
    expect(appliedUnderLoad).toBeGreaterThanOrEqual(2);
    await serving(versions.at(-1)!);
    commit(COMMITTED);
    await serving(COMMITTED);
    expect(gateway.stdout()).not.toContain(pid);
  });
});
