// `npm start`: the whole federation on this machine — demo data if empty, every subgraph in subgraphs/, the gateway.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, subgraphInfo } from '#platform/config/agencies.js';
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { main, operatorText, readConfig, StartupError } from '#platform/config/config.js';
import { startVariables } from './start-config.js';
import { type Supervised, Supervisor } from './supervisor.js';
import { dataDir, projectRoot } from '#platform/server/paths.js';
import { devLinkageKey } from '#platform/identity/pid.js';
import { authVariables } from '#platform/identity/auth-config.js';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { ROLES } from '#platform/identity/identity.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import { DASHBOARD_PATH, PLAYGROUND_PATH } from '../gateway/src/web.js';

const START_COMMAND = {
  name: 'start',
  command: 'npm start',
  summary: 'cli.start.summary',
  options: {},
  environment: [startVariables.seedPeople, startVariables.seed],
  examples: ['npm start', 'SEED_PEOPLE=500 npm start'],
} as const satisfies CommandDeclaration;

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

let stopping = false;
const log = (line: string) => process.stderr.write(`${line}\n`);
// Before the federation is up a crash is a start-up failure; after it, the crashed server is restarted.
const supervisor = new Supervisor({
  // 0.5 s, 1 s, 2 s … at most 30 s between restarts of a server that keeps crashing; a minute up resets the count.
  restartDelayMs: 500,
  maxRestartDelayMs: 30_000,
  stableAfterMs: 60_000,
  log,
  onStartUpCrash(name, exit) {
    log(`error: ${name} exited unexpectedly (${exit}); stopping the federation`);
    void stopAll(1);
  },
});

/** Runs a TypeScript entry point with this Node and tsx, inheriting our environment. */
function runTs(file: string, args: string[], env: NodeJS.ProcessEnv, stdio: 'inherit' | 'pipe'): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, file), ...args], { env, stdio: ['ignore', stdio, 'inherit'], cwd: projectRoot });
}

function exitCodeOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function seedIfEmpty(env: NodeJS.ProcessEnv): Promise<void> {
  const options = readConfig(startVariables, env);
  const seed = runTs('scripts/seed.ts', ['--people', String(options.seedPeople), '--seed', String(options.seed), '--if-empty'], env, 'inherit');
  const code = await exitCodeOf(seed);
  if (code !== 0) throw new StartupError([operatorText('start.seedFailed', { code: String(code) })]);
}

