// Under `npm start`, a subgraph killed with SIGKILL under client load is restarted: the gateway answers partially meanwhile, whole again after, and no committed write is lost.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS, type SubgraphName, subgraphInfo } from '#platform/config/agencies.js';
import { toBase32 } from '#platform/identity/base32.js';
import { type GraphQLBody, postGraphQL } from '../federation-harness.js';
import { followUpVisit } from '../follow-up-visit.js';
import { freePort, type RunningProcess, runEntryPoint } from '../processes.js';

/**
 * Fields of every agency, so that killing any one of them leaves the others' in the answer. The
 * indicators' root is welfare's and not nullable: without welfare they would null the whole answer.
 */
const WHOLE = (pid: string, killed: SubgraphName) => `{
  region(code: "440000") { name }
  ${killed === 'welfare' ? '' : 'rehabIndicators(regionCode: "000000", year: 2025) { countiesTotal relapseRate employmentRate guardianshipAgreementRate }'}
  person(pid: "${pid}") { pid registry { regionCode } }
}`;

type Answer = GraphQLBody<Record<string, unknown>> & { status: number };

describe('npm start heals a crashed subgraph', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pj-heal-'));
  const ports: Record<string, number> = {};
  let start: RunningProcess;
  let gatewayUrl: string;
  let pid: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    // The banner is read in its default language, Chinese, whatever this machine's locale.
    const env: NodeJS.ProcessEnv = { LC_ALL: '', LC_MESSAGES: '', LANG: '', DATA_DIR: dataDir, SEED_PEOPLE: '80', SUBGRAPH_TIMEOUT_MS: '3000' };
    for (const name of [...SUBGRAPHS, 'gateway']) ports[name] = await freePort();
    for (const name of SUBGRAPHS) {
      env[subgraphInfo(name).portVariable] = String(ports[name]);
      delete env[subgraphInfo(name).databaseUrlVariable];
    }
    env.GATEWAY_PORT = String(ports.gateway);
    gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
    start = runEntryPoint('scripts/start.ts', [], env);
    await start.waitForOutput('按 Ctrl-C 停止。', 290_000);
    for (const role of ['SOCIAL_WORKER', 'HOSPITAL_CLINICIAN', 'EMPLOYMENT_OFFICER', 'GUARDIANSHIP_OFFICER']) {
      tokens[role] = new RegExp(`^\\s+${role}\\s+(\\S+)$`, 'm').exec(start.stdout())![1]!;
    }
    pid = /person\(pid: \\"([a-z2-7]{32})\\"\)/.exec(start.stdout())![1]!;
  }, 300_000);

  afterAll(async () => {
    if (start && start.child.exitCode === null) {
      const children = serverPids(start.child.pid!);
      start.child.kill('SIGINT');
      // Ctrl-C still stops everything, each server by itself.
      expect((await start.exited).code).toBe(0);
      expect(start.stderr()).not.toMatch(/did not stop/);
      for (const child of children) expect(() => process.kill(child, 0)).toThrow();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  /** A write committed to one agency just before it is killed, and how to find it again afterwards. */
  const writes: Record<SubgraphName, () => Promise<() => Promise<boolean>>> = {
    registry: async () => {
      const date = `2025-${String(1 + (randomBytes(1)[0]! % 12)).padStart(2, '0')}-1${randomBytes(1)[0]! % 9}`;
      const input = followUpVisit(pid, date);

      const done = await mutation('HOSPITAL_CLINICIAN', 'mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { person { pid } } }', {
        input,
      });
      expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
      return async () => {
        const read = await mutation('HOSPITAL_CLINICIAN', `{ person(pid: "${pid}") { registry { followUps(first: 500) { nodes { date } } } } }`);
        return JSON.stringify(read.data).includes(`"${date}"`);
      };
    },
    welfare: async () => {
      const input = { pid: toBase32(randomBytes(20)), channel: 'VOLUNTARY_APPLICATION', countyCode: '440305' };
      const done = await mutation<{ submitReferral: { referral: { id: string } } }>(
        'SOCIAL_WORKER',
        'mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { referral { id } } }',
        { input },
      );
      expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
      const id = done.data!.submitReferral.referral.id;
      return async () => (await mutation<{ referral: { id: string } | null }>('SOCIAL_WORKER', `{ referral(id: "${id}") { id } }`)).data?.referral?.id === id;
    },
    employment: async () => {
      const name = `Healing test ${randomBytes(4).toString('hex')}`;
      const done = await mutation('EMPLOYMENT_OFFICER', 'mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }', {
        input: { name, countyCode: '440305', kind: 'COMPANY' },
      });
      expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
      return async () =>
        JSON.stringify((await mutation('EMPLOYMENT_OFFICER', '{ employers(regionCode: "440305", first: 500) { nodes { name } } }')).data).includes(name);
    },
    guardianship: async () => {
      const ward = toBase32(randomBytes(20));
      const done = await mutation('GUARDIANSHIP_OFFICER', 'mutation($input: EnrolWardInput!) { enrolWard(input: $input) { eligibility } }', {
        input: { pid: ward, countyCode: '440305', eligibility: 'HIGH_RISK', eligibleSince: '2024-01-01' },
      });
      expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
      // Straight to the subgraph: the person is not in the registry, so the gateway's `person` names nobody.
      return async () => {
        const read = await postGraphQL(
          `http://127.0.0.1:${ports.guardianship}/graphql`,
          `{ _entities(representations: [{ __typename: "Person", pid: "${ward}" }]) { ... on Person { guardianship { eligibility } } } }`,
          undefined,
          tokens.GUARDIANSHIP_OFFICER,
        );
        return JSON.stringify(read.data).includes('HIGH_RISK');
      };
    },
  };

  function mutation<T = Record<string, unknown>>(role: string, query: string, variables?: Record<string, unknown>) {
    return postGraphQL<T>(gatewayUrl, query, variables, tokens[role]);
  }

  const ready = async () => (await (await fetch(gatewayUrl.replace('/graphql', '/ready'))).json()) as { status: string; degraded: string[] };

  it.each(SUBGRAPHS)('restarts %s after SIGKILL while the gateway keeps answering', { timeout: 240_000 }, async (name) => {
    const committed = await writes[name]!();
    const query = WHOLE(pid, name);
    const whole = await postGraphQL(gatewayUrl, query, undefined, tokens.SOCIAL_WORKER);
    expect(whole.errors, JSON.stringify(whole.errors)).toBeUndefined();
    const victim = serverPids(start.child.pid!).find((child) => commandOf(child).includes(`subgraphs/${name}/`));
    expect(victim, `${name} process`).toBeDefined();

    // Client load: three clients asking for every agency's data, all through the outage.
    const answers: Answer[] = [];
    let loading = true;
    const clients = Array.from({ length: 3 }, async () => {
      while (loading) answers.push(await postGraphQL(gatewayUrl, query, undefined, tokens.SOCIAL_WORKER));
    });
    const degraded: string[][] = [];
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      process.kill(victim!, 'SIGKILL');
      await waitFor(start, () => start.stderr().includes(`${name} exited unexpectedly (SIGKILL)`), 10_000);
      degraded.push((await ready()).degraded);
      await waitFor(start, () => start.stderr().includes(`${name} restarted and ready again`), 150_000);
    } finally {
      loading = false;
      await Promise.all(clients);
    }

    expect(degraded[0]).toContain(name);
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const partial = answers.filter((answer) => answer.errors?.some((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.extensions.serviceName === name));
    expect(partial.length, 'answers during the outage').toBeGreaterThan(0);
    // Partial, not empty: another agency's field is still there.
    expect(partial.every((answer) => answer.data && Object.values(answer.data).some((value) => value !== null))).toBe(true);
    // Whole again, with no restart of the gateway.
    const after = await postGraphQL(gatewayUrl, query, undefined, tokens.SOCIAL_WORKER);
    expect(after.errors, JSON.stringify(after.errors)).toBeUndefined();
    expect(after.data).toEqual(whole.data);
    expect(await ready()).toMatchObject({ status: 'ready', degraded: [] });
    expect(await committed(), `the write to ${name} committed before the kill`).toBe(true);
  });
});

/** The server processes `npm start` runs, by pid (Linux `ps`). */
function serverPids(pid: number): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes('/src/server.ts'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

const commandOf = (pid: number) => execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });

async function waitFor(start: RunningProcess, condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms; npm start said: ${start.stderr().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
