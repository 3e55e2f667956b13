// `npm run subgraph:new` on a copy of the project: the new subgraph composes at once, type-checks, passes the
// tests it was created with against the running federation, and bad input or a failure leaves no file behind.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '#platform/server/paths.js';

const SKIPPED = new Set(['node_modules', '.data', '.git', 'dist']);

function copyProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pj-scaffold-'));
  cpSync(projectRoot, root, { recursive: true, filter: (source) => !SKIPPED.has(path.basename(source)) });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  // The copy sits beside no ../shared; the contract check is not what these tests are about.
  return root;
}

/** Runs a tool of the copy without a locale (so in Chinese), or with `locale` as LANG. */
function run(root: string, command: string, args: string[], locale = '') {
  const result = spawnSync(path.join(root, 'node_modules', '.bin', command), args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: locale, APOLLO_TELEMETRY_DISABLED: 'true', LOG_LEVEL: 'warn', NO_COLOR: '1' },
    timeout: 400_000,
  });
  // Without the colours vitest prints even into a pipe.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}

describe('npm run subgraph:new', () => {
  let root: string;
  const before = new Map<string, string>();
  const WIRED = [
    'codegen.yml',
    'package.json',
    'docker-compose.yml',
    'README.md',
    'docs/architecture.md',
    'docs/operators.md',
    'docs/router.yaml',
    'schema/supergraph.graphql',
    'schema/api-schema.graphql',
  ];

  beforeAll(() => {
    root = copyProject();
    for (const file of WIRED) before.set(file, readFileSync(path.join(root, file), 'utf8'));
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('refuses a bad or taken name with a line naming the option, in Chinese by default and in English for LANG=en_US.UTF-8, and writes nothing', () => {
    for (const [args, message, locale] of [
      [['--name', 'Bad-Name'], /subgraph:new：--name 须为 2 到 31 个小写字母和数字/, ''],
      [['--name', 'Bad-Name'], /subgraph:new: --name must be 2 to 31 lower-case letters/, 'en_US.UTF-8'],
      [['--name', 'registry'], /--name registry：已有同名子图/, ''],
      [['--name', 'demoagency', '--role', 'NOBODY'], /--role 须为 subgraphs\/platform\/identity\/identity\.ts 中的角色之一/, ''],
      [['--name', 'demoagency', '--port', '4001'], /--port 4001 is taken/, 'en_US.UTF-8'],
    ] as const) {
      const result = run(root, 'tsx', ['scripts/subgraph-new.ts', ...args], locale);
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).toMatch(message);
      expect(result.output).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(path.join(root, 'subgraphs', 'demoagency'))).toBe(false);
    for (const file of WIRED) expect(readFileSync(path.join(root, file), 'utf8'), file).toBe(before.get(file));
  });

  it('puts every file back when a step fails half-way', () => {
    const codegen = path.join(root, 'codegen.yml');
    writeFileSync(codegen, before.get('codegen.yml')!.replace('  schema/generated/:', '  schema/elsewhere/:'));
    const result = run(root, 'tsx', ['scripts/subgraph-new.ts', '--name', 'demoagency']);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/codegen.yml has no "schema\/generated\/:" entry/);
    expect(existsSync(path.join(root, 'subgraphs', 'demoagency'))).toBe(false);
    expect(existsSync(path.join(root, 'schema', 'demoagency.graphql'))).toBe(false);
    for (const file of WIRED.filter((name) => name !== 'codegen.yml')) expect(readFileSync(path.join(root, file), 'utf8'), file).toBe(before.get(file));
    writeFileSync(codegen, before.get('codegen.yml')!);
  });

  // Five child runs, the last starting a federation: on two busy shared cores they take longer than the project's 120 s.
  it('creates a subgraph that composes, type-checks and passes its own tests in the running federation', () => {
    const created = run(root, 'tsx', ['scripts/subgraph-new.ts', '--name', 'demoagency', '--agency', 'DEMO_AGENCY', '--role', 'SOCIAL_WORKER']);
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain('已创建 demoagency 子图（DEMO_AGENCY）');
    expect(readFileSync(path.join(root, 'schema', 'supergraph.graphql'), 'utf8')).toMatch(
      /DEMOAGENCY @join__graph\(name: "demoagency", url: "http:\/\/127\.0\.0\.1:\d+\/graphql"\)/,
    );
    expect(readFileSync(path.join(root, 'schema', 'api-schema.graphql'), 'utf8')).toContain('demoagencyEntries: [DemoagencyEntry!]');
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts['start:demoagency']).toBe('tsx subgraphs/demoagency/src/server.ts');

    const composed = run(root, 'tsx', ['scripts/compose.ts', '--check']);
    expect(composed.status, composed.output).toBe(0);
    const typed = run(root, 'tsc', ['--noEmit', '-p', 'tsconfig.json']);
    expect(typed.status, typed.output).toBe(0);
    // The wiring keeps the project's own checks green: docker compose, the README's scripts, the docs' generated tables.
    const unit = run(root, 'vitest', ['run', '--project', 'unit', 'tests/unit', 'subgraphs/demoagency']);
    expect(unit.status, unit.output).toBe(0);
    const integration = run(root, 'vitest', ['run', '--project', 'integration', 'tests/integration/demoagency.test.ts']);
    expect(integration.status, integration.output).toBe(0);
    expect(integration.output).toMatch(/Tests\s+\d+ passed/);
  }, 600_000);
});
