// The floor's connections: one pg pool per agency's database, as each subgraph has one, with the subgraphs' type parsing.
import knex from 'knex';
import pg from 'pg';
import { AGENCIES, type AgencyName } from '#platform/config/agencies.js';
import { setPlatformTypeParsers } from '#platform/database/db.js';
import type { IndicatorStatement } from '#platform/statistics/indicators.js';

export type FloorPools = Record<AgencyName, pg.Pool>;

setPlatformTypeParsers();

/** The subgraphs' pool size (knex's default there) and their session settings (JIT off). */
export function openFloorPools(urls: Record<AgencyName, string>, size = 10): FloorPools {
  return Object.fromEntries(
    AGENCIES.map((agency) => [agency, new pg.Pool({ connectionString: urls[agency], max: size, options: '-c jit=off' })]),
  ) as FloorPools;
}

export async function closeFloorPools(pools: FloorPools): Promise<void> {
  await Promise.all(AGENCIES.map((agency) => pools[agency].end()));
}

/** Turns knex's bindings (`?`, `:name`) into PostgreSQL's `$n` without connecting anywhere: the agencies write their statements for knex. */
const compiler = knex({ client: 'pg' });

/** Runs one of an agency's own statements (its data layer's) on the floor's pool. */
export async function runStatement<Row extends pg.QueryResultRow>(pool: pg.Pool, statement: IndicatorStatement): Promise<Row[]> {
  const { sql, bindings } = compiler.raw(statement.sql, statement.bindings).toSQL().toNative();
  return (await pool.query<Row>(sql, [...bindings])).rows;
}
