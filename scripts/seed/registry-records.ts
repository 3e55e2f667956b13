// The health registry's record of a person: registration, diagnosis, follow-ups, risk history, hospitalisations, consents.
import { createHash } from 'node:crypto';
import { addMonths, dayOf, type Instant, instantOf, isoDate, isoTimestamp } from './calendar.js';
import type { Person } from './people.js';
import { personalName, surname } from './names.js';
import type { Random, Weighted } from './random.js';
import { cityName } from './residence.js';
import type {
  DbConsentRow,
  DbFollowUpRow,
  DbHospitalizationRow,
  DbRelapseRow,
  DbRiskAssessmentRow,
  DiagnosisCategory,
  FollowUpCondition,
  ManagementStatus,
  RegistryRows,
} from './tables.js';

const FIRST_REGISTRATION = dayOf('2008-01-01');
const YEAR = 365;

type RiskProfile = 'LOW' | 'MEDIUM' | 'HIGH';

export interface Registration {
  registeredDay: number;
  category: DiagnosisCategory;
  icd10: string;
  diagnosedDay: number;
  managementStatus: ManagementStatus;
  /** The day the registry stopped managing the patient (death, last contact, moving out); null while active. */
  endDay: number | null;
  registrationGrade: number;
  riskProfile: RiskProfile;
  guardianName: string | null;
}

export interface HospitalStay {
  admittedDay: number;
  dischargedDay: number | null;
  /** The discharge rehabilitation assessment; null until discharge. */
  recommendsCommunityRehab: boolean | null;
}

/** A REFERRAL_UPLOAD consent given in hospital for one referral (DOMAIN.md §2: patient and guardian). */
export interface UploadConsent {
  grantedAt: Instant;
  revokedAt: Instant | null;
}

/** What the referrals imply for the registry: readmissions, discharges before upload, upload consents. */
export interface RegistryFacts {
  stays: HospitalStay[];
  uploadConsents: UploadConsent[];
}

/** About half schizophrenia, as in the national registry. */
const CATEGORIES: Weighted<DiagnosisCategory> = [
  ['SCHIZOPHRENIA', 50],
  ['BIPOLAR_DISORDER', 14],
  ['INTELLECTUAL_DISABILITY_MENTAL_DISORDER', 11],
  ['SCHIZOAFFECTIVE_DISORDER', 9],
  ['EPILEPSY_MENTAL_DISORDER', 8],
  ['PERSISTENT_DELUSIONAL_DISORDER', 8],
];

/** ICD-10 codes per category; F06.x is coded with the underlying epilepsy (G40) elsewhere in the record. */
const ICD10: Record<DiagnosisCategory, Weighted<string>> = {
  SCHIZOPHRENIA: [
    ['F20.0', 45],
    ['F20.1', 6],
    ['F20.2', 3],
    ['F20.3', 15],
    ['F20.5', 14],
    ['F20.6', 5],
    ['F20.8', 4],
    ['F20.9', 8],
  ],
  BIPOLAR_DISORDER: [
    ['F31.1', 15],
    ['F31.2', 15],
    ['F31.3', 15],
    ['F31.4', 15],
    ['F31.5', 10],
    ['F31.6', 10],
    ['F31.7', 10],
    ['F31.9', 10],
  ],
  SCHIZOAFFECTIVE_DISORDER: [
    ['F25.0', 35],
    ['F25.1', 35],
    ['F25.2', 15],
    ['F25.9', 15],
  ],
  PERSISTENT_DELUSIONAL_DISORDER: [
    ['F22.0', 70],
    ['F22.8', 15],
    ['F22.9', 15],
  ],
  EPILEPSY_MENTAL_DISORDER: [
    ['F06.0', 20],
    ['F06.2', 30],
    ['F06.3', 25],
    ['F06.8', 25],
  ],
  // .1: significant impairment of behaviour, which is what brings these patients into the registry.
  INTELLECTUAL_DISABILITY_MENTAL_DISORDER: [
    ['F70.1', 40],
    ['F71.1', 35],
    ['F72.1', 15],
    ['F79.1', 10],
  ],
};

const MANAGEMENT_STATUSES: Weighted<ManagementStatus> = [
  ['ACTIVE', 85],
  ['LOST_TO_FOLLOW_UP', 5],
  ['MOVED_OUT', 5],
  ['DECEASED', 5],
];

/** Risk grade at registration, often during an acute episode. */
const REGISTRATION_GRADES: Weighted<number> = [
  [0, 30],
  [1, 30],
  [2, 22],
  [3, 11],
  [4, 5],
  [5, 2],
];

