import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CommandDeclaration, parseCommandLine, problemLine, usageOf } from './command-line.js';
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
    expect(parseCommandLine(TOKEN, ['--role', 'SOCIAL_WORKER', '--institution=i-1'])).toEqual({
      kind: 'run',
      values: { role: 'SOCIAL_WORKER', ttl: '8h', institution: 'i-1', quiet: false },
      positionals: [],
    });
  });

  it('answers --help or -h before any problem with the rest', () => {
    expect(parseCommandLine(TOKEN, ['--bogus', '--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(TOKEN, ['-h'])).toEqual({ kind: 'help' });
  });

  it('names an unknown option, long or short, without asking for the required ones as well', () => {
    expect(parseCommandLine(TOKEN, ['--bogus', '-z'])).toEqual({ kind: 'problems', problems: ['unknown option --bogus', 'unknown option -z'] });
  });

  it('refuses a value-taking option without a value, or taking the next option as its value', () => {
    expect(parseCommandLine(TOKEN, ['--role'])).toEqual({ kind: 'problems', problems: ['--role needs a value'] });
    expect(parseCommandLine(TOKEN, ['--role', '--quiet'])).toEqual({ kind: 'problems', problems: ['--role needs a value, not --quiet'] });
  });

  it('refuses a value given to a switch, and arguments the command does not take', () => {
    expect(parseCommandLine(TOKEN, ['--role', 'X', '--quiet=yes', 'extra'])).toEqual({
      kind: 'problems',
      problems: ['--quiet takes no value', 'unexpected argument "extra"'],
    });
  });

  it('asks for missing required options and positionals', () => {
    expect(parseCommandLine(TOKEN, [])).toEqual({ kind: 'problems', problems: ['--role is required'] });
    const check = { ...TOKEN, options: {}, positionals: [{ name: 'schema file', description: 'The SDL', required: true }] };
    expect(parseCommandLine(check, [])).toEqual({ kind: 'problems', problems: ['the schema file is missing'] });
    expect(parseCommandLine(check, ['a.graphql'])).toEqual({ kind: 'run', values: {}, positionals: ['a.graphql'] });
  });
});

describe('usageOf', () => {
  const usage = usageOf(TOKEN);

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
    expect(usageOf({ name: 'x', command: 'npm run x', summary: 'X.', options: {}, examples: ['npm run x'] })).toMatch(/^Usage: npm run x\n/);
  });
});

describe('problemLine', () => {
  it('puts every problem on one line, pointing at --help', () => {
    expect(problemLine(TOKEN, ['unknown option --bogus'])).toBe('token: unknown option --bogus (see --help)');
  });
});
