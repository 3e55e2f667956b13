// Complementary suppression (DOMAIN.md §6): no count withheld from analysts may be recomputed by subtraction.
import DataLoader from 'dataloader';
import { type Caller, NATIONWIDE } from '#platform/identity/identity.js';
import { allDivisions } from '#platform/statistics/division.js';
import { type IndicatorsRef, SMALL_CELL_THRESHOLD } from '#platform/statistics/indicators.js';
import { monthPeriod, quarterPeriod, yearPeriod } from '#platform/statistics/period.js';

/** Why a cell is withheld: below the threshold itself, or because a withheld cell could be recomputed from it. */
export type SuppressionCause = 'SMALL_CELL' | 'COMPLEMENTARY';

/** A sum that analysts may see both sides of: the parent cell's count is the sum of its children's (or bounds it). */
export interface CellSum {
  parent: string;
  children: readonly string[];
}

/**
 * The cells withheld from analysts, by cell id. A cell below `threshold` is a small cell; then, in every
 * sum with exactly one withheld cell (which the others would give away), the smallest visible child
 * is withheld too (ties by id), or the parent when no child is visible, until no sum has exactly one.
 * Withholding never undoes itself, so this ends; the same cells always give the same answer.
 */
export function suppressedCells(values: ReadonlyMap<string, number>, sums: readonly CellSum[], threshold: number): Map<string, SuppressionCause> {
  const withheld = new Map<string, SuppressionCause>();
  for (const [id, value] of values) if (value < threshold) withheld.set(id, 'SMALL_CELL');
  const countOf = (id: string) => values.get(id) ?? 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (const { parent, children } of sums) {
      const cells = [parent, ...children];
      if (cells.filter((id) => withheld.has(id)).length !== 1) continue;
      const visible = children.filter((id) => !withheld.has(id)).sort((a, b) => countOf(a) - countOf(b) || a.localeCompare(b));
      withheld.set(visible[0] ?? parent, 'COMPLEMENTARY');
      changed = true;
    }
  }
  return withheld;
}

/** The id of one count of one region and period among the cells `suppressedCells` takes. */
export const cellId = (regionCode: string, period: string, count: string): string => `${regionCode}|${period}|${count}`;

/** A province's own code and every city and county below it, provinces' children first. */
export function regionsOfProvince(code: string): string[] {
  const prefix = code.slice(0, 2);
  return allDivisions()
    .filter((d) => d.code.startsWith(prefix))
    .map((d) => d.code);
}

/** The periods of a year that add up: the year, its quarters and its months, by key. */
export function periodsOfYear(year: number): string[] {
  return [yearPeriod(year).key, ...[1, 2, 3, 4].map((q) => quarterPeriod(year, q).key), ...Array.from({ length: 12 }, (_, m) => monthPeriod(year, m + 1).key)];
}

/**
 * Every sum of a province's counts for one year: each region against its children in each period,
 * and each region's year against its quarters and each quarter against its months. Counts that are
 * not strictly additive (people counted in more than one month) are treated as sums all the same:
 * that only withholds more.
 */
export function provinceYearSums(provinceCode: string, year: number, counts: readonly string[]): CellSum[] {
  const divisions = allDivisions().filter((d) => d.code.startsWith(provinceCode.slice(0, 2)));
  const childrenOf = new Map<string, string[]>();
  for (const d of divisions) {
    if (d.parentCode && d.parentCode !== d.code) childrenOf.set(d.parentCode, [...(childrenOf.get(d.parentCode) ?? []), d.code]);
  }
  const periods = periodsOfYear(year);
  const quarters = periods.slice(1, 5);
  const months = periods.slice(5);
  const sums: CellSum[] = [];
  for (const count of counts) {
    for (const period of periods) {
      for (const [parent, children] of childrenOf) {
        sums.push({ parent: cellId(parent, period, count), children: children.map((c) => cellId(c, period, count)) });
      }
    }
    for (const d of divisions) {
      sums.push({ parent: cellId(d.code, periods[0]!, count), children: quarters.map((q) => cellId(d.code, q, count)) });
      quarters.forEach((q, i) => {
        sums.push({ parent: cellId(d.code, q, count), children: months.slice(i * 3, i * 3 + 3).map((m) => cellId(d.code, m, count)) });
      });
    }
  }
  return sums;
}

/**
 * The cells withheld from analysts in a province's year: `cellsOf` gives the counts of many regions
 * for one period key (an agency's indicator cells); every region of the province and every period
 * of the year is read once, from the maintained per-county sums.
 */
export async function withheldInProvinceYear<Count extends string>(
  provinceCode: string,
  year: number,
  counts: readonly Count[],
  threshold: number,
  cellsOf: (codes: readonly string[], period: string) => Promise<readonly Record<Count, number>[]>,
): Promise<Map<string, SuppressionCause>> {
  const regions = regionsOfProvince(provinceCode);
  const values = new Map<string, number>();
  for (const period of periodsOfYear(year)) {
    const cells = await cellsOf(regions, period);
    regions.forEach((code, i) => {
      for (const count of counts) values.set(cellId(code, period, count), cells[i]![count]);
    });
  }
  return suppressedCells(values, provinceYearSums(provinceCode, year, counts), threshold);
}

/** An agency's withheld cells per `provinceCode|year`, for one request. */
export type WithheldCells = DataLoader<string, ReadonlyMap<string, SuppressionCause>>;

/** The loader of an agency's withheld cells, reading its counts of many regions for one period key with `cellsOf`. */
export function withheldCellsLoader<Count extends string>(
  counts: readonly Count[],
  cellsOf: (codes: readonly string[], period: string) => Promise<readonly Record<Count, number>[]>,
): WithheldCells {
  return new DataLoader((keys) =>
    Promise.all(
      keys.map((key) => {
        const [province, year] = key.split('|') as [string, string];
        return withheldInProvinceYear(province, Number(year), counts, SMALL_CELL_THRESHOLD, cellsOf);
      }),
    ),
  );
}

/**
 * For analysts, whether a small cell could be recomputed from any of these counts of the entity's
 * region and period (a count or a rate over them is then withheld); never for other roles, nor for
 * the country (its figures are the sum of provinces that each protect their own small cells).
 */
export async function withheldAsComplement(caller: Caller, ref: IndicatorsRef, withheld: WithheldCells, counts: readonly string[]): Promise<boolean> {
  if (caller.role !== 'ANALYST' || ref.regionCode === NATIONWIDE || !/^\d{6}$/.test(ref.regionCode)) return false;
  const cells = await withheld.load(`${ref.regionCode.slice(0, 2)}0000|${ref.year}`);
  return counts.some((count) => cells.get(cellId(ref.regionCode, ref.period, count)) === 'COMPLEMENTARY');
}
