// Demo people: a valid, unique citizen ID (kept in memory only), the pid derived from it, name, sex, birth date, county.
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { derivePid } from '#platform/identity/pid.js';
import { dayOf, isoDate } from './calendar.js';
import { personalName, surname } from './names.js';
import type { Random, Weighted } from './random.js';
import { residenceCounty } from './residence.js';

export interface Person {
  index: number;
  /** Only used to derive the pid; never written to any table or log. */
  citizenId: string;
  pid: string;
  name: string;
  familyName: string;
  sex: 'M' | 'F';
  birthDay: number;
  countyCode: string;
}

/** Birth decades weighted like the registered population: few under 25 or over 70. */
const BIRTH_DECADES: Weighted<readonly [number, number]> = [
  [[1950, 1959], 10],
  [[1960, 1969], 20],
  [[1970, 1979], 25],
  [[1980, 1989], 25],
  [[1990, 1999], 15],
  [[2000, 2006], 5],
];

/**
 * Keeps citizen IDs unique across the run. Keys are numbers rather than the ID strings so
 * that a national-scale seed (millions of people) stays within memory.
 */
export class CitizenIdRegistry {
  private readonly taken = new Set<number>();

  /** The first free sequence from `sequence` on, stepping by 2 so that the sex digit is kept. */
  claim(countyCode: string, birthDay: number, sequence: number): number {
    for (let step = 0; step < 500; step++) {
      const candidate = (sequence + 2 * step) % 1000;
      const key = (Number(countyCode) * 40_000 + (birthDay + 10_000)) * 1000 + candidate;
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return candidate;
      }
    }
    throw new RangeError('no free citizen ID sequence left for one county and birth date');
  }
}

export function generatePersonIdentity(random: Random, seed: number, index: number, linkageKey: Buffer, ids: CitizenIdRegistry): Person {
  const countyCode = residenceCounty(seed, index);
  const [fromYear, toYear] = random.weighted(BIRTH_DECADES);
  const birthDay = random.int(dayOf(`${fromYear}-01-01`), dayOf(`${toYear}-12-31`));
  const sex = random.chance(0.5) ? 'M' : 'F';
  // GB 11643: the sequence's last digit is odd for men, even for women.
  const sequence = ids.claim(countyCode, birthDay, random.int(0, 499) * 2 + (sex === 'M' ? 1 : 0));
  const citizenId = buildCitizenId(countyCode, isoDate(birthDay), sequence);
  const familyName = surname(random);
  return {
    index,
    citizenId,
    pid: derivePid(citizenId, linkageKey),
    name: personalName(random, sex, familyName),
    familyName,
    sex,
    birthDay,
    countyCode,
  };
}
