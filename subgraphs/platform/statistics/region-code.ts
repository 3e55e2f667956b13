// Region codes as query arguments: validated once, turned into a county-code prefix for SQL.
import { badInput } from '#platform/graphql/errors.js';
import { divisionPrefix, isDivisionCode } from '#platform/statistics/division.js';
import { anyDivisionPrefix } from '#platform/statistics/division-changes.js';
import { t } from '#platform/i18n/request-language.js';

/** The whole country, as tokens name it: every county. */
const NATIONWIDE = '000000';

/** Validates a 6-digit GB/T 2260 code argument (or 000000, the whole country) and returns the prefix of the counties below it. */
export function regionPrefixArg(code: string, argument = 'regionCode'): string {
  if (code === NATIONWIDE) return '';
  if (!/^\d{6}$/.test(code)) throw badInput(t('input.regionCodeShape', { argument }), argument);
  if (!isDivisionCode(code)) throw badInput(t('input.regionCodeUnknown', { argument }), argument);
  return divisionPrefix(code);
}

/** The prefix of the counties below a region code (current or retired); '' for the whole country; null for a code that was never a division (nothing is there). */
export function regionPrefixOf(code: string): string | null {
  if (code === NATIONWIDE) return '';
  return anyDivisionPrefix(code);
}

/** The longest prefix every one of `prefixes` starts with: a region and its children fall in one index range. */
export function commonPrefix(prefixes: readonly string[]): string {
  let common = prefixes[0] ?? '';
  for (const prefix of prefixes) while (!prefix.startsWith(common)) common = common.slice(0, -1);
  return common;
}

/**
 * Sums per-county rows into each region: for every prefix, each of `columns` over the rows whose
 * county lies below it. Exact when a counted thing has one county. A null prefix (no such region) gets zeros.
 */
export function sumCountiesByRegion<Column extends string>(
  prefixes: readonly (string | null)[],
  rows: readonly ({ county_code: string } & Record<Column, number | string>)[],
  columns: readonly Column[],
): Record<Column, number>[] {
  return prefixes.map((prefix) => {
    const sums = Object.fromEntries(columns.map((column) => [column, 0])) as Record<Column, number>;
    if (prefix === null) return sums;
    for (const row of rows) {
      if (!row.county_code.startsWith(prefix)) continue;
      for (const column of columns) sums[column] += Number(row[column]);
    }
    return sums;
  });
}
