// Community rehabilitation institutions per county, and the roster that keeps their occupancy within capacity.
import { dayOf, instantOf, isoTimestamp } from './calendar.js';
import { Random } from './random.js';
import { countyName } from './residence.js';
import type { DbInstitutionRow } from './tables.js';

/** Service forms of the 2022 notice: day training and vocational rehab, housing, home support, peers, families. */
export const SERVICE_FORMS = ['DAY_TRAINING', 'TRANSITIONAL_HOUSING', 'HOME_SUPPORT', 'PEER_SUPPORT', 'FAMILY_EXCHANGE'] as const;

const FIRST_OPENING = dayOf('2019-01-01');
const LAST_OPENING = dayOf('2022-12-31');

/**
 * One or two institutions for a county, the same for a given (seed, county) whatever else
 * is generated. All opened before the platform started in 2023.
 */
export function buildInstitutions(seed: number, countyCode: string): DbInstitutionRow[] {
  const random = Random.for(seed, 'institution', countyCode);
  const count = random.chance(0.35) ? 2 : 1;
  const rows: DbInstitutionRow[] = [];
  for (let n = 0; n < count; n++) {
    rows.push({
      id: random.uuid(),
      name: `${countyName(countyCode)}${n === 0 ? '' : '第二'}精神障碍社区康复服务中心`,
      county_code: countyCode,
      capacity: random.int(15, 80),
      service_forms: serviceForms(random),
      created_at: isoTimestamp(instantOf(random.int(FIRST_OPENING, LAST_OPENING), random.int(540, 1020))),
    });
  }
  return rows;
}

/** Day training is what almost every centre offers; the other forms are added at random. */
function serviceForms(random: Random): string[] {
  const forms = SERVICE_FORMS.filter((form) => (form === 'DAY_TRAINING' ? random.chance(0.9) : random.chance(0.45)));
  return forms.length > 0 ? forms : ['DAY_TRAINING'];
}

/**
 * The institutions by county with the places taken by cases that end the seed in an
 * occupying status (OCCUPYING_STATUSES). People are generated in index order, so who gets
 * the last place in a county is deterministic.
 */
export class InstitutionRoster {
  private readonly byCounty = new Map<string, DbInstitutionRow[]>();
  private readonly occupied = new Map<string, number>();

  constructor(institutions: readonly DbInstitutionRow[]) {
    for (const institution of institutions) {
      const list = this.byCounty.get(institution.county_code) ?? [];
      list.push(institution);
      this.byCounty.set(institution.county_code, list);
    }
  }

  counties(): string[] {
    return [...this.byCounty.keys()];
  }

  /** Any institution of the county, for a dispatch that does not hold a place at the end. */
  anyIn(countyCode: string, random: Random): DbInstitutionRow | undefined {
    const list = this.byCounty.get(countyCode);
    return list && list.length > 0 ? random.pick(list) : undefined;
  }

  /** An institution of the county with a free place, starting from a random one; none when all are full. */
  withFreePlace(countyCode: string, random: Random): DbInstitutionRow | undefined {
    const list = this.byCounty.get(countyCode) ?? [];
    const start = list.length > 0 ? random.int(0, list.length - 1) : 0;
    for (let k = 0; k < list.length; k++) {
      const institution = list[(start + k) % list.length];
      if (institution && this.occupancy(institution.id) < institution.capacity) return institution;
    }
    return undefined;
  }

  /** Takes a place; the caller checked withFreePlace in the same synchronous step. */
  occupy(institutionId: string): void {
    this.occupied.set(institutionId, this.occupancy(institutionId) + 1);
  }

  occupancy(institutionId: string): number {
    return this.occupied.get(institutionId) ?? 0;
  }
}
