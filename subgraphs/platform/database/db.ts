// One PostgreSQL database per subgraph: embedded PGlite on disk by default, a real server through pg when a URL is set.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import knex, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import pg from 'pg';
import { operatorText, StartupError } from '#platform/config/config.js';
import { createLogger } from '#platform/server/logger.js';

/** A knex instance or a transaction: data functions accept either, so the caller owns the transaction. */
export type Db = Knex | Knex.Transaction;

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * The pg type parsing of every process that reads an agency's database (the subgraphs, and the
 * bench's floor): dates stay 'YYYY-MM-DD' strings (a Date object would shift with the process
 * time zone); counts and sums come back as numbers on both engines.
 */
export function setPlatformTypeParsers(): void {
  pg.types.setTypeParser(DATE_OID, (value: string) => value);
  pg.types.setTypeParser(INT8_OID, (value: string) => Number(value));
  pg.types.setTypeParser(NUMERIC_OID, (value: string) => Number(value));
}

setPlatformTypeParsers();

export interface DatabaseOptions {
  /** The variable that holds the URL, named in start-up errors. */
  urlVariable: string;
  /** postgres://… for a real server; undefined for embedded PGlite. */
  url: string | undefined;
  /** Directory of the PGlite data files, or 'memory://' for a throw-away database. */
  embeddedDir: string;
  /** Size of the pg pool. */
  poolMax?: number;
  /** An embedded database's files to start from (a `dumpDataDir` image), instead of an empty cluster: tests boot a migrated image in a third of the time. */
  embeddedImage?: Blob;
}

// knex prints connection failures with their stack as warnings; start-up reports them as
// one line naming the variable instead, so knex's own messages go to the debug level.
const knexLogger = createLogger('knex');
const knexLog = {
  warn: (message: unknown) => knexLogger.debug({ message }, 'knex warning'),
  error: (message: unknown) => knexLogger.error({ message }, 'knex error'),
  deprecate: (message: unknown) => knexLogger.debug({ message }, 'knex deprecation'),
  debug: (message: unknown) => knexLogger.debug({ message }, 'knex debug'),
};

export function openDatabase(options: DatabaseOptions): Knex {
  if (options.url) {
    // JIT compilation costs more than it saves on this service's statements (half a second on
    // the indicators, measured): it is off for every connection, at no extra round trip.
    return knex({
      client: 'pg',
      connection: { connectionString: options.url, options: '-c jit=off' },
      pool: { min: 0, max: options.poolMax ?? 10 },
      log: knexLog,
    });
  }
  if (options.embeddedDir !== 'memory://') mkdirSync(options.embeddedDir, { recursive: true });
  const pglite = new PGlite(options.embeddedDir, {
    ...(options.embeddedImage ? { loadDataDir: options.embeddedImage } : {}),
    parsers: { [DATE_OID]: (value: string) => value, [INT8_OID]: (value: string) => Number(value), [NUMERIC_OID]: (value: string) => Number(value) },
  });
  // knex-pglite's config type does not describe the connection-factory form it supports.
  return knex({ client: ClientPgLite, dialect: 'postgres', connection: () => ({ pglite }), log: knexLog } as unknown as Knex.Config);
}

/** Fails with one line naming the variable when the database cannot be reached. */
export async function assertReachable(db: Knex, urlVariable: string, url: string | undefined): Promise<void> {
  try {
    await db.raw('select 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError([operatorText(url ? 'cli.databaseUnreachable' : 'cli.embeddedUnopenable', { variable: urlVariable, reason })]);
  }
}

interface MigrationModule {
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

/** Knex migrations from a directory of `YYYYMMDDHHMMSS_name.ts` files, loaded as ES modules. */
class DirectoryMigrationSource implements Knex.MigrationSource<string> {
  constructor(private readonly directory: string) {}
  async getMigrations(): Promise<string[]> {
    return readdirSync(this.directory)
      .filter((file) => /^\d{14}_[a-z0-9_]+\.ts$/.test(file))
      .sort();
  }
  getMigrationName(file: string): string {
    return file.replace(/\.ts$/, '');
  }
  async getMigration(file: string): Promise<MigrationModule> {
    return (await import(pathToFileURL(path.join(this.directory, file)).href)) as MigrationModule;
  }
}

export async function migrateToLatest(db: Knex, migrationsDir: string): Promise<void> {
  await db.migrate.latest({ migrationSource: new DirectoryMigrationSource(migrationsDir) });
}
