// The command line of every script: options declared once with a description, parsed by node:util, the usage made from them,
// in the language of the environment (Chinese unless LC_ALL, LC_MESSAGES or LANG asks for English).
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Language, message, textIn, type Wording } from '#platform/i18n/messages.js';
import { processLanguage, type Variable } from './config.js';

/** One option, as node:util's parseArgs declares it, with what a person needs to know about it. */
export interface OptionDeclaration {
  type: 'string' | 'boolean';
  /** A key of the message catalogue (said in the reader's language), or a text with nothing to translate. */
  description: Wording;
  /** The value's placeholder in the usage, e.g. N or CODE (string options; default VALUE). */
  placeholder?: string;
  default?: string;
  required?: boolean;
  short?: string;
}

/** A positional argument, e.g. the schema file of `npm run subgraph:check`. */
export interface PositionalDeclaration {
  name: Wording;
  description: Wording;
  required?: boolean;
}

export interface CommandDeclaration<O extends Record<string, OptionDeclaration> = Record<string, OptionDeclaration>> {
  /** The name that opens each error line: `token: unknown option --bogus`. */
  name: string;
  /** How a person runs it: `npm run token`. */
  command: string;
  /** What it does, in a sentence or two: a key of the message catalogue, or the text itself. */
  summary: Wording;
  options: O;
  positionals?: readonly PositionalDeclaration[];
  /** Environment variables the command reads itself, listed in the usage with their defaults. */
  environment?: readonly Variable<unknown>[];
  /** Whole command lines, e.g. `npm run token -- --role SOCIAL_WORKER --region 440000`. */
  examples: readonly string[];
}

type ValueOf<D extends OptionDeclaration> = D['type'] extends 'boolean'
  ? boolean
  : D extends { default: string }
    ? string
    : D extends { required: true }
      ? string
      : string | undefined;

export type OptionValues<O extends Record<string, OptionDeclaration>> = { [K in keyof O]: ValueOf<O[K]> };

export interface CommandLine<O extends Record<string, OptionDeclaration>> {
  values: OptionValues<O>;
  positionals: string[];
}

/** What the arguments ask for: the usage, a run with these values, or nothing because of these problems. */
export type ParsedCommandLine<O extends Record<string, OptionDeclaration>> =
  | { kind: 'help' }
  | { kind: 'problems'; problems: string[] }
  | ({ kind: 'run' } & CommandLine<O>);

const HELP = { type: 'boolean', description: 'cli.help', short: 'h' } as const satisfies OptionDeclaration;

/** Parses the arguments without side effects; every problem is reported, --help wins over them. */
export function parseCommandLine<O extends Record<string, OptionDeclaration>>(
  command: CommandDeclaration<O>,
  argv: readonly string[],
  language: Language = processLanguage(),
): ParsedCommandLine<O> {
  const declared: Record<string, OptionDeclaration> = { ...command.options, help: HELP };
  const parseOptions = Object.fromEntries(
    Object.entries(declared).map(([name, option]) => [
      name,
      { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.default === undefined ? {} : { default: option.default }) },
    ]),
  );
  // Not strict: the tokens let us word each problem ourselves, on one line, instead of node's multi-line TypeError.
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options: parseOptions, strict: false, allowPositionals: true, tokens: true });
  const problems: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'help') return { kind: 'help' };
    const option = Object.hasOwn(command.options, token.name) ? command.options[token.name] : undefined;
    if (option === undefined) problems.push(message(language, 'cli.unknownOption', { option: token.rawName }));
    else if (option.type === 'string' && token.value === undefined) problems.push(message(language, 'cli.needsValue', { option: token.rawName }));
    else if (option.type === 'string' && !token.inlineValue && token.value?.startsWith('-'))
      problems.push(message(language, 'cli.needsValueNot', { option: token.rawName, value: token.value }));
    else if (option.type === 'boolean' && token.inlineValue) problems.push(message(language, 'cli.takesNoValue', { option: token.rawName }));
  }
  const allowed = command.positionals ?? [];
  for (const extra of positionals.slice(allowed.length)) problems.push(message(language, 'cli.unexpectedArgument', { argument: extra }));
  if (problems.length > 0) return { kind: 'problems', problems };
  // What is missing only once what was given is understood: `--bogus` alone is one problem, not three.
  for (const positional of allowed.slice(positionals.length))
    if (positional.required) problems.push(message(language, 'cli.missingPositional', { name: textIn(language, positional.name) }));
  for (const [name, option] of Object.entries(command.options))
    if (option.required && values[name] === undefined) problems.push(message(language, 'cli.requiredOption', { option: `--${name}` }));
  if (problems.length > 0) return { kind: 'problems', problems };
  const typed: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(command.options)) typed[name] = option.type === 'boolean' ? values[name] === true : values[name];
  return { kind: 'run', values: typed as OptionValues<O>, positionals };
}

