// Community rehabilitation institutions per county with their prices, staff, training and social workers, and the roster that keeps occupancy within capacity.
import { dayOf, instantOf, isoTimestamp } from './calendar.js';
import { Random } from './random.js';
import { countyName } from './residence.js';
import { OCCUPYING_STATUSES, type ReferralStatus } from '../../subgraphs/welfare/src/domain/referral-workflow.js';
import type { DbInstitutionRow, DbInstitutionStaffRow, DbReferralRow, DbSocialWorkerRow, DbStaffTrainingRow, ServiceForm } from './tables.js';

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
  // Prices come from a stream of their own, so that adding them changed nothing drawn above.
  return rows.map((row) => ({ ...row, prices: JSON.stringify(buildPrices(seed, row)) }));
}

/** Day training is what almost every centre offers; the other forms are added at random. */
function serviceForms(random: Random): ServiceForm[] {
  const forms = SERVICE_FORMS.filter((form) => (form === 'DAY_TRAINING' ? random.chance(0.9) : random.chance(0.45)));
  return forms.length > 0 ? forms : ['DAY_TRAINING'];
}

/** Published price per service form: fen per unit, from-to; peer and family groups are mostly free. */
const PRICE_LIST: Record<(typeof SERVICE_FORMS)[number], { unit: 'DAY' | 'MONTH' | 'SESSION'; yuan: readonly [number, number]; free: number }> = {
  DAY_TRAINING: { unit: 'DAY', yuan: [10, 40], free: 0.3 },
  TRANSITIONAL_HOUSING: { unit: 'MONTH', yuan: [400, 1500], free: 0 },
  HOME_SUPPORT: { unit: 'SESSION', yuan: [30, 120], free: 0.2 },
  PEER_SUPPORT: { unit: 'SESSION', yuan: [10, 30], free: 0.7 },
  FAMILY_EXCHANGE: { unit: 'SESSION', yuan: [10, 30], free: 0.7 },
};

/** One published price for each service form the institution offers, the same for a given (seed, institution). */
export function buildPrices(
  seed: number,
  institution: Pick<DbInstitutionRow, 'id' | 'service_forms'>,
): { serviceForm: string; priceCents: number; unit: string }[] {
  const random = Random.for(seed, 'institution-price', institution.id);
  return institution.service_forms.map((form) => {
    const entry = PRICE_LIST[form as keyof typeof PRICE_LIST];
    const [low, high] = entry.yuan;
    return { serviceForm: form, priceCents: random.chance(entry.free) ? 0 : random.int(low, high) * 100, unit: entry.unit };
  });
}

/** Share of each role with a professional qualification: the action asks for at least 30 % of staff. */
const QUALIFIED_SHARE = { PSYCHIATRIST: 0.95, NURSE: 0.85, REHAB_THERAPIST: 0.5, SOCIAL_WORKER: 0.35 } as const;

/**
 * The staff of an institution, from a stream of its own: a psychiatrist or a nurse, a rehab
 * therapist and one to three social workers, nearly all in direct service; all joined when
 * the institution opened.
 */
export function buildInstitutionStaff(seed: number, institution: Pick<DbInstitutionRow, 'id' | 'created_at'>): DbInstitutionStaffRow[] {
  const random = Random.for(seed, 'staff', institution.id);
  const roles: DbInstitutionStaffRow['role'][] = [random.chance(0.4) ? 'PSYCHIATRIST' : 'NURSE', 'REHAB_THERAPIST'];
  for (let n = random.int(1, 3); n > 0; n--) roles.push('SOCIAL_WORKER');
  return roles.map((role) => ({
    id: random.uuid(),
    institution_id: institution.id,
    role,
    qualified: random.chance(QUALIFIED_SHARE[role]),
    direct_service: role !== 'SOCIAL_WORKER' || random.chance(0.85),
    created_at: institution.created_at,
  }));
}