async function waitUntilReady(child: Supervised): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new StartupError([operatorText('start.exited', { name: child.name, code: child.process.exitCode })]);
    try {
      if ((await fetch(child.readyUrl, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new StartupError([operatorText('start.notReady', { name: child.name, seconds: READY_TIMEOUT_MS / 1000, url: child.readyUrl })]);
}

function launch(name: string, file: string, port: number, env: NodeJS.ProcessEnv): Supervised {
  return supervisor.add(name, `http://127.0.0.1:${port}/ready`, () => runTs(file, [], env, 'inherit'));
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await supervisor.stopAll(STOP_TIMEOUT_MS);
  process.exit(exitCode);
}

async function gatewayQuery<T>(gatewayUrl: string, token: string, query: string): Promise<T | undefined> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return ((await response.json()) as { data?: T }).data;
}

/**
 * A demo person a social worker sees in all three agencies: one with a referral whose
 * REFERRAL_UPLOAD consent opens the registry record to civil affairs, and, where the demo has
 * one, an employment record the platform handed over under an EMPLOYMENT_SHARING consent.
 */
async function examplePid(gatewayUrl: string, officerToken: string, socialWorkerToken: string): Promise<string | undefined> {
  const page = await gatewayQuery<{ patients: { nodes: { pid: string }[] } }>(
    gatewayUrl,
    officerToken,
    '{ patients(filter: { regionCode: "440000" }, first: 100) { nodes { pid } } }',
  );
  let withoutEmployment: string | undefined;
  for (const { pid } of page?.patients.nodes ?? []) {
    const seen = await gatewayQuery<{ person: { registry: unknown; referrals: unknown[]; employment: unknown } | null }>(
      gatewayUrl,
      socialWorkerToken,
      `{ person(pid: "${pid}") { registry { regionCode } referrals { id } employment { status } } }`,
    );
    if (!seen?.person?.registry || seen.person.referrals.length === 0) continue;
    if (seen.person.employment) return pid;
    withoutEmployment ??= pid;
  }
  if (withoutEmployment) return withoutEmployment;
  return page?.patients.nodes[0]?.pid;
}

/** One ready-to-paste dev token per role, nationwide (institution staff: of one demo institution). */
async function devTokens(env: NodeJS.ProcessEnv, gatewayUrl: string): Promise<Map<string, string>> {
  const auth = readConfig(authVariables, env);
  const privateJwk = await ensureDevKeys(dataDir(env));
  const sign = (role: (typeof ROLES)[number], institution?: string) =>
    signDevToken(privateJwk, { role, region: '000000', issuer: auth.issuer, audience: auth.audience, ...(institution ? { institution } : {}) });
  const tokens = new Map<string, string>();
  for (const role of ROLES.filter((r) => r !== 'INSTITUTION_STAFF')) tokens.set(role, await sign(role));
  const institutions = await gatewayQuery<{ rehabInstitutions: { nodes: { id: string }[] } }>(
    gatewayUrl,
    tokens.get('PLATFORM_OFFICER')!,
    '{ rehabInstitutions(regionCode: "440000", first: 1) { nodes { id } } }',
  );
  const institution = institutions?.rehabInstitutions.nodes[0]?.id;
  if (institution) tokens.set('INSTITUTION_STAFF', await sign('INSTITUTION_STAFF', institution));
  return tokens;
}

function portOf(variable: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const value = env[variable];
  return value ? Number(value) : fallback;
}

main(async () => {
  readCommandLine(START_COMMAND);
  const env: NodeJS.ProcessEnv = { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
  // One dev linkage key for all four processes, created before any of them starts.
  if (!env.LINKAGE_KEY) devLinkageKey(dataDir(env));
  // Likewise the dev token issuer's key pair, which every server verifies tokens against.
  if (!env.AUTH_JWKS) await ensureDevKeys(dataDir(env));
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  await seedIfEmpty(env);

  // The gateway and the agencies' outbox relays (each pushing its hand-offs to the receiver's API) use these URLs.
  const infos = SUBGRAPHS.map(subgraphInfo);
  const subgraphUrls = Object.fromEntries(
    infos.map((info) => [info.subgraphUrlVariable, `http://127.0.0.1:${portOf(info.portVariable, info.defaultPort, env)}/graphql`]),
  );
  const subgraphs = infos.map((info) => launch(info.name, info.serverFile, portOf(info.portVariable, info.defaultPort, env), { ...subgraphUrls, ...env }));
  await Promise.all(subgraphs.map(waitUntilReady));
  const gatewayPort = portOf('GATEWAY_PORT', GATEWAY_DEFAULT_PORT, env);
  const gateway = launch('gateway', 'gateway/src/server.ts', gatewayPort, { ...subgraphUrls, ...env });
  await waitUntilReady(gateway);
  supervisor.healing();

  const gatewayOrigin = `http://127.0.0.1:${gatewayPort}`;
  const gatewayUrl = `${gatewayOrigin}/graphql`;
  const tokens = env.AUTH_JWKS ? new Map<string, string>() : await devTokens(env, gatewayUrl);
  const exampleToken = tokens.get('SOCIAL_WORKER');
  const pid = exampleToken ? await examplePid(gatewayUrl, tokens.get('REGISTRY_OFFICER')!, exampleToken) : undefined;
  const lines = [
    '',
    operatorText('start.running'),
    `  gateway     ${gatewayUrl}`,
    // The gateway's pages (gateway/src/web.ts): GraphiQL and the indicators dashboard; both sign in at the gateway's dev issuer.
    `  playground  ${gatewayOrigin}${PLAYGROUND_PATH}`,
    `  dashboard   ${gatewayOrigin}${DASHBOARD_PATH}`,
    ...infos.map((info) => `  ${info.name.padEnd(11)} ${subgraphUrls[info.subgraphUrlVariable]}`),
    '',
    ...(env.AUTH_JWKS ? [] : [operatorText('start.signIn'), '']),
    operatorText('start.devTokens'),
    ...[...tokens].map(([role, token]) => `  ${role.padEnd(24)} ${token}`),
    '',
    operatorText('start.tryPerson'),
    `  curl -s ${gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer ${exampleToken ?? '<token>'}" \\`,
    `    -d '{"query":"{ person(pid: \\"${pid ?? '<pid>'}\\") { pid registry { regionCode riskLevel diagnosis { category } } referrals { status channel } benefits { kind } disabilityCertificate { category grade } employment { status } } }"}'`,
    '',
    operatorText('start.journey'),
    `    -d '{"query":"{ person(pid: \\"${pid ?? '<pid>'}\\") { journey { at source kind summary } } }"}'`,
    '',
    operatorText('start.morePids', { query: '{ patients(filter: { regionCode: "440000" }, first: 10) { nodes { pid } } }' }),
    operatorText('start.stop'),
    '',
  ];
  process.stdout.write(lines.join('\n'));
});
