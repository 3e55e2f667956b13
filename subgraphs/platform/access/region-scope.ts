// Region scope: which counties a caller may see, as a county-code prefix for SQL.
import { divisionPrefix } from '#platform/statistics/division.js';
import { type Caller, NATIONWIDE } from '#platform/identity/identity.js';

/** The county-code prefix of the caller's scope; '' for the whole country. */
export function callerPrefix(caller: Caller): string {
  return caller.regionCode === NATIONWIDE ? '' : divisionPrefix(caller.regionCode);
}

/**
 * The part of a requested region that the caller may see: the narrower of the two prefixes
 * when one contains the other, null when they do not overlap.
 */
export function scopedPrefix(caller: Caller, requestedPrefix: string): string | null {
  const own = callerPrefix(caller);
  if (requestedPrefix.startsWith(own)) return requestedPrefix;
  if (own.startsWith(requestedPrefix)) return own;
  return null;
}

export function inScope(caller: Caller, countyCode: string): boolean {
  return countyCode.startsWith(callerPrefix(caller));
}
