// The environment and command line `npm run bench` reads: which PostgreSQL, how many people, how hard and how long to push.
import { z } from 'zod';
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { readConfig, variable } from '#platform/config/config.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The bench drops and recreates databases, so it only ever talks to a PostgreSQL on this machine. */
const loopbackPostgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:$/.test(new URL(value).protocol) && LOOPBACK_HOSTS.has(new URL(value).hostname), 'must be a postgres:// URL on 127.0.0.1');

export const benchVariables = {
  postgresUrl: variable(
    'BENCH_POSTGRES_URL',
    'PostgreSQL (any database of it) where the bench creates pj_bench_registry, pj_bench_welfare and pj_bench_employment',
    loopbackPostgresUrl.default('postgres://postgres@127.0.0.1:5432/postgres'),
    'postgres://postgres@127.0.0.1:5432/postgres',
  ),
  people: variable('BENCH_PEOPLE', 'People seeded into the bench databases', z.coerce.number().int().min(1).default(100_000), '100000'),
  seed: variable('BENCH_SEED', 'Seed of the bench demo data', z.coerce.number().int().default(2022), '2022'),
  connections: variable('BENCH_CONNECTIONS', 'Concurrent connections of each load run', z.coerce.number().int().min(1).max(1000).default(8), '8'),
  seconds: variable('BENCH_SECONDS', 'Measured seconds of each load run, after a 2 s warm-up', z.coerce.number().int().min(1).max(600).default(10), '10'),
};

/** What only `npm run bench` (the federation bench) reads besides the variables above. */
export const federationBenchVariables = {
  ...benchVariables,
  rounds: variable(
    'BENCH_ROUNDS',
    'Rounds per query: each round runs every target once, in a rotated order',
    z.coerce.number().int().min(1).max(20).default(2),
    '2',
  ),
  maxRequests: variable('BENCH_MAX_REQUESTS', 'Most requests of one load run, whatever its time', z.coerce.number().int().min(10).default(20_000), '20000'),
  warmUpSeconds: variable('BENCH_WARM_UP_SECONDS', 'Discarded warm-up before each load run', z.coerce.number().min(0).max(60).default(2), '2'),
  hive: variable(
    'BENCH_HIVE',
    'Measure Hive Gateway too (npm run start:hive) when the script exists',
    z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    'true',
  ),
  profileSeconds: variable(
    'BENCH_PROFILE_SECONDS',
    'Seconds of the journey load on a CPU-profiled copy of our gateway; 0 profiles nothing',
    z.coerce.number().int().min(0).max(600).default(10),
    '10',
  ),
};

export type FederationBenchConfig = ReturnType<typeof readConfig<typeof federationBenchVariables>>;

/** `npm run bench`: each option overrides its variable (`--people 1000000` is BENCH_PEOPLE). */
export const FEDERATION_BENCH_COMMAND = {
  name: 'bench',
  command: 'npm run bench',
  summary: 'cli.bench.summary',
  options: {
    people: { type: 'string', placeholder: 'N', description: 'cli.bench.people' },
    seconds: { type: 'string', placeholder: 'S', description: 'cli.bench.seconds' },
    connections: { type: 'string', placeholder: 'C', description: 'cli.bench.connections' },
    rounds: { type: 'string', placeholder: 'R', description: 'cli.bench.rounds' },
    'no-hive': { type: 'boolean', description: 'cli.bench.noHive' },
    'no-profile': { type: 'boolean', description: 'cli.bench.noProfile' },
  },
  environment: Object.values(federationBenchVariables),
  examples: ['npm run bench', 'npm run bench -- --people 1000000 --no-profile'],
} as const satisfies CommandDeclaration;

/**
 * The environment first, then the command line over it, validated together so every problem is
 * reported at once; --help and a usage error end the process (see readCommandLine).
 */
export function readFederationBenchConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): FederationBenchConfig {
  const { values } = readCommandLine(FEDERATION_BENCH_COMMAND, argv);
  const merged: NodeJS.ProcessEnv = { ...env };
  if (values.people !== undefined) merged.BENCH_PEOPLE = values.people;
  if (values.seconds !== undefined) merged.BENCH_SECONDS = values.seconds;
  if (values.connections !== undefined) merged.BENCH_CONNECTIONS = values.connections;
  if (values.rounds !== undefined) merged.BENCH_ROUNDS = values.rounds;
  if (values['no-hive']) merged.BENCH_HIVE = 'false';
  if (values['no-profile']) merged.BENCH_PROFILE_SECONDS = '0';
  return readConfig(federationBenchVariables, merged);
}
