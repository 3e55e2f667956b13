// `npm run seed -- --people N --seed S [--if-empty] [--reset]`: deterministic demo data in the three agencies' databases,
// then in each partner subgraph's database that has a demo-data module (scripts/seed/partners.ts).
import cliProgress from 'cli-progress';
import type { Knex } from 'knex';
import { type AgencyName, PARTNERS, subgraphInfo } from '#platform/config/agencies.js';
import { type CommandDeclaration, readCommandLine, refuseCommandLine } from '#platform/config/command-line.js';
import { main, operatorText, StartupError } from '#platform/config/config.js';
import { assertReachable, migrateToLatest, openDatabase } from '#platform/database/db.js';
import { readSubgraphConfig, type SubgraphConfig } from '#platform/server/subgraph-config.js';
import { parseSeedArguments, type SeedArguments } from './seed/arguments.js';
import { databasesWithDemoData, hasDemoData, resetDemoData, type SeedDatabases, seedDemoData, type SeedSummary } from './seed/index.js';
import { seedPartners } from './seed/partners.js';

/** The options of scripts/seed/arguments.ts, described for --help; that module reads their values. */
const SEED_COMMAND = {
  name: 'seed',
  command: 'npm run seed',
  summary: 'cli.seed.summary',
  options: {
    people: { type: 'string', placeholder: 'N', default: '2000', description: 'cli.seed.people' },
    seed: { type: 'string', placeholder: 'S', default: '1', description: 'cli.seed.seed' },
    'if-empty': { type: 'boolean', description: 'cli.seed.ifEmpty' },
    reset: { type: 'boolean', description: 'cli.seed.reset' },
  },
  examples: ['npm run seed -- --people 500 --seed 7', 'npm run seed -- --reset'],
} as const satisfies CommandDeclaration;

/** The arguments, or one line on stderr and exit 2. */
function readSeedArguments(argv: string[]): SeedArguments {
  readCommandLine(SEED_COMMAND, argv);
  try {
    return parseSeedArguments(argv);
  } catch (error) {
    if (error instanceof StartupError) refuseCommandLine(SEED_COMMAND, error.problems);
    throw error;
  }
}

async function openMigrated(config: SubgraphConfig): Promise<Knex> {
  const db = openDatabase(config.database);
  await assertReachable(db, config.database.urlVariable, config.database.url);
  await migrateToLatest(db, subgraphInfo(config.name).migrationsDir);
  return db;
}

function summaryLine(summary: SeedSummary, seconds: number): string {
  const parts = (Object.keys(summary.tables) as AgencyName[]).map((database) => {
    const tables = Object.entries(summary.tables[database]).map(([table, n]) => `${table} ${n}`);
    return `${database}: ${tables.join(', ')}`;
  });
  return operatorText('seed.done', { people: summary.people, seconds: seconds.toFixed(1), tables: parts.join(' | ') });
}

async function seed(dbs: SeedDatabases, people: number, seedValue: number, linkageKey: Buffer): Promise<void> {
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'seeding {bar} {percentage}% | {value}/{total} people | {duration}s', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(people, 0);
  let summary: SeedSummary;
  try {
    summary = await seedDemoData(dbs, { people, seed: seedValue, linkageKey, onProgress: (done) => bar.update(done) });
  } finally {
    bar.stop();
  }
  process.stdout.write(`${summaryLine(summary, (performance.now() - started) / 1000)}\n`);
}

main(async () => {
  const args = readSeedArguments(process.argv.slice(2));
  const configs = { registry: readSubgraphConfig('registry'), welfare: readSubgraphConfig('welfare'), employment: readSubgraphConfig('employment') };
  const opened: Knex[] = [];
  try {
    const open = async (config: SubgraphConfig): Promise<Knex> => {
      const db = await openMigrated(config);
      opened.push(db);
      return db;
    };
    const dbs: SeedDatabases = { registry: await open(configs.registry), welfare: await open(configs.welfare), employment: await open(configs.employment) };
    const partners = Object.fromEntries(await Promise.all(PARTNERS.map(async (name) => [name, await open(readSubgraphConfig(name))] as const)));
    if (args.ifEmpty && (await hasDemoData(dbs.registry))) {
      process.stdout.write(`${operatorText('seed.notEmpty')}\n`);
    } else {
      if (args.reset) {
        await resetDemoData(dbs);
      } else {
        const filled = await databasesWithDemoData(dbs);
        if (filled.length > 0) throw new StartupError([operatorText('seed.holdData', { databases: filled.join(', ') })]);
      }
      // All three agencies share one linkage key, so any subgraph's config carries it.
      await seed(dbs, args.people, args.seed, configs.registry.linkageKey);
    }
    // Partners' demo rows follow the registry's people; a partner already filled is left alone.
    const written = await seedPartners(dbs.registry, partners, { seed: args.seed, reset: args.reset });
    for (const [name, tables] of Object.entries(written)) {
      process.stdout.write(
        `seeded ${name}: ${Object.entries(tables)
          .map(([table, n]) => `${table} ${n}`)
          .join(', ')}\n`,
      );
    }
  } finally {
    await Promise.all(opened.map((db) => db.destroy()));
  }
});
