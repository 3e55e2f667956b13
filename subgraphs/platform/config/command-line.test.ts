import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { type CommandDeclaration, parseCommandLine, problemLine, usageOf } from './command-line.js';
import { environmentLanguage } from '#platform/i18n/messages.js';
import { variable } from './config.js';

const TOKEN = {
  name: 'token',
  command: 'npm run token',
  summary: 'Signs a dev token.',
  options: {
    role: { type: 'string', description: "The caller's role", placeholder: 'ROLE', required: true },
    ttl: { type: 'string', description: 'Lifetime of the token', placeholder: 'DURATION', default: '8h' },
    institution: { type: 'string', description: 'Institution of INSTITUTION_STAFF', placeholder: 'ID' },
    quiet: { type: 'boolean', description: 'Print the token alone' },
  },
  environment: [variable('AUTH_ISSUER', 'Issuer of the tokens', z.string().default('dev'), 'dev')],
  examples: ['npm run token -- --role SOCIAL_WORKER'],
} as const satisfies CommandDeclaration;

describe('parseCommandLine', () => {
  it('reads the declared options, with defaults and false for absent switches', () => {
    expect(parseCommandLine(TOKEN, ['--role', 'SOCIAL_WORKER', '--institution=i-1'], 'en')).toEqual({
      kind: 'run',
      values: { role: 'SOCIAL_WORKER', ttl: '8h', institution: 'i-1', quiet: false },
      positionals: [],
    });
  });

  it('answers --help or -h before any problem with the rest', () => {
    expect(parseCommandLine(TOKEN, ['--bogus', '--help'], 'en')).toEqual({ kind: 'help' });
    expect(parseCommandLine(TOKEN, ['-h'], 'en')).toEqual({ kind: 'help' });
  });

  it('names an unknown option, long or short, without asking for the required ones as well', () => {
    expect(parseCommandLine(TOKEN, ['--bogus', '-z'], 'en')).toEqual({ kind: 'problems', problems: ['unknown option --bogus', 'unknown option -z'] });
  });

  it('refuses a value-taking option without a value, or taking the next option as its value', () => {
    expect(parseCommandLine(TOKEN, ['--role'], 'en')).toEqual({ kind: 'problems', problems: ['--role needs a value'] });
    expect(parseCommandLine(TOKEN, ['--role', '--quiet'], 'en')).toEqual({ kind: 'problems', problems: ['--role needs a value, not --quiet'] });
  });

  it('refuses a value given to a switch, and arguments the command does not take', () => {
    expect(parseCommandLine(TOKEN, ['--role', 'X', '--quiet=yes', 'extra'], 'en')).toEqual({
      kind: 'problems',
      problems: ['--quiet takes no value', 'unexpected argument "extra"'],
    });
  });

  it('asks for missing required options and positionals', () => {
    expect(parseCommandLine(TOKEN, [], 'en')).toEqual({ kind: 'problems', problems: ['--role is required'] });
    const check = { ...TOKEN, options: {}, positionals: [{ name: 'schema file', description: 'The SDL', required: true }] };
    expect(parseCommandLine(check, [], 'en')).toEqual({ kind: 'problems', problems: ['the schema file is missing'] });
    expect(parseCommandLine(check, ['a.graphql'], 'en')).toEqual({ kind: 'run', values: {}, positionals: ['a.graphql'] });
  });
});

describe('usageOf', () => {
  const usage = usageOf(TOKEN, 'en');

  it('opens with how to run it, then what it does', () => {
    expect(usage.split('\n').slice(0, 3)).toEqual(['Usage: npm run token -- --role ROLE [options]', '', 'Signs a dev token.']);
  });

  it('lists every option with its placeholder, default or requirement, and --help', () => {
    expect(usage).toMatch(/--role ROLE\s+The caller's role \(required\)/);
    expect(usage).toMatch(/--ttl DURATION\s+Lifetime of the token \(default: 8h\)/);
    expect(usage).toMatch(/--quiet\s+Print the token alone\n/);
    expect(usage).toMatch(/-h, --help\s+Print this usage and exit/);
  });

  it('lists the environment it reads and an example', () => {
    expect(usage).toMatch(/Environment:\n\s+AUTH_ISSUER\s+Issuer of the tokens \(default: dev\)/);
    expect(usage).toMatch(/Example:\n\s+npm run token -- --role SOCIAL_WORKER\n$/);
  });

  it('shows no `--` for a command without options', () => {
    expect(usageOf({ name: 'x', command: 'npm run x', summary: 'X.', options: {}, examples: ['npm run x'] }, 'en')).toMatch(/^Usage: npm run x\n/);
  });
});

describe('problemLine', () => {
  it('puts every problem on one line, pointing at --help', () => {
    expect(problemLine(TOKEN, ['unknown option --bogus'], 'en')).toBe('token: unknown option --bogus (see --help)');
  });
});

describe('the language of the command line', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is English when the first of LC_ALL, LC_MESSAGES and LANG that is set starts with "en", else Chinese', () => {
    expect(environmentLanguage({})).toBe('zh-CN');
    expect(environmentLanguage({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(environmentLanguage({ LANG: 'C.UTF-8' })).toBe('zh-CN');
    expect(environmentLanguage({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(environmentLanguage({ LC_ALL: '', LC_MESSAGES: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
  });

  it('says the usage and the problems in Chinese by default', () => {
    for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) vi.stubEnv(name, '');
    const usage = usageOf(TOKEN);
    expect(usage.split('\n')[0]).toBe('用法：npm run token -- --role ROLE [选项]');
    expect(usage).toMatch(/--ttl DURATION\s+Lifetime of the token（默认：8h）/);
    expect(usage).toMatch(/-h, --help\s+显示本用法说明并退出/);
    expect(usage).toMatch(/环境变量：\n\s+AUTH_ISSUER/);
    const parsed = parseCommandLine(TOKEN, ['--bogus', '--role']);
    expect(parsed).toEqual({ kind: 'problems', problems: ['未知选项 --bogus', '--role 需要一个值'] });
    expect(problemLine(TOKEN, ['未知选项 --bogus'])).toBe('token：未知选项 --bogus（见 --help）');
  });

  it('says them in English for LANG=en_US.UTF-8', () => {
    for (const name of ['LC_ALL', 'LC_MESSAGES']) vi.stubEnv(name, '');
    vi.stubEnv('LANG', 'en_US.UTF-8');
    expect(usageOf(TOKEN).split('\n')[0]).toBe('Usage: npm run token -- --role ROLE [options]');
    expect(parseCommandLine(TOKEN, ['--bogus'])).toEqual({ kind: 'problems', problems: ['unknown option --bogus'] });
  });

  it('says a description that is a key of the catalogue in the language asked for', () => {
    const keyed = { ...TOKEN, summary: 'cli.help' };
    expect(usageOf(keyed, 'zh-CN').split('\n')[2]).toBe('显示本用法说明并退出');
    expect(usageOf(keyed, 'en').split('\n')[2]).toBe('Print this usage and exit');
  });
});
