// `npm run stats:rebuild`: rebuilds each agency's maintained statistics (DOMAIN.md §5) from its source tables, with a progress bar.
// Run it after loading rows around the data layer (a bulk load, a repair by hand).
import cliProgress from 'cli-progress';
import type { Knex } from 'knex';
import { subgraphInfo } from '#platform/config/agencies.js';
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { main, operatorText } from '#platform/config/config.js';
import { assertReachable, migrateToLatest, openDatabase } from '#platform/database/db.js';
import { readSubgraphConfig } from '#platform/server/subgraph-config.js';
import { AGENCY_STATISTICS, rebuildAgencyStatistics, type StatisticsAgency } from './statistics.js';

const STATS_REBUILD_COMMAND = {
  name: 'stats:rebuild',
  command: 'npm run stats:rebuild',
  summary: 'cli.statsRebuild.summary',
  options: {},
  examples: ['npm run stats:rebuild'],
} as const satisfies CommandDeclaration;

main(async () => {
  readCommandLine(STATS_REBUILD_COMMAND, process.argv.slice(2));
  const opened: Knex[] = [];
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{table} {bar} {percentage}% | {value}/{total} people | {duration}s', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  try {
    const dbs: Partial<Record<StatisticsAgency, Knex>> = {};
    for (const agency of Object.keys(AGENCY_STATISTICS) as StatisticsAgency[]) {
      const config = readSubgraphConfig(agency);
      const db = openDatabase(config.database);
      opened.push(db);
      await assertReachable(db, config.database.urlVariable, config.database.url);
      await migrateToLatest(db, subgraphInfo(agency).migrationsDir);
      dbs[agency] = db;
    }
    const started = performance.now();
    let current = '';
    await rebuildAgencyStatistics(dbs, (table, done, total) => {
      if (table !== current) {
        if (current) bar.stop();
        current = table;
        bar.start(total, done, { table });
      } else bar.update(done);
    });
    if (current) bar.stop();
    process.stdout.write(`${operatorText('statsRebuild.done', { seconds: ((performance.now() - started) / 1000).toFixed(1) })}\n`);
  } finally {
    for (const db of opened) await db.destroy();
  }
});