/** Grades at follow-up by the person's long-run profile: mostly 0-2 (DOMAIN.md §2 scale). */
const FOLLOW_UP_GRADES: Record<RiskProfile, Weighted<number>> = {
  LOW: [
    [0, 62],
    [1, 27],
    [2, 9],
    [3, 2],
  ],
  MEDIUM: [
    [0, 25],
    [1, 40],
    [2, 28],
    [3, 6],
    [4, 1],
  ],
  HIGH: [
    [0, 10],
    [1, 25],
    [2, 30],
    [3, 22],
    [4, 10],
    [5, 3],
  ],
};

const HOSPITALS = ['精神卫生中心', '第三人民医院', '康宁医院', '人民医院精神科', '第二人民医院', '慢性病防治院'] as const;

export function planRegistration(random: Random, person: Person, today: number): Registration {
  const registeredDay = random.int(Math.max(FIRST_REGISTRATION, person.birthDay + 14 * YEAR), today - 7);
  const earliestDiagnosis = person.birthDay + 12 * YEAR;
  const diagnosedDay = Math.max(earliestDiagnosis, registeredDay - (random.chance(0.5) ? random.int(0, 60) : random.int(61, 1800)));
  const category = random.weighted(CATEGORIES);
  let managementStatus = random.weighted(MANAGEMENT_STATUSES);
  const endFrom = Math.max(registeredDay + 60, today - 1000);
  // Someone registered in the last two months cannot yet be lost or have moved away.
  if (managementStatus !== 'ACTIVE' && endFrom > today - 7) managementStatus = 'ACTIVE';
  const needsGuardian = category === 'INTELLECTUAL_DISABILITY_MENTAL_DISORDER' || category === 'EPILEPSY_MENTAL_DISORDER';
  return {
    registeredDay,
    category,
    icd10: random.weighted(ICD10[category]),
    diagnosedDay: Math.min(diagnosedDay, registeredDay),
    managementStatus,
    endDay: managementStatus === 'ACTIVE' ? null : random.int(endFrom, today - 7),
    registrationGrade: random.weighted(REGISTRATION_GRADES),
    riskProfile: random.weighted<RiskProfile>([
      ['LOW', 65],
      ['MEDIUM', 28],
      ['HIGH', 7],
    ]),
    guardianName: needsGuardian || random.chance(0.85) ? guardianName(random, person) : null,
  };
}

/** A parent (same surname) or a spouse or sibling-in-law (any surname). */
function guardianName(random: Random, person: Person): string {
  const sex = random.chance(0.5) ? 'M' : 'F';
  return personalName(random, sex, random.chance(0.6) ? person.familyName : surname(random));
}

export function buildRegistryRows(
  random: Random,
  person: Person,
  registration: Registration,
  facts: RegistryFacts,
  today: number,
): Omit<RegistryRows, 'case_holding'> {
  const { pid } = person;
  const stays = hospitalStays(random, registration, facts.stays, today);
  const followUps = followUpVisits(random, pid, registration, stays, today);
  const assessments: DbRiskAssessmentRow[] = [
    { pid, assessed_on: isoDate(registration.registeredDay), grade: registration.registrationGrade, source: 'REGISTRATION' },
    ...followUps.map((visit): DbRiskAssessmentRow => ({ pid, assessed_on: visit.visit_date, grade: visit.risk_grade, source: 'FOLLOW_UP' })),
  ];
  const hospital = `${cityName(person.countyCode)}${random.pick(HOSPITALS)}`;
  const consents = facts.uploadConsents.map(
    (consent): DbConsentRow => ({
      pid,
      scope: 'REFERRAL_UPLOAD',
      // The person signs, and the guardian too where there is one (notice §6-7).
      granted_by: registration.guardianName === null ? 'PATIENT' : 'PATIENT_AND_GUARDIAN',
      granted_at: isoTimestamp(consent.grantedAt),
      revoked_at: consent.revokedAt === null ? null : isoTimestamp(consent.revokedAt),
    }),
  );
  const createdAt = instantOf(registration.registeredDay, random.int(510, 1050));
  return {
    patient: [
      {
        pid,
        citizen_id_cipher: null,
        name: person.name,
        sex: person.sex,
        birth_date: isoDate(person.birthDay),
        county_code: person.countyCode,
        guardian_name: registration.guardianName,
        registered_on: isoDate(registration.registeredDay),
        management_status: registration.managementStatus,
        status_since: isoDate(registration.endDay ?? registration.registeredDay),
        current_risk_grade: assessments[assessments.length - 1]?.grade ?? registration.registrationGrade,
        created_at: isoTimestamp(createdAt),
        updated_at: isoTimestamp(lastChange(createdAt, followUps, stays, facts.uploadConsents, registration)),
      },
    ],
    diagnosis: [{ pid, category: registration.category, icd10: registration.icd10, diagnosed_on: isoDate(registration.diagnosedDay) }],
    risk_assessment: assessments,
    follow_up: followUps,
    hospitalization: stays.map((stay): DbHospitalizationRow => {
      const assessed = stay.dischargedDay !== null && stay.recommendsCommunityRehab !== null;
      const flags = readinessOf(pid, stay.admittedDay);
      return {
        pid,
        hospital_name: hospital,
        admitted_on: isoDate(stay.admittedDay),
        discharged_on: stay.dischargedDay === null ? null : isoDate(stay.dischargedDay),
        recommends_community_rehab: stay.recommendsCommunityRehab,
        // Most discharge information arrives within the 10 working days; about one in eight later.
        assessed_on: assessed ? isoDate(Math.min(today, stay.dischargedDay! + flags.daysToAssessment)) : null,
        willing_to_work: assessed ? flags.willing : null,
        able_to_work: assessed ? flags.able : null,
        needs_support: assessed ? flags.needsSupport : null,
      };
    }),
    relapse: stays
      .filter((stay) => stay.admittedDay > registration.registeredDay)
      .map(
        (stay): DbRelapseRow => ({
          pid,
          occurred_on: isoDate(stay.admittedDay),
          risk_grade: 3,
          handled_by: 'HOSPITAL',
          handling: 'EMERGENCY_ADMISSION',
          admitted: true,
          recorded_at: isoTimestamp(instantOf(stay.admittedDay, 1050)),
        }),
      ),
    consent: consents,
  };
}

