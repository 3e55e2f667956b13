// The disability federation's record of a person: certificate, vocational training and job placements.
import { dayOf, isoDate } from './calendar.js';
import type { Person } from './people.js';
import type { Random, Weighted } from './random.js';
import type { Handoff } from './referrals.js';
import type { Registration } from './registry-records.js';
import { countyName } from './residence.js';
import type { CourseCatalogue } from './training-courses.js';
import type {
  DbDisabilityCertificateRow,
  DbEmploymentHandoffRow,
  DbEmploymentReferralRow,
  DbPlacementRow,
  DbTrainingEnrolmentRow,
  DisabilityCategory,
  EmploymentRows,
  PlacementKind,
} from './tables.js';

export type PersonEmploymentRows = Omit<EmploymentRows, 'training_course' | 'outbox_message' | 'employment_sharing_revocation'>;

/** The second-generation certificate, with mental disability grades, dates from mid-2008. */
const FIRST_CERTIFICATE = dayOf('2008-07-01');
const FIRST_OTHER_PLACEMENT = dayOf('2018-01-01');
const YEAR = 365;

/** Grade 1 is the most severe; mental grades follow WHO-DAS II scores. */
const GRADES: Weighted<number> = [
  [1, 12],
  [2, 28],
  [3, 35],
  [4, 25],
];

const OTHER_CATEGORIES: Weighted<DisabilityCategory> = [
  ['MENTAL', 88],
  ['MULTIPLE', 4],
  ['PHYSICAL', 3],
  ['VISUAL', 2],
  ['HEARING', 2],
  ['SPEECH', 1],
];

const INTELLECTUAL_CATEGORIES: Weighted<DisabilityCategory> = [
  ['INTELLECTUAL', 70],
  ['MULTIPLE', 20],
  ['MENTAL', 10],
];

const OPEN_PLACEMENTS: Weighted<PlacementKind> = [
  ['OPEN_EMPLOYMENT', 35],
  ['SUPPORTED_EMPLOYMENT', 35],
  ['PUBLIC_WELFARE_POST', 20],
  ['SELF_EMPLOYMENT', 10],
];

const ANY_PLACEMENT: Weighted<PlacementKind> = [
  ['OPEN_EMPLOYMENT', 25],
  ['SUPPORTED_EMPLOYMENT', 20],
  ['SHELTERED_EMPLOYMENT', 25],
  ['PUBLIC_WELFARE_POST', 20],
  ['SELF_EMPLOYMENT', 10],
];

export function generateEmploymentRecords(
  random: Random,
  person: Person,
  registration: Registration,
  handoffs: readonly Handoff[],
  courses: CourseCatalogue,
  today: number,
): PersonEmploymentRows {
  const rows: PersonEmploymentRows = { disability_certificate: [], training_enrolment: [], employment_referral: [], placement: [] };
  const certificate = disabilityCertificate(random, person, registration, today);
  if (certificate) rows.disability_certificate.push(certificate);
  const placements = new PlacementHistory(person.pid, today);
  const work = handoffs.filter((handoff) => handoff.outcome === 'EMPLOYMENT' || handoff.outcome === 'SHELTERED_EMPLOYMENT');
  for (const handoff of work) followHandoff(random, person, handoff, courses, today, rows, placements);
  if (work.length === 0 && registration.managementStatus === 'ACTIVE') otherServices(random, person, courses, today, rows, placements);
  rows.placement = placements.rows;
  return rows;
}

/** About 30 % hold a certificate; intellectual disability makes it more likely. */
function disabilityCertificate(random: Random, person: Person, registration: Registration, today: number): DbDisabilityCertificateRow | null {
  const intellectual = registration.category === 'INTELLECTUAL_DISABILITY_MENTAL_DISORDER';
  if (!random.chance(intellectual ? 0.55 : 0.27)) return null;
  const from = Math.max(FIRST_CERTIFICATE, registration.diagnosedDay + 180);
  const to = Math.min(today, registration.endDay ?? today) - 1;
  if (from > to) return null;
  return {
    pid: person.pid,
    number_digest: null,
    county_code: person.countyCode,
    category: random.weighted(intellectual ? INTELLECTUAL_CATEGORIES : OTHER_CATEGORIES),
    grade: random.weighted(GRADES),
    issued_on: isoDate(random.int(from, to)),
  };
}

/**
 * After an employment hand-off: a training course for about half, and for most
 * acknowledged hand-offs a placement within 180 days (the employment-rate indicator).
 */
function followHandoff(
  random: Random,
  person: Person,
  handoff: Handoff,
  courses: CourseCatalogue,
  today: number,
  rows: PersonEmploymentRows,
  placements: PlacementHistory,
): void {
  if (handoff.record) rows.employment_referral.push(receivedReferral(handoff.record));
  if (random.chance(0.55)) enrol(random, person.pid, handoff.countyCode, handoff.referredOutDay + random.int(0, 40), courses, today, rows);
  if (handoff.acknowledgedDay === null || !random.chance(0.85)) return;
  const kind = handoff.outcome === 'SHELTERED_EMPLOYMENT' ? 'SHELTERED_EMPLOYMENT' : random.weighted(OPEN_PLACEMENTS);
  // A recent hand-off has had less time: its placement started somewhere before today.
  let startDay = handoff.acknowledgedDay + random.int(10, 170);
  if (startDay > today - 1 && handoff.acknowledgedDay < today - 1) startDay = random.int(handoff.acknowledgedDay + 1, today - 1);
  const started = placements.add(random, kind, handoff.countyCode, startDay, handoff.record?.id ?? null);
  if (started && random.chance(0.25)) placements.add(random, random.weighted(ANY_PLACEMENT), handoff.countyCode, placements.freeFrom() + random.int(10, 200));
}

