// The environment of one subgraph process, declared once (docs/operators.md's table is printed from it).
import path from 'node:path';
import { z } from 'zod';
import { type SubgraphName, subgraphInfo } from '#platform/config/agencies.js';
import { authVariables } from '#platform/identity/auth-config.js';
import { type Limits, limitsOf, limitVariables } from '#platform/server/limits.js';
import { dataDirVariable, host, logFileVariable, logLevel, port, readConfig, StartupError, type Variable, variable } from '#platform/config/config.js';
import { devLinkageKey, parseLinkageKey } from '#platform/identity/pid.js';
import { dataDir } from '#platform/server/paths.js';
import type { DatabaseOptions } from '#platform/database/db.js';
import { type HolidayCalendar, loadHolidayCalendar } from '#platform/calendar/holiday-data.js';

/** The GraphQL URL of an agency's subgraph, for the gateway and for another agency's hand-offs. */
export const subgraphUrlVariable = (name: SubgraphName): Variable<string> =>
  variable(
    subgraphInfo(name).subgraphUrlVariable,
    `GraphQL URL of the ${name} subgraph`,
    z
      .string()
      .url()
      .default(`http://127.0.0.1:${subgraphInfo(name).defaultPort}/graphql`),
    `http://127.0.0.1:${subgraphInfo(name).defaultPort}/graphql`,
  );

export function subgraphVariables(name: SubgraphName) {
  const agency = subgraphInfo(name);
  return {
    port: port(agency.portVariable, `HTTP port of the ${name} subgraph`, agency.defaultPort),
    host: host('HOST'),
    databaseUrl: variable(
      agency.databaseUrlVariable,
      `postgres:// URL of the ${name} database; unset means embedded PGlite in .data/${name}/`,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
        .optional(),
    ),
    workingDayCalendarFile: variable(
      'WORKING_DAY_CALENDAR_FILE',
      'JSON file of public holidays and make-up working days per year (the shape of subgraphs/platform/calendar/holidays.json) whose years extend or replace the built-in ones; validated at start-up',
      z.string().optional(),
    ),
    linkageKey: variable('LINKAGE_KEY', 'Shared pid key, 64 hex characters; unset in dev means generated into .data/linkage.key', z.string().optional()),
    dataDir: dataDirVariable(),
    logLevel: logLevel(),
    logFile: logFileVariable(),
    ...limitVariables,
  };
}

/** Everything a subgraph process reads, for docs/operators.md's table. */
export function allSubgraphVariables(name: SubgraphName) {
  return { ...subgraphVariables(name), ...authVariables };
}

export interface SubgraphConfig {
  name: SubgraphName;
  port: number;
  host: string;
  database: DatabaseOptions;
  linkageKey: Buffer;
  dataDir: string;
  limits: Limits;
  /** The holiday data every working-day rule reads: the repo's years and the operator's file's. */
  holidayCalendar: HolidayCalendar;
}

export function readSubgraphConfig(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const values = readConfig(subgraphVariables(name), env);
  const dir = dataDir({ ...env, DATA_DIR: values.dataDir });
  return {
    name,
    port: values.port,
    host: values.host,
    database: databaseOptions(name, values.databaseUrl, dir),
    linkageKey: linkageKeyOf(values.linkageKey, dir),
    dataDir: dir,
    limits: limitsOf(values),
    holidayCalendar: loadHolidayCalendar(values.workingDayCalendarFile),
  };
}

export function databaseOptions(name: SubgraphName, url: string | undefined, dir: string): DatabaseOptions {
  return { urlVariable: subgraphInfo(name).databaseUrlVariable, url, embeddedDir: path.join(dir, name) };
}

/** LINKAGE_KEY when set, else the dev key generated into the data folder. */
export function linkageKeyOf(text: string | undefined, dir: string): Buffer {
  if (!text) return devLinkageKey(dir);
  try {
    return parseLinkageKey(text);
  } catch (error) {
    throw new StartupError([`LINKAGE_KEY: ${(error as Error).message}`]);
  }
}
