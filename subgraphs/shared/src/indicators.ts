// The action's indicators as the agencies share them: keyed by (regionCode, year), targets, and small-cell suppression for analysts.
import { ErrorCode, graphError } from './errors.js';
import type { Caller } from './auth/identity.js';

/** The key every agency's RehabIndicators entity resolves. */
export interface IndicatorsRef {
  regionCode: string;
  year: number;
}

/** DOMAIN.md §6: an analyst never sees a count of fewer than 5 people. */
export const SMALL_CELL_THRESHOLD = 5;

function suppressed(): never {
  throw graphError(ErrorCode.SMALL_CELL_SUPPRESSED, `suppressed: fewer than ${SMALL_CELL_THRESHOLD} people`, {
    reason: `a count below ${SMALL_CELL_THRESHOLD} people, or a figure computed from one, is withheld from analysts`,
    threshold: SMALL_CELL_THRESHOLD,
  });
}

/** A count of people as the caller may see it: for analysts, below the threshold it is null with the reason in the error's extensions. */
export function peopleCount(caller: Caller, count: number): number {
  if (caller.role === 'ANALYST' && count < SMALL_CELL_THRESHOLD) suppressed();
  return count;
}

/** numerator ÷ denominator, null when nobody is counted; for analysts, suppressed when either count is a small cell. */
export function rateOf(caller: Caller, numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  if (caller.role === 'ANALYST' && (numerator < SMALL_CELL_THRESHOLD || denominator < SMALL_CELL_THRESHOLD)) suppressed();
  return numerator / denominator;
}
