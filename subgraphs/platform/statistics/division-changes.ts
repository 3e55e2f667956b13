// Division codes that GB/T 2260 retired, and their successors (DOMAIN.md §5): a series names each period's region by the code valid then.
import { type DivisionLevel, divisionPrefix, isDivisionCode } from './division.js';

/** A code retired on `since` (China day) in favour of `successor`; records made before then carry the old code. */
export interface DivisionChange {
  retired: string;
  successor: string;
  level: DivisionLevel;
  since: string;
  name: string;
}

/** The changes the civil-affairs division list records, oldest first. */
export const DIVISION_CHANGES: readonly DivisionChange[] = [
  { retired: '110228', successor: '110118', level: 'COUNTY', since: '2015-11-13', name: '密云县 → 密云区' },
  { retired: '110229', successor: '110119', level: 'COUNTY', since: '2015-11-13', name: '延庆县 → 延庆区' },
  { retired: '310230', successor: '310151', level: 'COUNTY', since: '2016-07-22', name: '崇明县 → 崇明区' },
  { retired: '371200', successor: '370100', level: 'CITY', since: '2019-01-09', name: '莱芜市 → 济南市' },
  { retired: '371202', successor: '370116', level: 'COUNTY', since: '2019-01-09', name: '莱城区 → 莱芜区' },
  { retired: '371203', successor: '370117', level: 'COUNTY', since: '2019-01-09', name: '钢城区 → 钢城区（济南）' },
];

const byRetired = new Map(DIVISION_CHANGES.map((change) => [change.retired, change]));

/** A code that was a division once and is no longer. */
export const isRetiredCode = (code: string): boolean => byRetired.has(code);

/** The county prefix of a retired code, as its level gives it. */
export function retiredPrefix(code: string): string | null {
  const change = byRetired.get(code);
  if (!change) return null;
  return change.level === 'PROVINCE' ? code.slice(0, 2) : change.level === 'CITY' ? code.slice(0, 4) : code;
}

/** The county prefix of a current or retired division code; null for neither. */
export function anyDivisionPrefix(code: string): string | null {
  return isDivisionCode(code) ? divisionPrefix(code) : retiredPrefix(code);
}

/**
 * The code that names `code`'s region on the China day `day`: a retired code maps forward to its
 * successor from the change on, and a successor maps back to the one code it replaced before it
 * (a city that absorbed another stays itself: its own code was valid all along).
 */
export function codeValidOn(code: string, day: string): string {
  let current = code;
  for (let change = byRetired.get(current); change && day >= change.since; change = byRetired.get(current)) current = change.successor;
  for (;;) {
    const earlier = DIVISION_CHANGES.filter((c) => c.successor === current && c.level === 'COUNTY' && day < c.since && isSameRegionRename(c));
    if (earlier.length !== 1) return current;
    current = earlier[0]!.retired;
  }
}

/** A county renamed (or re-coded) one for one, as opposed to a city merged into another. */
const isSameRegionRename = (change: DivisionChange): boolean => DIVISION_CHANGES.filter((c) => c.successor === change.successor).length === 1;