/** Training hours of a staff member in each year: most reach the 20 hours the action asks for, some fall short. */
export function buildStaffTraining(seed: number, staff: Pick<DbInstitutionStaffRow, 'id'>, years: readonly number[]): DbStaffTrainingRow[] {
  const random = Random.for(seed, 'staff-training', staff.id);
  return years.map((year) => ({ staff_id: staff.id, year, hours: random.chance(0.8) ? random.int(20, 60) : random.int(4, 19) }));
}

/** One or two social workers registered in a county, with subjects `sw-<county>-<n>`. */
export function buildSocialWorkers(seed: number, countyCode: string): DbSocialWorkerRow[] {
  const random = Random.for(seed, 'social-worker', countyCode);
  const count = random.chance(0.5) ? 2 : 1;
  const rows: DbSocialWorkerRow[] = [];
  for (let n = 1; n <= count; n++) {
    rows.push({
      id: random.uuid(),
      county_code: countyCode,
      subject: `sw-${countyCode}-${n}`,
      qualified: random.chance(0.6),
      created_at: isoTimestamp(instantOf(random.int(FIRST_OPENING, LAST_OPENING), random.int(540, 1020))),
    });
  }
  return rows;
}

/** The first year of the platform: training hours are kept from it on. */
const FIRST_TRAINING_YEAR = 2023;

/**
 * Civil affairs' registers around the institutions: their staff with training hours for each
 * year from 2023 to `lastYear`, and the social workers of every county that has an institution.
 */
export function buildInstitutionRegisters(
  seed: number,
  institutions: readonly DbInstitutionRow[],
  lastYear: number,
): { institution_staff: DbInstitutionStaffRow[]; staff_training: DbStaffTrainingRow[]; social_worker: DbSocialWorkerRow[] } {
  const years: number[] = [];
  for (let year = FIRST_TRAINING_YEAR; year <= lastYear; year++) years.push(year);
  const staff = institutions.flatMap((institution) => buildInstitutionStaff(seed, institution));
  const counties = [...new Set(institutions.map((institution) => institution.county_code))].sort();
  return {
    institution_staff: staff,
    staff_training: staff.flatMap((member) => buildStaffTraining(seed, member, years)),
    social_worker: counties.flatMap((county) => buildSocialWorkers(seed, county)),
  };
}

/**
 * The institutions by county with the places taken by cases that end the seed in an
 * occupying status (OCCUPYING_STATUSES). People are generated in index order, so who gets
 * the last place in a county is deterministic.
 */
export class InstitutionRoster {
  private readonly byCounty = new Map<string, DbInstitutionRow[]>();
  private readonly occupied = new Map<string, number>();
  /** The service forms each institution offers, by id. */
  readonly serviceForms = new Map<string, readonly ServiceForm[]>();

  constructor(institutions: readonly DbInstitutionRow[]) {
    for (const institution of institutions) {
      this.serviceForms.set(institution.id, institution.service_forms);
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

/**
 * A case waits only where its county has no free place (issue 16). The demo's counties are
 * roomy, so each county where a case ends on the waiting list is made full: its institutions
 * keep as many places as they hold cases at the end. Changes `institutions` in place and
 * returns the rows it changed.
 */
export function fillWaitingCounties(
  institutions: DbInstitutionRow[],
  referrals: Iterable<Pick<DbReferralRow, 'status' | 'county_code' | 'institution_id'>>,
): DbInstitutionRow[] {
  const waiting = new Set<string>();
  const occupied = new Map<string, number>();
  for (const referral of referrals) {
    if (referral.status === 'WAITLISTED') waiting.add(referral.county_code);
    if (referral.institution_id !== null && OCCUPYING_STATUSES.includes(referral.status as ReferralStatus))
      occupied.set(referral.institution_id, (occupied.get(referral.institution_id) ?? 0) + 1);
  }
  const changed: DbInstitutionRow[] = [];
  for (const institution of institutions) {
    if (!waiting.has(institution.county_code)) continue;
    institution.capacity = occupied.get(institution.id) ?? 0;
    changed.push(institution);
  }
  return changed;
}