/** The --help text: how to run it, what it does, each option with its default, the environment it reads, an example. */
export function usageOf(command: CommandDeclaration, language: Language = processLanguage()): string {
  const say = (text: Wording) => textIn(language, text);
  const options = Object.entries(command.options);
  const positionals = (command.positionals ?? []).map((p) => ({ ...p, name: say(p.name) }));
  const synopsis = [
    ...positionals.map((p) => (p.required ? `<${p.name}>` : `[<${p.name}>]`)),
    ...options.filter(([, option]) => option.required).map(([name, option]) => optionSyntax(name, option)),
    ...(options.some(([, option]) => !option.required) ? [message(language, 'cli.optionsPlaceholder')] : []),
  ];
  const rows = [
    ...positionals.map((p): [string, string] => [`<${p.name}>`, say(p.description)]),
    ...options.map(([name, option]): [string, string] => [optionSyntax(name, option), describe(option, language)]),
    [`-${HELP.short}, --help`, say(HELP.description)] as [string, string],
  ];
  const usage = message(language, 'cli.usage', { command: `${command.command}${synopsis.length > 0 ? ` -- ${synopsis.join(' ')}` : ''}` });
  const lines = [usage, '', say(command.summary), '', message(language, 'cli.options'), ...table(rows)];
  if (command.environment && command.environment.length > 0) {
    const variables = command.environment.map((v): [string, string] => [
      v.name,
      v.defaultText === undefined ? say(v.description) : message(language, 'cli.default', { description: say(v.description), value: v.defaultText }),
    ]);
    lines.push('', message(language, 'cli.environment'), ...table(variables));
  }
  lines.push('', message(language, command.examples.length > 1 ? 'cli.examples' : 'cli.example'), ...command.examples.map((example) => `  ${example}`));
  return `${lines.join('\n')}\n`;
}

/** The error line of a refused command line: one line, pointing at --help. */
export function problemLine(command: CommandDeclaration, problems: readonly string[], language: Language = processLanguage()): string {
  return message(language, 'cli.problemLine', { command: command.name, problems: problems.join(message(language, 'cli.problemSeparator')) });
}

/**
 * Reads the process's arguments: on --help prints the usage and exits 0; on an unknown option,
 * a missing value or argument prints one line on stderr and exits 2.
 */
export function readCommandLine<O extends Record<string, OptionDeclaration>>(
  command: CommandDeclaration<O>,
  argv: readonly string[] = process.argv.slice(2),
): CommandLine<O> {
  const parsed = parseCommandLine(command, argv);
  if (parsed.kind === 'help') {
    // Written synchronously so that exiting at once cannot cut the text short in a pipe.
    writeSync(process.stdout.fd, usageOf(command));
    process.exit(0);
  }
  if (parsed.kind === 'problems') refuseCommandLine(command, parsed.problems);
  return { values: parsed.values, positionals: parsed.positionals };
}

/** For the script's own checks of the values (a role that does not exist, a port out of range): one line on stderr, exit 2. */
export function refuseCommandLine(command: CommandDeclaration, problems: readonly string[]): never {
  writeSync(process.stderr.fd, `${problemLine(command, problems)}\n`);
  process.exit(2);
}

function optionSyntax(name: string, option: OptionDeclaration): string {
  const flag = `${option.short ? `-${option.short}, ` : ''}--${name}`;
  return option.type === 'string' ? `${flag} ${option.placeholder ?? 'VALUE'}` : flag;
}

function describe(option: OptionDeclaration, language: Language): string {
  const description = textIn(language, option.description);
  if (option.required) return message(language, 'cli.required', { description });
  return option.default === undefined ? description : message(language, 'cli.default', { description, value: option.default });
}

function table(rows: readonly [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
