// Where demo people live: about 60 % in Guangdong's counties (the demo region), the rest anywhere in China.
import { countyDivisions, findDivision, type Division } from '#platform/statistics/division.js';
import { Random } from './random.js';

/** GB/T 2260 province prefix of Guangdong (440000). */
export const DEMO_PROVINCE_PREFIX = '44';
const DEMO_PROVINCE_SHARE = 0.6;

let counties: { demo: Division[]; all: Division[] } | undefined;

function countyLists(): NonNullable<typeof counties> {
  counties ??= {
    demo: countyDivisions().filter((county) => county.code.startsWith(DEMO_PROVINCE_PREFIX)),
    all: countyDivisions(),
  };
  return counties;
}

/**
 * The county of person `index`. It has its own stream so that the seeder can learn every
 * county with people (to create institutions and courses first) without generating them.
 */
export function residenceCounty(seed: number, index: number): string {
  const random = Random.for(seed, 'residence', index);
  const { demo, all } = countyLists();
  return random.chance(DEMO_PROVINCE_SHARE) ? random.pick(demo).code : random.pick(all).code;
}

export function countyName(code: string): string {
  return findDivision(code)?.name ?? code;
}

/**
 * The name a local hospital or company would carry: the prefecture-level city, or the
 * province where the city level is only a placeholder ("市辖区", "省直辖县级行政区划").
 */
export function cityName(countyCode: string): string {
  const county = findDivision(countyCode);
  const city = county?.parentCode ? findDivision(county.parentCode) : undefined;
  if (city && city.code !== countyCode && /(市|州|盟|地区)$/.test(city.name)) return city.name;
  if (county && /市$/.test(county.name)) return county.name;
  return findDivision(`${countyCode.slice(0, 2)}0000`)?.name ?? countyName(countyCode);
}
