// The command line of `npm run seed`: --people N, --seed S, --if-empty, --reset.
import { parseArgs } from 'node:util';
import { StartupError } from '#platform/config/config.js';

export interface SeedArguments {
  /** People to generate (default 2000). */
  people: number;
  /** Seed of the generator (default 1): the same seed gives the same rows. */
  seed: number;
  /** Do nothing when the registry already has patients (for start-up scripts). */
  ifEmpty: boolean;
  /** Empty the seeded tables of all three databases first. */
  reset: boolean;
}

const MAX_PEOPLE = 10_000_000;

const OPTIONS = {
  people: { type: 'string', default: '2000' },
  seed: { type: 'string', default: '1' },
  'if-empty': { type: 'boolean', default: false },
  reset: { type: 'boolean', default: false },
} as const;

const USAGE = 'usage: npm run seed -- [--people N] [--seed S] [--if-empty] [--reset]';

/** Parses the arguments, reporting every problem at once as a StartupError. */
export function parseSeedArguments(argv: readonly string[]): SeedArguments {
  const values = readOptions(argv);
  const problems: string[] = [];
  const people = wholeNumber(values.people, 1, MAX_PEOPLE);
  if (people === null) problems.push(`--people must be a whole number from 1 to ${MAX_PEOPLE}`);
  const seed = wholeNumber(values.seed, 0, 2 ** 32 - 1);
  if (seed === null) problems.push('--seed must be a whole number from 0 to 4294967295');
  if (problems.length > 0 || people === null || seed === null) throw new StartupError(problems);
  return { people, seed, ifEmpty: values['if-empty'], reset: values.reset };
}

/** node:util's parser; an unknown option or a missing value becomes one usage line. */
function readOptions(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new StartupError([`seed: ${message.replace(/\s*\n\s*/g, ' ')} ${USAGE}`]);
  }
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}
