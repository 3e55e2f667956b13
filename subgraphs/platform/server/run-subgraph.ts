// Runs one subgraph as a process: config, database and migrations, HTTP server, clean shutdown.
import { type SubgraphName, subgraphInfo } from '#platform/config/agencies.js';
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { tokenVerifierFromEnv } from '#platform/identity/auth-config.js';
import { assertReachable, migrateToLatest, openDatabase } from '#platform/database/db.js';
import { createLogger } from '#platform/server/logger.js';
import { type SubgraphDefinition, startSubgraph, subgraphMetrics } from '#platform/server/server.js';
import { allSubgraphVariables, readSubgraphConfig } from '#platform/server/subgraph-config.js';
import { installHolidayCalendar } from '#platform/calendar/working-days.js';

/** `npm run start:<name>`: no options, the environment it reads listed by --help. */
function subgraphCommand(name: SubgraphName): CommandDeclaration {
  return {
    name: `start:${name}`,
    command: `npm run start:${name}`,
    summary: { key: 'cli.subgraph.summary', params: { description: subgraphInfo(name).description, name } },
    options: {},
    environment: Object.values(allSubgraphVariables(name)),
    examples: [`npm run start:${name}`],
  };
}

export async function runSubgraph<Loaders, Settings>(definition: SubgraphDefinition<Loaders, Settings>): Promise<void> {
  readCommandLine(subgraphCommand(definition.name));
  const config = readSubgraphConfig(definition.name);
  installHolidayCalendar(config.holidayCalendar);
  const verifyToken = await tokenVerifierFromEnv();
  const db = openDatabase(config.database);
  await assertReachable(db, config.database.urlVariable, config.database.url);
  await migrateToLatest(db, subgraphInfo(definition.name).migrationsDir);
  const metrics = subgraphMetrics(definition.name);
  const server = await startSubgraph(definition, db, {
    metrics,
    host: config.host,
    port: config.port,
    linkageKey: config.linkageKey,
    verifyToken,
    limits: config.limits,
  });
  const logger = createLogger(definition.name);
  const workers = definition.startWorkers?.(db, definition.settings, { metrics });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await workers?.stop();
    await server.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
