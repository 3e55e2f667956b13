// Statistics an agency maintains (DOMAIN.md §5): facts per unit (a person) and period, and their sums per county and period,
// kept current in the transaction of every write that moves them, so an indicator reads rows per county, never per person.
import type { Knex } from 'knex';
import type { Db } from '#platform/database/db.js';
import { PreparedStatement } from '#platform/database/prepared.js';

/**
 * One agency's maintained statistics. A unit is what a write touches (a person): its facts are
 * recomputed from the source tables whenever it changes, and the difference to the facts it had
 * is added to the county sums. Corrections and closures need nothing of their own.
 */
export interface MaintainedStatistics {
  /** Facts per unit: unit, county_code, period, then the measures; one row per unit, county and period with a non-zero measure. */
  factTable: string;
  /** Sums of the facts per county and period. */
  countyTable: string;
  /** Integer measures, in the order `factsSql` selects them. */
  measures: readonly string[];
  /**
   * A select of (unit, county_code, period, ...measures) from the source tables, for the units in
   * the text[] binding `:units`; it may narrow its work to the int[] binding `:years` when that is
   * not null (only facts of those years are kept then). Periods are keys (period.ts). A fact that holds until further
   * notice (a patient under management) is written as its start and end months, never as a row per
   * period to come: the reader sums the months up to a period.
   */
  factsSql: string;
  /** A select of every unit (`unit`) in the source tables, for the rebuild. */
  unitsSql: string;
}

/** The periods (month, quarter, year) a China day lies in, as a lateral list of `period` keys. */
export const periodsOfDay = (day: string): string =>
  `(values (to_char(${day}, 'YYYY-MM')), (to_char(${day}, 'YYYY') || '-Q' || to_char(${day}, 'Q')), (to_char(${day}, 'YYYY')))`;

/** A timestamp's day in China (UTC+8 all year), whatever the session's time zone. */
export const chinaDayOf = (column: string): string => `((${column} at time zone 'UTC') + interval '8 hours')::date`;

/**
 * The table statements of a migration. The migration names the tables and measures itself (a
 * `Pick` of the statistics), so that a later change of measures needs a migration of its own.
 */
export async function createStatisticsTables(db: Knex, stats: Pick<MaintainedStatistics, 'factTable' | 'countyTable' | 'measures'>): Promise<void> {
  const measures = stats.measures.map((m) => `${m} integer not null default 0`).join(', ');
  await db.raw(`create table ${stats.factTable} (unit text not null, county_code text not null, period text not null, ${measures})`);
  await db.raw(`create index ${stats.factTable}_unit_idx on ${stats.factTable} (unit)`);
  const sums = stats.measures.map((m) => `${m} bigint not null default 0`).join(', ');
  // county_code in the C collation: `like '44%'` is then an index range, as a region and its children read it.
  await db.raw(`create table ${stats.countyTable} (period text not null, county_code text collate "C" not null, ${sums}, primary key (period, county_code))`);
  await db.raw(`create index ${stats.countyTable}_county_idx on ${stats.countyTable} (county_code, period)`);
}

export async function dropStatisticsTables(db: Knex, stats: Pick<MaintainedStatistics, 'factTable' | 'countyTable'>): Promise<void> {
  await db.raw(`drop table if exists ${stats.countyTable}`);
  await db.raw(`drop table if exists ${stats.factTable}`);
}

/** Facts of the years given only (a period key starts with its year); all of them when null. */
const IN_YEARS = (period: string) => `(cast(:years as int[]) is null or left(${period}, 4)::int = any(cast(:years as int[])))`;

/**
 * Recomputes the facts of `units` and moves the county sums by the difference, in the caller's
 * transaction; `years` narrows it to the periods of those years, for a write that moves nothing
 * else (a follow-up moves its own year only). Concurrent writes to one unit take turns (a
 * transaction-scoped lock per unit), so each sees the facts the one before it committed.
 */
export async function refreshStatistics(
  db: Db,
  stats: MaintainedStatistics,
  units: readonly (string | null | undefined)[],
  options: { years?: readonly number[] } = {},
): Promise<void> {
  const wanted = [...new Set(units.filter((u): u is string => typeof u === 'string'))].sort();
  if (wanted.length === 0) return;
  // The refresh's plan does not depend on its units: planned once per connection (generic), not
  // per write; the caller's setting is back for the rest of its transaction.
  const { rows } = (await db.raw(
    `select current_setting('plan_cache_mode') as before, set_config('plan_cache_mode', 'force_generic_plan', true),
            count(pg_advisory_xact_lock(hashtext(u)))
       from (select unnest(cast(? as text[])) as u order by 1) locks`,
    [wanted],
  )) as { rows: { before: string }[] };
  await refreshStatementOf(stats).rows(db, { units: wanted, years: options.years ? [...new Set(options.years)] : null });
  await db.raw(`select set_config('plan_cache_mode', ?, true)`, [rows[0]!.before]);
}