/** The federation's copy of the platform's hand-off: received, and answered (and delivered) when the platform closed the case on it. */
function receivedReferral(record: DbEmploymentHandoffRow): DbEmploymentReferralRow {
  return {
    id: record.id,
    referral_id: record.referral_id,
    pid: record.pid,
    county_code: record.county_code,
    outcome: record.outcome as DbEmploymentReferralRow['outcome'],
    willing_to_work: record.willing_to_work,
    able_to_work: record.able_to_work,
    needs_support: record.needs_support,
    handed_over_at: record.handed_over_at,
    received_at: record.received_at ?? record.handed_over_at,
    status: record.status === 'ACKNOWLEDGED' ? 'ACKNOWLEDGED' : 'RECEIVED',
    answered_at: record.answered_at,
    answered_by: record.answered_at ? 'seed-employment-officer' : null,
    answer_delivered_at: record.answered_at,
  };
}

/** A few working-age people use the federation's services without a referral. */
function otherServices(
  random: Random,
  person: Person,
  courses: CourseCatalogue,
  today: number,
  rows: PersonEmploymentRows,
  placements: PlacementHistory,
): void {
  const age = (today - person.birthDay) / YEAR;
  if (age < 20 || age > 55 || !random.chance(0.05)) return;
  const from = Math.max(FIRST_OTHER_PLACEMENT, person.birthDay + 18 * YEAR);
  if (random.chance(0.6)) enrol(random, person.pid, person.countyCode, random.int(from, today - 10), courses, today, rows);
  if (random.chance(0.6)) placements.add(random, random.weighted(ANY_PLACEMENT), person.countyCode, random.int(from, today - 1));
}

function enrol(random: Random, pid: string, countyCode: string, startDay: number, courses: CourseCatalogue, today: number, rows: PersonEmploymentRows): void {
  const course = courses.pick(countyCode, random);
  if (!course || startDay > today - 1) return;
  const completedDay = startDay + random.int(30, 90);
  const dropped = random.chance(0.1);
  rows.training_enrolment.push({
    pid,
    course_id: course.id,
    started_on: isoDate(startDay),
    completed_on: dropped || completedDay > today ? null : isoDate(completedDay),
  } satisfies DbTrainingEnrolmentRow);
}

/** A person's placements in time order, never overlapping: a new job ends the open one the day before. */
class PlacementHistory {
  readonly rows: DbPlacementRow[] = [];

  constructor(
    private readonly pid: string,
    private readonly today: number,
  ) {}

  /** The first day a new placement could start. */
  freeFrom(): number {
    const last = this.rows[this.rows.length - 1];
    if (!last) return -Infinity;
    return last.ended_on === null ? dayOf(last.started_on) + 1 : dayOf(last.ended_on) + 1;
  }

  /** Adds a placement starting on `startDay` if that is possible; true when it was added. */
  add(random: Random, kind: PlacementKind, countyCode: string, startDay: number, referralId: string | null = null): boolean {
    if (startDay > this.today - 1 || startDay < this.freeFrom()) return false;
    const last = this.rows[this.rows.length - 1];
    if (last && last.ended_on === null) last.ended_on = isoDate(startDay - 1);
    const endDay = random.chance(0.35) ? startDay + random.int(60, 600) : null;
    this.rows.push({
      pid: this.pid,
      kind,
      employer_name: employerName(random, kind, countyCode),
      county_code: countyCode,
      started_on: isoDate(startDay),
      ended_on: endDay === null || endDay > this.today - 1 ? null : isoDate(endDay),
      referral_id: referralId,
    });
    return true;
  }
}

const BRANDS = ['华信', '恒达', '新利', '安康', '顺通', '粤丰', '众诚', '嘉禾', '宏远', '金穗'] as const;
const BUSINESSES = ['物流', '餐饮管理', '保洁服务', '电子科技', '服装', '食品', '物业管理', '商贸', '印刷'] as const;

function employerName(random: Random, kind: PlacementKind, countyCode: string): string {
  const county = countyName(countyCode);
  const short = county.length > 2 ? county.replace(/(自治县|区|县|市|旗)$/, '') : county;
  switch (kind) {
    case 'SHELTERED_EMPLOYMENT':
      return `${county}${random.pick(['阳光家园', '康园工疗站', '残疾人辅助性就业基地', '温馨家园'])}`;
    case 'PUBLIC_WELFARE_POST':
      return `${county}${random.pick(['城市管理和综合执法局', '民政局', '残疾人联合会', '社区服务中心'])}`;
    case 'SELF_EMPLOYMENT':
      return `个体经营（${random.pick(['便利店', '早餐店', '网店', '手工作坊', '家电维修'])}）`;
    default:
      return `${short}${random.pick(BRANDS)}${random.pick(BUSINESSES)}有限公司`;
  }
}
