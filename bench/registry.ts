// `npm run bench:registry`: the registry's list and indicator queries under load, through the gateway and directly, on 100,000 seeded people.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { authVariables } from '#platform/identity/auth-config.js';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { main, readConfig } from '#platform/config/config.js';
import { benchVariables } from './bench-config.js';
import { busiestProvince, postgresVersion, prepareBenchDatabases, waitUntilDatabasesIdle } from './bench-databases.js';
import { environmentLines, type MeasuredQuery, resultTables, writeBenchmarkSection, BENCHMARKS_DOC } from './benchmarks-doc.js';
import { FederationProcesses } from './federation-processes.js';
import { failuresOf, isCleanAnswer, measureLoad } from './load-run.js';
import { type GraphQLRequest, registryBenchQueries } from './registry-queries.js';

const SECTION = '## Registry (issue: registry in full)';

type Config = ReturnType<typeof readConfig<typeof benchVariables>>;

const say = (line: string): boolean => process.stdout.write(`${line}\n`);

async function post(url: string, token: string, request: GraphQLRequest): Promise<{ status: number; body: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(request),
  });
  return { status: response.status, body: await response.text() };
}

/** The error messages and codes of an answer, never its data (which may hold pids). */
function errorSummary(body: string): string {
  try {
    const { errors } = JSON.parse(body) as { errors?: { message: string; extensions?: { code?: string } }[] };
    return errors?.length ? errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; ') : 'no data';
  } catch {
    return 'not JSON';
  }
}

interface IndicatorFigures {
  registryActivePatients: number | null;
}

/**
 * One request per query and target before any load: each must answer 200 with data and real
 * figures (a token outside the province would answer nulls, and the bench would measure nothing).
 * Prints counts only, never a pid.
 */
async function checkAnswers(urls: { gateway: string; registry: string }, token: string, queries: ReturnType<typeof registryBenchQueries>): Promise<void> {
  const [patients, indicators] = queries;
  if (!patients || !indicators) throw new Error('the registry bench defines two queries');
  const requests = [
    { label: `${patients.name} via the gateway`, url: urls.gateway, request: patients.viaGateway },
    { label: `${patients.name} on the registry`, url: urls.registry, request: patients.direct },
    { label: `${indicators.name} via the gateway`, url: urls.gateway, request: indicators.viaGateway },
    { label: `${indicators.name} on the registry`, url: urls.registry, request: indicators.direct },
  ];
  const answers = await Promise.all(requests.map(({ url, request }) => post(url, token, request)));
  const failed = answers.flatMap((answer, index) =>
    answer.status === 200 && isCleanAnswer(answer.body) ? [] : [`${requests[index]!.label}: HTTP ${answer.status}, ${errorSummary(answer.body)}`],
  );
  if (failed.length > 0) throw new Error(`check requests failed:\n  ${failed.join('\n  ')}`);
  const [viaGateway, direct, tree, entities] = answers.map((answer) => JSON.parse(answer.body) as { data: Record<string, unknown> });
  const pageSize = (answer: typeof viaGateway): number => (answer!.data.patients as { nodes: unknown[] }).nodes.length;
  const root = tree!.data.rehabIndicators as IndicatorFigures & { children: IndicatorFigures[] };
  const regions = entities!.data._entities as (IndicatorFigures | null)[];
  if (
    root.registryActivePatients === null ||
    regions.some((region) => region?.registryActivePatients === null || region?.registryActivePatients === undefined)
  ) {
    throw new Error('the registry answered no indicator figures for the province; is the token scoped to it?');
  }
  say(`  check: patients page ${pageSize(viaGateway)} people via the gateway, ${pageSize(direct)} directly`);
  say(
    `  check: indicators for the province and ${root.children.length} children via the gateway, ${regions.length} regions directly; ${root.registryActivePatients} active patients in the province`,
  );
  if (root.children.length !== regions.length - 1) say('  warning: the welfare subgraph lists other children than the division list the direct query uses');
}

