// `npm run subgraph:check` as a partner runs it: the real CLI in its own process, against fixtures and a running subgraph.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '#platform/server/paths.js';
import { type Federation, startFederation } from '../federation-harness.js';
import { freePort } from '../processes.js';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures/subgraph-check';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without a terminal (so without colours) and without a locale (so in Chinese); asynchronously, so servers in this process keep answering. */
const subgraphCheck = (...args: string[]): Promise<CliRun> => subgraphCheckIn('', args);

/** The same with LANG set to `locale`. */
async function subgraphCheckIn(locale: string, args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/subgraph-check.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: locale, APOLLO_TELEMETRY_DISABLED: 'true', NO_COLOR: '1' },
      timeout: 90_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** `file:line:column` of the first `needle` in a fixture, as the CLI names it. */
function position(fileName: string, needle: string): string {
  const file = `${FIXTURES}/${fileName}`;
  const text = readFileSync(path.join(projectRoot, file), 'utf8');
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return `${file}:${before.length}:${before[before.length - 1]!.length + 1}`;
}

function expectNoStackTrace(result: CliRun): void {
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
}

describe('npm run subgraph:check on schema files', () => {
  it('says a clean partner subgraph is ready to compose, and exits 0, in Chinese by default', async () => {
    const result = await subgraphCheck(`${FIXTURES}/insurance.graphql`);
    expect(result.code).toBe(0);
    for (const heading of ['Schema 文件', '组合', '对现有客户端的破坏性变更', '访问声明', '联邦规则']) {
      expect(result.stdout).toContain(`✔ ${heading}`);
    }
    expect(result.stdout).toContain('– 运行中的子图（未检查：给出 --url <其 GraphQL 地址> 以探测运行中的子图）');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('OK：可以组合');
    expect(result.stdout).not.toContain('\x1b[');
  });

  it('says the same in English for LANG=en_US.UTF-8', async () => {
    const result = await subgraphCheckIn('en_US.UTF-8', [`${FIXTURES}/insurance.graphql`]);
    expect(result.code).toBe(0);
    for (const heading of ['Schema file', 'Composition', 'Breaking changes for existing clients', 'Access declarations', 'Federation rules']) {
      expect(result.stdout).toContain(`✔ ${heading}`);
    }
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('OK: ready to compose');
  });

  it.each([
    ['does-not-parse.graphql', '@requiresScopes(scopes', 'Syntax Error'],
    ['federation-one.graphql', 'extend type Person', 'Federation 1 syntax'],
    ['redefines-founder-field.graphql', 'journey:', 'Person.journey is already defined by the registry subgraph'],
    ['person-keyed-on-citizen-id.graphql', '@key(fields: "citizenId")', 'Person may only be keyed on "pid"'],
    ['undeclared-access.graphql', 'outpatientCoverageRate', 'Person.outpatientCoverageRate has no @authenticated, @requiresScopes or @policy'],
  ])('blocks %s at the line at fault, with a fix, and exits 1', async (fileName, needle, message) => {
    const result = await subgraphCheck(`${FIXTURES}/${fileName}`, '--name', 'insurance');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✖ ${position(fileName, needle)}: `);
    expect(result.stdout).toContain(message);
    expect(result.stdout).toContain('      修正：');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^BLOCKED：\d+ 个阻断项/);
    expectNoStackTrace(result);
  });

  it('blocks a file that does not exist, without a stack trace', async () => {
    const result = await subgraphCheck(`${FIXTURES}/no-such-subgraph.graphql`);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✖ ${FIXTURES}/no-such-subgraph.graphql: no such file`);
    expect(result.stdout).toContain('BLOCKED：1 个阻断项');
    expectNoStackTrace(result);
  });

  it('answers a usage error with one line pointing at --help, and exit code 2', async () => {
    const result = await subgraphCheck('--colour');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('subgraph:check：未知选项 --colour（见 --help）\n');
    expectNoStackTrace(result);
  });

  it('blocks a --url where nothing listens, naming it', async () => {
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const result = await subgraphCheck(`${FIXTURES}/insurance.graphql`, '--url', url, '--token', 'unused');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✖ 运行中的子图 ${url}`);
    expect(result.stdout).toContain(`cannot reach ${url}`);
  });
});

describe('npm run subgraph:check --url on a running subgraph', () => {
  let federation: Federation;
  let scratch: string;
  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 50, seed: 7 });
    scratch = mkdtempSync(path.join(tmpdir(), 'pj-subgraph-check-'));
  });
  afterAll(async () => {
    await federation?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('passes the registry probed with its own schema file: 401 without a token, its SDL, Person references', async () => {
    const url = federation.agencies.registry.server.graphqlUrl;
    const result = await subgraphCheck('schema/registry.graphql', '--url', url, '--token', await federation.tokenFor('SERVICE'));
    expect(result.stdout).toContain(`✔ 运行中的子图 ${url}`);
    expect(result.stdout).toContain('resolves Person references');
    expect(result.code).toBe(0);
  });

  it('blocks when the running registry does not serve the schema file given', async () => {
    const changed = readFileSync(path.join(projectRoot, 'schema/registry.graphql'), 'utf8').replace(
      'type RegistryRecord {',
      'type RegistryRecord {\n  "Housing situation, as the partner records it."\n  housingSituation: String',
    );
    const file = path.join(scratch, 'registry.graphql');
    writeFileSync(file, changed);
    const url = federation.agencies.registry.server.graphqlUrl;
    const result = await subgraphCheck(file, '--url', url, '--token', await federation.tokenFor('SERVICE'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✖ 运行中的子图 ${url}`);
    expect(result.stdout).toContain(`compared with ${file}, the running subgraph: Field 'housingSituation' was removed from object type 'RegistryRecord'`);
    // The new field also lacks the directives the access policy generates for it.
    expect(result.stdout).toContain("the SDL's @requiresScopes/@policy differ from what the access policy generates");
    expect(result.stdout).toContain('BLOCKED：2 个阻断项');
  });

  it('blocks a token the subgraph refuses', async () => {
    const url = federation.agencies.welfare.server.graphqlUrl;
    const result = await subgraphCheck('schema/welfare.graphql', '--url', url, '--token', 'not-a-token');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('{ _service { sdl } } with a token did not answer the SDL (HTTP 401; UNAUTHENTICATED');
  });
});
