// Social assistance and disability subsidies a person receives from civil affairs (about 30 % of people).
import { dayOf, isoDate, yearOf } from './calendar.js';
import type { Person } from './people.js';
import type { Random } from './random.js';
import type { Registration } from './registry-records.js';
import type { BenefitKind, DbBenefitRow, DbDisabilityCertificateRow, DbRiskAssessmentRow } from './tables.js';

const FIRST_BENEFIT = dayOf('2014-01-01');
const YEAR = 365;

/** Monthly amounts in whole yuan, from-to, in line with Guangdong's 2024-2025 standards. */
const MONTHLY_YUAN: Record<BenefitKind, readonly [number, number]> = {
  // The allowance tops household income up to the local standard, so the payment varies.
  MINIMUM_LIVING_ALLOWANCE: [400, 1300],
  EXTREME_POVERTY_SUPPORT: [1300, 2200],
  TEMPORARY_ASSISTANCE: [500, 3000],
  DISABILITY_LIVING_SUBSIDY: [80, 200],
  SEVERE_DISABILITY_NURSING_SUBSIDY: [100, 300],
  GUARDIANSHIP_INCENTIVE: [100, 250],
};

interface BenefitInputs {
  random: Random;
  person: Person;
  registration: Registration;
  certificate: DbDisabilityCertificateRow | undefined;
  risk: readonly DbRiskAssessmentRow[];
  today: number;
}

export function generateBenefits(inputs: BenefitInputs): DbBenefitRow[] {
  const { random, certificate, registration } = inputs;
  const rows: DbBenefitRow[] = [];
  const last = Math.min(inputs.today, registration.endDay ?? inputs.today) - 1;
  const from = Math.max(FIRST_BENEFIT, inputs.person.birthDay + 18 * YEAR);
  if (from > last - 30) return rows;
  const add = (kind: BenefitKind, startDay: number, endDay: number | null): void => {
    const [low, high] = MONTHLY_YUAN[kind];
    rows.push({
      pid: inputs.person.pid,
      kind,
      county_code: inputs.person.countyCode,
      started_on: isoDate(startDay),
      ended_on: endDay === null ? null : isoDate(endDay),
      monthly_amount_cents: random.int(low, high) * 100,
    });
  };
  // The two subsidies and the allowance are long-running; a person who died or moved away has them ended then.
  const closing = (startDay: number): number | null => {
    if (registration.endDay !== null) return last;
    return random.chance(0.25) ? Math.min(last, startDay + random.int(180, 1500)) : null;
  };
  const poor = random.chance(0.16);
  if (poor) {
    const kind = random.chance(0.8) ? 'MINIMUM_LIVING_ALLOWANCE' : 'EXTREME_POVERTY_SUPPORT';
    const start = random.int(from, last - 30);
    add(kind, start, closing(start));
  }
  if (random.chance(0.04)) {
    const start = random.int(from, last - 30);
    add('TEMPORARY_ASSISTANCE', start, Math.min(last, start + random.int(30, 90)));
  }
  if (certificate) addDisabilitySubsidies(inputs, certificate, poor, add, closing, last);
  addGuardianshipIncentive(inputs, add);
  return rows;
}

/**
 * The living subsidy goes to poor disabled people; the nursing subsidy to grades 1-2, and
 * in Guangdong also to mental disability grades 3-4 (DOMAIN.md §2).
 */
function addDisabilitySubsidies(
  inputs: BenefitInputs,
  certificate: DbDisabilityCertificateRow,
  poor: boolean,
  add: (kind: BenefitKind, startDay: number, endDay: number | null) => void,
  closing: (startDay: number) => number | null,
  last: number,
): void {
  const { random } = inputs;
  const from = Math.max(FIRST_BENEFIT, dayOf(certificate.issued_on));
  if (from > last - 30) return;
  if (poor && random.chance(0.9)) {
    const start = random.int(from, last - 30);
    add('DISABILITY_LIVING_SUBSIDY', start, closing(start));
  }
  const severe = certificate.grade <= 2 || (certificate.category === 'MENTAL' && random.chance(0.25));
  if (severe && random.chance(0.6)) {
    const start = random.int(from, last - 30);
    add('SEVERE_DISABILITY_NURSING_SUBSIDY', start, closing(start));
  }
}

/**
 * 以奖代补: guardians of high-risk patients are paid for each full calendar year without
 * an incident; recorded as one row per year.
 */
function addGuardianshipIncentive(inputs: BenefitInputs, add: (kind: BenefitKind, startDay: number, endDay: number | null) => void): void {
  const { random, registration, risk, today } = inputs;
  // High risk: at least two assessments at grade 3 or above, not a single bad day.
  const highRisk = risk.filter((assessment) => assessment.grade >= 3).length >= 2;
  if (registration.guardianName === null || !highRisk || !random.chance(0.4)) return;
  const lastYear = yearOf(Math.min(today, registration.endDay ?? today)) - 1;
  const firstYear = Math.max(yearOf(registration.registeredDay) + 1, lastYear - 2);
  for (let year = firstYear; year <= lastYear; year++) {
    if (random.chance(0.8)) add('GUARDIANSHIP_INCENTIVE', dayOf(`${year}-01-01`), dayOf(`${year}-12-31`));
  }
}