async function runBench(config: Config, processes: FederationProcesses, dataDir: string): Promise<void> {
  say(`bench: databases pj_bench_* with ${config.people} people (seed ${config.seed})`);
  const databases = await prepareBenchDatabases(config.postgresUrl, { people: config.people, seed: config.seed });
  say(databases.seededSeconds === null ? '  reused an earlier seed' : `  seeded in ${databases.seededSeconds.toFixed(0)} s`);
  const province = await busiestProvince(databases.urls.registry);
  say(`bench: province ${province.code} (${province.patients} patients)`);

  const privateJwk = await ensureDevKeys(dataDir);
  say('bench: starting the three subgraphs and the gateway');
  const urls = await processes.start({ databaseUrls: databases.urls, linkageKey: databases.linkageKey, dataDir });
  const auth = readConfig(authVariables, {});
  const token = await signDevToken(privateJwk, { role: 'REGISTRY_OFFICER', region: province.code, ttl: '2h', issuer: auth.issuer, audience: auth.audience });
  const year = new Date().getUTCFullYear() - 1;
  const queries = registryBenchQueries(province.code, year);
  await checkAnswers({ gateway: urls.gateway, registry: urls.subgraphs.registry }, token, queries);

  const settings = { connections: config.connections, seconds: config.seconds, settle: () => waitUntilDatabasesIdle(config.postgresUrl, databases.names) };
  const measured: MeasuredQuery[] = [];
  for (const query of queries) {
    say(`bench: ${query.name}, ${settings.connections} connections, ${settings.seconds} s each after a warm-up`);
    const gateway = await measureLoad({ url: urls.gateway, token, body: JSON.stringify(query.viaGateway) }, settings);
    say(`  gateway: ${gateway.requestsPerSecond.toFixed(1)} requests/s, p50 ${gateway.p50.toFixed(1)} ms`);
    const direct = await measureLoad({ url: urls.subgraphs.registry, token, body: JSON.stringify(query.direct) }, settings);
    say(`  registry direct: ${direct.requestsPerSecond.toFixed(1)} requests/s, p50 ${direct.p50.toFixed(1)} ms`);
    measured.push({ name: query.name, gateway, direct });
  }
  const exited = processes.exited();
  if (exited.length > 0) throw new Error(`${exited.join(', ')} stopped during the bench`);

  const tables = resultTables(measured);
  const body = [
    ...environmentLines(await postgresVersion(config.postgresUrl)),
    `- People seeded: ${config.people} (seed ${config.seed}); province ${province.code} with ${province.patients} patients; indicators of ${year}`,
    `- Load: autocannon, ${settings.connections} connections, ${settings.seconds} s per row after a warm-up of at least 2 s, each run starting once the databases are idle; gateway and registry-direct runs alternate`,
    '- Servers as `npm start` runs them (default limits; JIT off on every PostgreSQL connection)',
    '',
    tables,
  ].join('\n');
  writeBenchmarkSection(SECTION, body);
  say(`\n${tables}\n\nwritten to ${path.relative(process.cwd(), BENCHMARKS_DOC)}`);

  const failures = measured.reduce((sum, query) => sum + failuresOf(query.gateway) + failuresOf(query.direct), 0);
  if (failures > 0) throw new Error(`${failures} requests failed (non-2xx, GraphQL errors or connection errors); see the errors column`);
}

const REGISTRY_BENCH_COMMAND = {
  name: 'bench:registry',
  command: 'npm run bench:registry',
  summary: 'cli.benchRegistry.summary',
  options: {},
  environment: Object.values(benchVariables),
  examples: ['npm run bench:registry', 'BENCH_PEOPLE=10000 BENCH_SECONDS=5 npm run bench:registry'],
} as const satisfies CommandDeclaration;

main(async () => {
  readCommandLine(REGISTRY_BENCH_COMMAND);
  const config = readConfig(benchVariables);
  const processes = new FederationProcesses();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pj-bench-'));
  const cleanUp = async (): Promise<void> => {
    await processes.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const interrupt = (signal: NodeJS.Signals): void => {
    process.stderr.write(`bench: ${signal}; stopping the federation\n`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    await runBench(config, processes, dataDir);
  } finally {
    await cleanUp();
  }
});
