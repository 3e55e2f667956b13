// The processes a user runs: `npm start` brings up and stops the federation; start-up problems are one clear line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS, subgraphInfo } from '#platform/config/agencies.js';
import { postGraphQL } from '../federation-harness.js';
import { freePort, runEntryPoint } from '../processes.js';

/** No locale in the environment: the processes speak Chinese. */
const NO_LOCALE = { LC_ALL: '', LC_MESSAGES: '', LANG: '' };

const dataDirs: string[] = [];
function scratchDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pj-start-'));
  dataDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

async function federationEnv(): Promise<{ env: NodeJS.ProcessEnv; gatewayPort: number }> {
  const gatewayPort = await freePort();
  const env: NodeJS.ProcessEnv = { DATA_DIR: scratchDataDir(), SEED_PEOPLE: '80', GATEWAY_PORT: String(gatewayPort) };
  for (const name of SUBGRAPHS) {
    env[subgraphInfo(name).portVariable] = String(await freePort());
    delete env[subgraphInfo(name).databaseUrlVariable];
  }
  return { env, gatewayPort };
}

/** The server processes `npm start` runs, by pid (Linux `ps`); tsx's own esbuild helper is not one. */
function serverPids(pid: number): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes('/src/server.ts'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

describe('npm start', () => {
  it('seeds, starts every server (the subgraphs and the gateway), prints the URLs and a working example, and stops them all on SIGTERM', async () => {
    const { env, gatewayPort } = await federationEnv();
    const start = runEntryPoint('scripts/start.ts', [], { ...NO_LOCALE, ...env });
    await start.waitForOutput('按 Ctrl-C 停止。', 150_000);
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    expect(start.stdout()).toContain(gatewayUrl);
    // The banner speaks Chinese by default (LANG=en_US.UTF-8 gives the same in English).
    expect(start.stdout()).toContain('患者旅程联邦已在运行：');
    // The pages the banner names are the gateway's own routes (answered 503 when `npm run build:web` has not run).
    for (const page of ['playground', 'dashboard']) {
      const url = new RegExp(`^\\s+${page}\\s+(http://127\\.0\\.0\\.1:${gatewayPort}/\\S*)$`, 'm').exec(start.stdout())?.[1];
      expect(url, page).toBeDefined();
      expect([200, 503], page).toContain((await fetch(url!)).status);
    }
    const pid = /person\(pid: \\"([a-z2-7]{32})\\"\)/.exec(start.stdout())?.[1];
    expect(pid).toBeDefined();
    const token = /^\s+SOCIAL_WORKER\s+(\S+)$/m.exec(start.stdout())?.[1];
    expect(token).toBeDefined();
    for (const role of ['HOSPITAL_CLINICIAN', 'INSTITUTION_STAFF', 'DATA_PROTECTION_OFFICER'])
      expect(start.stdout()).toMatch(new RegExp(`^\\s+${role}\\s+ey`, 'm'));
    expect((await postGraphQL(gatewayUrl, '{ region(code: "440000") { name } }')).status).toBe(401);
    const body = await postGraphQL<{ person: { pid: string; registry: { regionCode: string }; referrals: unknown[]; employment: unknown } }>(
      gatewayUrl,
      `{ person(pid: "${pid}") { pid registry { regionCode } referrals { status } employment { status } } }`,
      undefined,
      token,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.person.registry.regionCode).toMatch(/^\d{6}$/);

    const children = serverPids(start.child.pid!);
    expect(children).toHaveLength(SUBGRAPHS.length + 1);
    start.child.kill('SIGTERM');
    expect((await start.exited).code).toBe(0);
    // Each server shut down by itself rather than being killed after the grace period.
    expect(start.stderr()).not.toMatch(/did not stop/);
    for (const child of children) expect(() => process.kill(child, 0)).toThrow();
  });
  // A child that crashes after start-up is restarted: see self-healing.test.ts.
});

describe('start-up problems', () => {
  it('exits with one line naming the variable when the database is unreachable, in Chinese by default', async () => {
    const port = await freePort();
    const run = runEntryPoint('subgraphs/registry/src/server.ts', [], {
      ...NO_LOCALE,
      DATA_DIR: scratchDataDir(),
      REGISTRY_PORT: String(port),
      DATABASE_URL_REGISTRY: `postgres://postgres@127.0.0.1:${await freePort()}/nowhere`,
    });
    const { code } = await run.exited;
    expect(code).toBe(1);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^错误：已设置 DATABASE_URL_REGISTRY，但无法连接该数据库：/);
  });

  it('exits with one line per bad variable, in English for LANG=en_US.UTF-8', async () => {
    const run = runEntryPoint('gateway/src/server.ts', [], { ...NO_LOCALE, LANG: 'en_US.UTF-8', GATEWAY_PORT: 'eighty', REGISTRY_URL: 'not a url' });
    const { code } = await run.exited;
    expect(code).toBe(1);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toMatch(/^error: GATEWAY_PORT: Invalid input/m);
    expect(lines.join('\n')).toMatch(/REGISTRY_URL/);
  });
});