/**
 * Readiness flags of a discharge assessment, drawn from a hash of the stay so that the
 * main random stream (and with it every other seeded row) stays as it was.
 */
function readinessOf(pid: string, admittedDay: number): { willing: boolean; able: boolean; needsSupport: boolean; daysToAssessment: number } {
  const bytes = createHash('sha256').update(`${pid}:${admittedDay}:readiness`).digest();
  return {
    willing: bytes[0]! < 166,
    able: bytes[1]! < 128,
    needsSupport: bytes[2]! < 153,
    daysToAssessment: bytes[3]! < 224 ? bytes[4]! % 12 : 15 + (bytes[4]! % 20),
  };
}

/** The latest thing recorded about the patient, at the end of that office day. */
function lastChange(created: Instant, visits: DbFollowUpRow[], stays: HospitalStay[], consents: UploadConsent[], registration: Registration): Instant {
  let latest = created;
  const atDay = (day: number): Instant => instantOf(day, 1050);
  for (const visit of visits) latest = Math.max(latest, atDay(dayOf(visit.visit_date)));
  for (const stay of stays) latest = Math.max(latest, atDay(stay.dischargedDay ?? stay.admittedDay));
  for (const consent of consents) latest = Math.max(latest, consent.revokedAt ?? consent.grantedAt);
  if (registration.endDay !== null) latest = Math.max(latest, atDay(registration.endDay));
  return latest;
}

/**
 * The stays the referrals imply, plus up to three in all from earlier episodes, placed
 * before the first implied one; overlapping stays are dropped so the history is possible.
 */
function hospitalStays(random: Random, registration: Registration, implied: readonly HospitalStay[], today: number): HospitalStay[] {
  const stays = [...implied];
  const extra = Math.min(
    3 - implied.length,
    random.weighted([
      [0, 55],
      [1, 30],
      [2, 12],
      [3, 3],
    ]),
  );
  let cursor = Math.min(registration.endDay ?? today, ...implied.map((stay) => stay.admittedDay));
  for (let n = 0; n < extra; n++) {
    const dischargedDay = cursor - random.int(30, 400);
    const admittedDay = dischargedDay - random.int(10, 90);
    if (admittedDay < registration.diagnosedDay) break;
    stays.push({ admittedDay, dischargedDay, recommendsCommunityRehab: random.chance(0.55) });
    cursor = admittedDay;
  }
  stays.sort((a, b) => a.admittedDay - b.admittedDay);
  const kept: HospitalStay[] = [];
  for (const stay of stays) {
    const previous = kept[kept.length - 1];
    if (previous && (previous.dischargedDay === null || previous.dischargedDay >= stay.admittedDay)) continue;
    kept.push(stay);
  }
  return kept;
}

/** DOMAIN.md §2: grade 0 stable, 1-2 basically stable, 3-5 unstable. */
export function classifyFollowUp(grade: number): FollowUpCondition {
  if (grade === 0) return 'STABLE';
  return grade <= 2 ? 'BASICALLY_STABLE' : 'UNSTABLE';
}

/** Next visit due in 3 months when stable, otherwise a re-check within 2 weeks (DOMAIN.md §2). */
export function nextDueDay(visitDay: number, condition: FollowUpCondition): number {
  return condition === 'STABLE' ? addMonths(visitDay, 3) : visitDay + 14;
}

