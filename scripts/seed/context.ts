// The run-wide state of one seed: institutions, courses, unique citizen IDs, occupancy and which stories are still untold.
import { dayOf, yearOf } from './calendar.js';
import { buildInstitutionRegisters, buildInstitutions, InstitutionRoster } from './institutions.js';
import { CitizenIdRegistry } from './people.js';
import { SCENARIO_NAMES } from './referral-scenarios.js';
import type { ReferralState } from './referrals.js';
import { residenceCounty } from './residence.js';
import type { DbInstitutionRow, DbTrainingCourseRow, WelfareRows } from './tables.js';
import { buildCourses, CourseCatalogue } from './training-courses.js';

/** The reference day of demo data: fixed so that the same seed always gives the same rows. */
export const DEFAULT_TODAY = '2026-11-01';

export interface SeedContextOptions {
  seed: number;
  people: number;
  linkageKey: Buffer;
  /** ISO date; nothing happens after it. */
  today?: string;
}

/**
 * Shared by the people of one run and updated as they are generated in index order, which
 * is why the result does not depend on chunk sizes.
 */
export interface SeedContext extends ReferralState {
  seed: number;
  linkageKey: Buffer;
  courses: CourseCatalogue;
  citizenIds: CitizenIdRegistry;
}

export interface SeedSetup {
  context: SeedContext;
  /** Written before any person: referrals and enrolments point at them. */
  institutions: DbInstitutionRow[];
  /** Civil affairs' registers around the institutions: staff, their training hours, social workers. */
  registers: Pick<WelfareRows, 'institution_staff' | 'staff_training' | 'social_worker'>;
  courses: DbTrainingCourseRow[];
}

export function createSeedContext(options: SeedContextOptions): SeedSetup {
  const counties = new Set<string>();
  for (let index = 0; index < options.people; index++) counties.add(residenceCounty(options.seed, index));
  // Sorted so that the rows come out in the same order whatever order people arrived in.
  const sorted = [...counties].sort();
  const institutions = sorted.flatMap((county) => buildInstitutions(options.seed, county));
  const courses = sorted.flatMap((county) => buildCourses(options.seed, county));
  const today = dayOf(options.today ?? DEFAULT_TODAY);
  const registers = buildInstitutionRegisters(options.seed, institutions, yearOf(today));
  const directStaff = new Map<string, string[]>();
  for (const member of registers.institution_staff) {
    if (member.direct_service) directStaff.set(member.institution_id, [...(directStaff.get(member.institution_id) ?? []), member.id]);
  }
  return {
    context: {
      seed: options.seed,
      linkageKey: options.linkageKey,
      today,
      roster: new InstitutionRoster(institutions),
      directStaff,
      courses: new CourseCatalogue(courses),
      citizenIds: new CitizenIdRegistry(),
      untold: new Set(SCENARIO_NAMES),
    },
    institutions,
    registers,
    courses,
  };
}
