// Reads each figure of a RegionIndicators answer as a cell: a number, "suppressed" (a small cell withheld from analysts), or missing with the reason the answer gives.
import type { IndicatorFiguresFragment } from '../../schema/generated/graphql.js';
import type { AnswerError } from './graphql-client.js';
import { figureOf, INDICATORS, type IndicatorKey } from './indicators.js';
import { tr } from './i18n.js';

export type Cell = { kind: 'value'; value: number } | { kind: 'suppressed'; reason: string } | { kind: 'missing'; reason: string };

export interface DivisionCells {
  code: string;
  name: string;
  cells: Record<IndicatorKey, Cell>;
}

export const SMALL_CELL_SUPPRESSED = 'SMALL_CELL_SUPPRESSED';

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => part === path[i]);
}

/** The error that explains a null at `path`: one at that very path, else the nearest one above it (e.g. an agency that did not answer). */
export function errorAt(errors: readonly AnswerError[], path: readonly (string | number)[]): AnswerError | undefined {
  return errors.filter((error) => error.path !== undefined && startsWith(path, error.path)).sort((a, b) => (b.path?.length ?? 0) - (a.path?.length ?? 0))[0];
}

/** A figure and the answer's errors as one cell; a null never reads as 0. */
export function cellOf(value: number | null | undefined, path: readonly (string | number)[], errors: readonly AnswerError[]): Cell {
  if (typeof value === 'number') return { kind: 'value', value };
  const error = errorAt(errors, path);
  if (error?.extensions?.code === SMALL_CELL_SUPPRESSED) return { kind: 'suppressed', reason: error.message };
  if (error) return { kind: 'missing', reason: typeof error.extensions?.code === 'string' ? `${error.extensions.code}: ${error.message}` : error.message };
  return { kind: 'missing', reason: tr('web.noData') };
}

/** Every indicator of one division; `path` is where its figures sit in the answer (e.g. ['rehabIndicators', 'children', 3]). */
export function divisionCells(
  figures: IndicatorFiguresFragment,
  name: string,
  path: readonly (string | number)[],
  errors: readonly AnswerError[],
): DivisionCells {
  const cells = Object.fromEntries(INDICATORS.map(({ key }) => [key, cellOf(figureOf(figures, key), [...path, key], errors)])) as Record<IndicatorKey, Cell>;
  return { code: figures.regionCode, name, cells };
}