const INSIGHT: Record<FollowUpCondition, Weighted<DbFollowUpRow['insight']>> = {
  STABLE: [
    ['GOOD', 65],
    ['PARTIAL', 30],
    ['NONE', 5],
  ],
  BASICALLY_STABLE: [
    ['GOOD', 35],
    ['PARTIAL', 50],
    ['NONE', 15],
  ],
  UNSTABLE: [
    ['GOOD', 5],
    ['PARTIAL', 40],
    ['NONE', 55],
  ],
};

const ADHERENCE: Record<FollowUpCondition, Weighted<DbFollowUpRow['medication_adherence']>> = {
  STABLE: [
    ['REGULAR', 80],
    ['INTERMITTENT', 15],
    ['NONE', 5],
  ],
  BASICALLY_STABLE: [
    ['REGULAR', 62],
    ['INTERMITTENT', 28],
    ['NONE', 10],
  ],
  UNSTABLE: [
    ['REGULAR', 30],
    ['INTERMITTENT', 35],
    ['NONE', 35],
  ],
};

/** An unstable patient is seen in person, not by phone. */
const MODES: Record<FollowUpCondition, Weighted<DbFollowUpRow['mode']>> = {
  STABLE: [
    ['OUTPATIENT', 35],
    ['HOME_VISIT', 30],
    ['PHONE', 35],
  ],
  BASICALLY_STABLE: [
    ['OUTPATIENT', 40],
    ['HOME_VISIT', 40],
    ['PHONE', 20],
  ],
  UNSTABLE: [
    ['OUTPATIENT', 45],
    ['HOME_VISIT', 55],
  ],
};

/**
 * The five social-function items of the national follow-up form, each 0 (good), 1 (fair)
 * or 2 (poor): personal care, housework, productive work, learning, social interaction.
 */
function socialFunction(random: Random, condition: FollowUpCondition): string {
  const poorShare = condition === 'STABLE' ? 0.1 : condition === 'BASICALLY_STABLE' ? 0.3 : 0.6;
  const score = (): number => (random.chance(poorShare) ? random.int(1, 2) : random.chance(0.25) ? 1 : 0);
  return JSON.stringify({ personalCare: score(), housework: score(), productiveWork: score(), learning: score(), socialInteraction: score() });
}

/**
 * About 4-6 visits a year over the last 1-3 years, at most 12, the latest a few weeks
 * before today (or before management ended). Days are laid out backwards from then, and a
 * day inside a hospital stay moves to before the admission; the visits are then graded in
 * time order, unstable just before a readmission.
 */
function followUpVisits(random: Random, pid: string, registration: Registration, stays: readonly HospitalStay[], today: number): DbFollowUpRow[] {
  const days = visitDays(random, registration, stays, today);
  const rows: DbFollowUpRow[] = [];
  let previous = registration.registeredDay;
  for (const day of days) {
    const relapseAhead = stays.some((stay) => stay.admittedDay > day && stay.admittedDay <= day + 45);
    const grade =
      relapseAhead && random.chance(0.7)
        ? random.weighted([
            [3, 60],
            [4, 30],
            [5, 10],
          ])
        : random.weighted(FOLLOW_UP_GRADES[registration.riskProfile]);
    const condition = classifyFollowUp(grade);
    rows.push({
      pid,
      visit_date: isoDate(day),
      mode: random.weighted(MODES[condition]),
      risk_grade: grade,
      insight: random.weighted(INSIGHT[condition]),
      social_function: socialFunction(random, condition),
      medication_adherence: random.weighted(ADHERENCE[condition]),
      adverse_reactions: random.chance(0.12),
      hospitalized_since_last: stays.some((stay) => stay.admittedDay > previous && stay.admittedDay <= day),
      condition,
      // A due date, not an event: the latest one may lie after today.
      next_due_on: isoDate(nextDueDay(day, condition)),
      // Entered at the end of the visit's office day.
      recorded_at: isoTimestamp(instantOf(day, 1050)),
    });
    previous = day;
  }
  return rows;
}

/** Visit days in time order, none during a hospital stay, none before registration. */
function visitDays(random: Random, registration: Registration, stays: readonly HospitalStay[], today: number): number[] {
  const from = Math.max(registration.registeredDay + 7, today - random.int(1, 3) * YEAR);
  const days: number[] = [];
  let day = Math.min(today, registration.endDay ?? today) - random.int(0, 40);
  while (day >= from && days.length < 12) {
    const current = day;
    const during = stays.find((stay) => current >= stay.admittedDay && (stay.dischargedDay === null || current <= stay.dischargedDay));
    if (during) {
      day = during.admittedDay - random.int(3, 10);
      continue;
    }
    days.push(day);
    day -= random.int(50, 95);
  }
  return days.reverse();
}