const refreshStatements = new WeakMap<MaintainedStatistics, PreparedStatement>();

/** The refresh of a unit's facts as one statement, prepared once per connection: planning it takes longer than running it. */
function refreshStatementOf(stats: MaintainedStatistics): PreparedStatement {
  let statement = refreshStatements.get(stats);
  if (statement) return statement;
  const m = stats.measures;
  const list = m.join(', ');
  statement = new PreparedStatement(
    `with old as (
       delete from ${stats.factTable} where unit = any(cast(:units as text[])) and ${IN_YEARS('period')} returning county_code, period, ${list}
     ), new as (
       insert into ${stats.factTable} (unit, county_code, period, ${list})
       select * from (${stats.factsSql}) f where ${IN_YEARS('f.period')} returning county_code, period, ${list}
     ), delta as (
       select county_code, period, ${m.map((x) => `sum(${x}) as ${x}`).join(', ')} from (
         select county_code, period, ${m.map((x) => `-${x} as ${x}`).join(', ')} from old
         union all select county_code, period, ${list} from new
       ) d group by county_code, period
     )
     insert into ${stats.countyTable} (period, county_code, ${list})
     select period, county_code, ${list} from delta where ${m.map((x) => `${x} <> 0`).join(' or ')} order by period, county_code
     on conflict (period, county_code) do update set ${m.map((x) => `${x} = ${stats.countyTable}.${x} + excluded.${x}`).join(', ')}`,
    { inTransactions: true },
  );
  refreshStatements.set(stats, statement);
  return statement;
}

/** Rebuilds the facts and sums from the source tables, `batch` units at a time; `progress` hears (done, total). */
export async function rebuildStatistics(
  db: Knex,
  stats: MaintainedStatistics,
  options: { batch?: number; progress?: (done: number, total: number) => void } = {},
): Promise<void> {
  const batch = options.batch ?? 5000;
  const { rows } = (await db.raw(`select unit from (${stats.unitsSql}) u group by unit order by unit`)) as { rows: { unit: string }[] };
  const units = rows.map((r) => r.unit);
  const list = stats.measures.join(', ');
  await db.transaction(async (trx) => {
    await trx.raw(`delete from ${stats.factTable}`);
    await trx.raw(`delete from ${stats.countyTable}`);
    options.progress?.(0, units.length);
    for (let i = 0; i < units.length; i += batch) {
      await trx.raw(`insert into ${stats.factTable} (unit, county_code, period, ${list}) select * from (${stats.factsSql}) f`, {
        units: units.slice(i, i + batch),
        years: null,
      });
      options.progress?.(Math.min(i + batch, units.length), units.length);
    }
    await trx.raw(
      `insert into ${stats.countyTable} (period, county_code, ${list})
       select period, county_code, ${stats.measures.map((x) => `sum(${x})`).join(', ')} from ${stats.factTable} group by period, county_code`,
    );
  });
}

/** The county sums of one period below a prefix ('' for the country): rows per county, never per person. */
export async function countySums<Measure extends string>(
  db: Db,
  stats: MaintainedStatistics,
  period: string,
  prefix: string,
): Promise<({ county_code: string } & Record<Measure, number>)[]> {
  const { rows } = (await db.raw(`select county_code, ${stats.measures.join(', ')} from ${stats.countyTable} where period = ? and county_code like ?`, [
    period,
    `${prefix}%`,
  ])) as { rows: ({ county_code: string } & Record<Measure, number>)[] };
  return rows;
}

/** Every county sum, ordered: the rebuild's and the maintained figures compare equal through this. */
export async function allCountySums(db: Db, stats: MaintainedStatistics): Promise<Record<string, unknown>[]> {
  const { rows } = (await db.raw(
    `select period, county_code, ${stats.measures.join(', ')} from ${stats.countyTable}
      where ${stats.measures.map((x) => `${x} <> 0`).join(' or ')} order by period, county_code`,
  )) as { rows: Record<string, unknown>[] };
  return rows;
}
