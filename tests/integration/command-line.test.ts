// Every npm script of ours answers --help with its usage and exit 0, and an unknown option with one line and exit 2.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '#platform/server/paths.js';

const run = promisify(execFile);
/** Each run loads its entry's whole import graph (Apollo, Hive Gateway), slow on busy shared cores when several run at once. */
const RUN_TIMEOUT_MS = 300_000;

/** npm appends `-- args` to a script's last command, so the entry that reads them is its last `tsx <file>`. */
function entryPoints(): [script: string, file: string][] {
  const { scripts } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return Object.entries(scripts).flatMap(([script, command]): [string, string][] => {
    const entry = /(?:^|&&\s*)tsx\s+(\S+\.ts)\s*$/.exec(command);
    return entry ? [[script, entry[1]!]] : [];
  });
}

/** Runs an entry with no locale set (so in Chinese), or with `locale` as LANG. */
async function runEntry(file: string, args: string[], locale?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...rest } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(projectRoot, file), ...args], {
      cwd: projectRoot,
      env: { ...rest, NO_COLOR: '1', ...(locale === undefined ? {} : { LANG: locale }) },
      timeout: RUN_TIMEOUT_MS,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const ENTRIES = entryPoints();

// Concurrent: each run is its own short-lived process, independent of the others.
describe.concurrent('the command line of every npm script', () => {
  it('covers the scripts people run, servers included', () => {
    const scripts = ENTRIES.map(([script]) => script);
    for (const script of [
      'start',
      'start:registry',
      'start:gateway',
      'start:hive',
      'seed',
      'token',
      'compose',
      'contract',
      'subgraph:new',
      'subgraph:check',
      'check:generated',
      'build:web',
      'docs',
      'bench',
      'bench:registry',
    ]) {
      expect(scripts).toContain(script);
    }
  });

  it.each(ENTRIES)(
    'npm run %s -- --help prints its usage in Chinese and exits 0',
    async (script, file) => {
      const result = await runEntry(file, ['--help']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^用法：npm (run )?\S+/);
      expect(result.stdout).toMatch(/\n选项：\n/);
      expect(result.stdout).toMatch(/\n示例：\n {2}\S/);
      // What the command does is said in Chinese too, not only the headings.
      expect(result.stdout.split('\n')[2]).toMatch(/[\u4e00-\u9fff]/);
      expect(result.stdout).toContain(script === 'start' ? 'npm start' : `npm run ${script}`);
    },
    RUN_TIMEOUT_MS,
  );

  it.each(ENTRIES)(
    'npm run %s -- --bogus says so on one line in Chinese and exits 2',
    async (script, file) => {
      const result = await runEntry(file, ['--bogus']);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`${script}：未知选项 --bogus（见 --help）\n`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'says it all in English for LANG=en_US.UTF-8',
    async () => {
      const help = await runEntry('scripts/token.ts', ['--help'], 'en_US.UTF-8');
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toMatch(/^Usage: npm run token -- --role ROLE --region CODE \[options\]\n\nSigns a dev bearer token/);
      expect(help.stdout).toMatch(/\nOptions:\n[\s\S]*--ttl DURATION\s+Lifetime of the token, e\.g\. 30m, 8h, 2d \(default: 8h\)\n/);
      const bogus = await runEntry('scripts/token.ts', ['--bogus'], 'en_US.UTF-8');
      expect(bogus).toMatchObject({ code: 2, stdout: '', stderr: 'token: unknown option --bogus (see --help)\n' });
    },
    RUN_TIMEOUT_MS,
  );
});
