// The action's indicators as the agencies share them: keyed by (regionCode, year), targets, and small-cell suppression for analysts.
import type { Knex } from 'knex';
import { LRUCache } from 'lru-cache';
import { ErrorCode, graphError } from '#platform/graphql/errors.js';
import type { Caller } from '#platform/identity/identity.js';
import { t } from '#platform/i18n/request-language.js';

/** The key every agency's RehabIndicators entity resolves: the region, and the period (DOMAIN.md §5) with its year. */
export interface IndicatorsRef {
  regionCode: string;
  year: number;
  /** A period key: `2026`, `2026-Q3` or `2026-07` (see period.ts); an entity of the old key (region and year) means the year. */
  period: string;
}

/** The key an agency resolves, from a representation the gateway sent (one without a period asks for the year). */
export const indicatorsRefOf = (ref: { regionCode: string; year: number; period?: string | null }): IndicatorsRef => ({
  regionCode: ref.regionCode,
  year: ref.year,
  period: ref.period ?? String(ref.year),
});

/**
 * The action plan's yearly targets (notice 民发〔2022〕104号, DOMAIN.md §1 and §5), by the
 * indicator they apply to: a rate of at least this share by the year's end.
 */
export const ACTION_TARGETS = {
  coverageRate: { 2023: 0.5, 2024: 0.65, 2025: 0.8 },
  standardizedServiceRate: { 2023: 0.3, 2024: 0.45, 2025: 0.6 },
} as const satisfies Record<string, Record<number, number>>;

/** The target of `indicator` for `year`, or null in a year the action plan sets none. */
export function actionTarget(indicator: keyof typeof ACTION_TARGETS, year: number): number | null {
  return (ACTION_TARGETS[indicator] as Record<number, number>)[year] ?? null;
}

/** DOMAIN.md §6: an analyst never sees a count of fewer than 5 people. */
export const SMALL_CELL_THRESHOLD = 5;

function suppressed(): never {
  throw graphError(ErrorCode.SMALL_CELL_SUPPRESSED, t('access.smallCell', { threshold: SMALL_CELL_THRESHOLD }), {
    reason: t('access.smallCellReason', { threshold: SMALL_CELL_THRESHOLD }),
    cause: 'SMALL_CELL',
    threshold: SMALL_CELL_THRESHOLD,
  });
}

/** A count of 5 or more withheld because a small cell could be recomputed from it (complementary.ts). */
function suppressedComplementary(): never {
  throw graphError(ErrorCode.SMALL_CELL_SUPPRESSED, t('access.complementaryCell'), {
    reason: t('access.complementaryCellReason', { threshold: SMALL_CELL_THRESHOLD }),
    cause: 'COMPLEMENTARY',
    threshold: SMALL_CELL_THRESHOLD,
  });
}

/**
 * A count of people as the caller may see it: for analysts, below the threshold it is null with the reason in the error's extensions,
 * and so it is when `complementary` says a small cell could be recomputed from it.
 */
export function peopleCount(caller: Caller, count: number, complementary = false): number {
  if (caller.role === 'ANALYST' && count < SMALL_CELL_THRESHOLD) suppressed();
  if (caller.role === 'ANALYST' && complementary) suppressedComplementary();
  return count;
}

/** numerator ÷ denominator, null when nobody is counted; for analysts, suppressed when either count is a small cell or withheld as a complement. */
export function rateOf(caller: Caller, numerator: number, denominator: number, complementary = false): number | null {
  if (denominator === 0) return null;
  if (caller.role === 'ANALYST' && (numerator < SMALL_CELL_THRESHOLD || denominator < SMALL_CELL_THRESHOLD)) suppressed();
  if (caller.role === 'ANALYST' && complementary) suppressedComplementary();
  return numerator / denominator;
}

/** A mean over the people counted: for analysts, suppressed when they are a small cell, because it tells too much about each of them. */
export function meanOf(caller: Caller, mean: number | null, people: number, complementary = false): number | null {
  if (mean === null) return null;
  peopleCount(caller, people, complementary);
  return mean;
}

/** One client request of one caller: the gateway forwards the request's id to every subgraph call it makes for it. */
export interface RequestScope {
  requestId: string;
  caller: Caller;
}

/**
 * One statement behind an agency's indicators, as knex's `raw` takes it (`?` or `:name` bindings):
 * the agency's data function runs it, and the bench's floor runs the same statement directly.
 */
export interface IndicatorStatement {
  sql: string;
  bindings: readonly Knex.RawBinding[] | Knex.ValueDict;
}

/** Runs a statement, or hands back its result from an earlier call of the same request with the same parameters. */
export type SharedStatement = <T>(parameters: readonly unknown[], run: () => Promise<T>) => Promise<T>;

const SHARED_FOR_MS = 60_000;
const SHARED_ENTRIES = 1000;
const kept = new WeakMap<object, LRUCache<string, Promise<unknown>>>();

/** The statements' results kept for one database: the least recently used goes first, none outlives SHARED_FOR_MS. */
function keptFor(db: object): LRUCache<string, Promise<unknown>> {
  let results = kept.get(db);
  if (!results) {
    results = new LRUCache({ max: SHARED_ENTRIES, ttl: SHARED_FOR_MS });
    kept.set(db, results);
  }
  return results;
}

const runNow: SharedStatement = (_parameters, run) => run();

/**
 * The gateway fetches a region's indicators and its children's in two calls to a subgraph,
 * and both need the same per-county statement. Its result is kept, per database, for the later
 * calls of that one client request by that one caller (the request id and every field of the
 * caller are in the key), for a minute at most: nothing is shared between requests or callers.
 * Without a scope every statement runs.
 */
export function requestSharedStatements(db: object, scope: RequestScope | undefined): SharedStatement {
  if (!scope) return runNow;
  const { caller } = scope;
  const owner = [scope.requestId, caller.subject, caller.role, caller.regionCode, caller.institutionId, caller.purpose, caller.tokenId];
  return <T>(parameters: readonly unknown[], run: () => Promise<T>): Promise<T> => {
    const results = keptFor(db);
    const key = JSON.stringify([...owner, ...parameters]);
    const found = results.get(key);
    if (found) return found as Promise<T>;
    const result = run();
    results.set(key, result);
    // A failed statement is not shared: the next call runs it again (unless a newer run took its place).
    result.catch(() => {
      if (results.get(key) === result) results.delete(key);
    });
    return result;
  };
}
