// The run-wide state of one seed: institutions, courses, unique citizen IDs, occupancy and which stories are still untold.
import { dayOf } from './calendar.js';
import { buildInstitutions, InstitutionRoster } from './institutions.js';
import { CitizenIdRegistry } from './people.js';
import { SCENARIO_NAMES } from './referral-scenarios.js';
import type { ReferralState } from './referrals.js';
import { residenceCounty } from './residence.js';
import type { DbInstitutionRow, DbTrainingCourseRow } from './tables.js';
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
  courses: DbTrainingCourseRow[];
}

export function createSeedContext(options: SeedContextOptions): SeedSetup {
  const counties = new Set<string>();
  for (let index = 0; index < options.people; index++) counties.add(residenceCounty(options.seed, index));
  // Sorted so that the rows come out in the same order whatever order people arrived in.
  const sorted = [...counties].sort();
  const institutions = sorted.flatMap((county) => buildInstitutions(options.seed, county));
  const courses = sorted.flatMap((county) => buildCourses(options.seed, county));
  return {
    context: {
      seed: options.seed,
      linkageKey: options.linkageKey,
      today: dayOf(options.today ?? DEFAULT_TODAY),
      roster: new InstitutionRoster(institutions),
      courses: new CourseCatalogue(courses),
      citizenIds: new CitizenIdRegistry(),
      untold: new Set(SCENARIO_NAMES),
    },
    institutions,
    courses,
  };
}
