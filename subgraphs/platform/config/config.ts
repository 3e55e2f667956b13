// Environment variables: declared once with a description, validated together at start-up; problems said in the
// environment's language (Chinese unless LC_ALL, LC_MESSAGES or LANG asks for English).
import { z } from 'zod';
import { environmentLanguage, type Language, type MessageKey, type MessageParams, message } from '#platform/i18n/messages.js';

export interface Variable<T> {
  name: string;
  description: string;
  /** The default as a person would type it, shown in docs/operators.md; undefined means optional or required. */
  defaultText?: string;
  schema: z.ZodType<T>;
}

/** Declares one variable. */
export function variable<T>(name: string, description: string, schema: z.ZodType<T>, defaultText?: string): Variable<T> {
  return defaultText === undefined ? { name, description, schema } : { name, description, schema, defaultText };
}

export const port = (name: string, description: string, fallback: number): Variable<number> =>
  variable(name, description, z.coerce.number().int().min(0).max(65535).default(fallback), String(fallback));

export const host = (name: string): Variable<string> =>
  variable(name, 'Interface to listen on; 0.0.0.0 only behind a firewall or in a container', z.string().min(1).default('127.0.0.1'), '127.0.0.1');

export const logLevel = (): Variable<string> =>
  variable(
    'LOG_LEVEL',
    'pino log level: fatal, error, warn, info, debug or trace',
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
    'info',
  );

export const logFileVariable = (): Variable<string | undefined> =>
  variable('LOG_FILE', 'Append log lines to this file instead of stdout', z.string().optional());

export const dataDirVariable = (): Variable<string | undefined> =>
  variable('DATA_DIR', 'Folder for embedded databases, the dev linkage key and dev token keys', z.string().optional(), '.data');

/** The locale of what every script and server prints for a person; environmentLanguage reads it (with LC_ALL and LC_MESSAGES before it). */
export const localeVariable = (): Variable<string | undefined> =>
  variable(
    'LANG',
    'Language of what scripts and servers print (--help, usage and start-up errors, npm start, subgraph:check): English when the first set of LC_ALL, LC_MESSAGES and LANG starts with "en", else Chinese',
    z.string().optional(),
  );

/** The language this process speaks to the person running it, from its environment. */
export const processLanguage = (): Language => environmentLanguage(process.env);

/** A message of the catalogue for the person running this process, in its environment's language. */
export const operatorText = (key: MessageKey, params?: MessageParams): string => message(processLanguage(), key, params);

/** Raised when the environment is wrong; `main` prints each problem on one line and exits 1. */
export class StartupError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'StartupError';
  }
}

/** zod's own words for a value it refuses, in each of our languages (a schema's own message wins over them). */
const ZOD_ERRORS: Record<Language, () => { localeError: z.core.$ZodErrorMap }> = { 'zh-CN': () => z.locales.zhCN(), en: () => z.locales.en() };

type Values<V extends Record<string, Variable<unknown>>> = { [K in keyof V]: V[K] extends Variable<infer T> ? T : never };

/** Reads every declared variable, reporting all problems at once. */
export function readConfig<V extends Record<string, Variable<unknown>>>(variables: V, env: NodeJS.ProcessEnv = process.env): Values<V> {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  const { localeError } = ZOD_ERRORS[environmentLanguage(env)]();
  for (const [key, v] of Object.entries(variables)) {
    const raw = env[v.name];
    const parsed = v.schema.safeParse(raw === '' ? undefined : raw, { error: localeError });
    if (parsed.success) values[key] = parsed.data;
    else problems.push(`${v.name}: ${parsed.error.issues.map((i) => i.message).join(', ')}`);
  }
  if (problems.length > 0) throw new StartupError(problems);
  return values as Values<V>;
}

/** Runs a process's entry point; start-up problems become clear lines and exit code 1, not stack traces. */
export function main(run: () => Promise<unknown>): void {
  run().catch((error: unknown) => {
    const problems = error instanceof StartupError ? error.problems : [error instanceof Error ? (error.stack ?? error.message) : String(error)];
    for (const problem of problems) process.stderr.write(`${operatorText('cli.error', { problem })}\n`);
    process.exit(1);
  });
}
