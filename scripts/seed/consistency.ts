// The promises demo data keeps across the three databases, checked over plain rows (generated, or read back).
import { canTransition, OCCUPYING_STATUSES, REFERRAL_STATUSES, type ReferralStatus } from '../../subgraphs/welfare/src/domain/referral-workflow.js';
import { dayOf } from './calendar.js';
import { classifyFollowUp } from './registry-records.js';
import type { ConsentGrantor, DbReferralRow, DbReferralTransitionRow, SeedRows } from './tables.js';

export interface ConsistencyOptions {
  /** ISO date: nothing may happen after it. */
  today: string;
  /** Also require each of the 12 referral statuses to occur (true for any seed of a few hundred people). */
  everyStatus?: boolean;
}

/**
 * Every broken promise as one line naming the rule and a referral or institution id at
 * most, never a person. An empty list means the data is consistent.
 */
export function consistencyProblems(rows: SeedRows, options: ConsistencyOptions): string[] {
  const problems: string[] = [];
  const today = dayOf(options.today);
  checkPeople(rows, problems);
  checkReferrals(rows, problems);
  checkOccupancy(rows, problems);
  checkRegistry(rows, problems);
  checkEmployment(rows, problems);
  checkCalendar(rows, today, problems);
  problems.push(...deceasedCaseProblems(rows), ...guardianProblems(rows), ...waitingListProblems(rows));
  if (options.everyStatus) {
    const seen = new Set(rows.welfare.referral.map((referral) => referral.status));
    for (const status of REFERRAL_STATUSES) if (!seen.has(status)) problems.push(`no referral ends in status ${status}`);
  }
  return problems;
}

/** Every pid of every agency is a registry patient; the raw citizen ID is nowhere. */
function checkPeople(rows: SeedRows, problems: string[]): void {
  const patients = new Set(rows.registry.patient.map((patient) => patient.pid));
  const tables: [string, readonly { pid: string }[]][] = [
    ['diagnosis', rows.registry.diagnosis],
    ['risk_assessment', rows.registry.risk_assessment],
    ['follow_up', rows.registry.follow_up],
    ['hospitalization', rows.registry.hospitalization],
    ['consent', rows.registry.consent],
    ['referral', rows.welfare.referral],
    ['benefit', rows.welfare.benefit],
    ['disability_certificate', rows.employment.disability_certificate],
    ['training_enrolment', rows.employment.training_enrolment],
    ['placement', rows.employment.placement],
  ];
  for (const [table, list] of tables) {
    const strangers = list.filter((row) => !patients.has(row.pid)).length;
    if (strangers > 0) problems.push(`${table}: ${strangers} rows of people who are not registry patients`);
  }
  if (rows.registry.patient.some((patient) => patient.citizen_id_cipher !== null)) problems.push('patient: a citizen ID is stored');
}

function checkReferrals(rows: SeedRows, problems: string[]): void {
  const history = new Map<string, DbReferralTransitionRow[]>();
  for (const transition of rows.welfare.referral_transition) {
    const list = history.get(transition.referral_id) ?? [];
    list.push(transition);
    history.set(transition.referral_id, list);
  }
  const institutions = new Set(rows.welfare.institution.map((institution) => institution.id));
  const counties = new Map(rows.registry.patient.map((patient) => [patient.pid, patient.county_code]));
  for (const referral of rows.welfare.referral) {
    const steps = history.get(referral.id) ?? [];
    for (const problem of historyProblems(referral, steps)) problems.push(`referral ${referral.id}: ${problem}`);
    if (referral.institution_id !== null && !institutions.has(referral.institution_id)) problems.push(`referral ${referral.id}: unknown institution`);
    if (counties.get(referral.pid) !== referral.county_code) problems.push(`referral ${referral.id}: not in the county the person lives in`);
  }
  checkConsents(rows, history, problems);
}

/** The history is a path of the state machine from (new), and the referral row is its fold. */
export function historyProblems(referral: DbReferralRow, steps: readonly DbReferralTransitionRow[]): string[] {
  const problems: string[] = [];
  let previous: string | null = null;
  let previousAt = -Infinity;
  for (const step of steps) {
    if (step.from_status !== previous) problems.push(`transition from ${step.from_status ?? '(new)'} does not follow ${previous ?? '(new)'}`);
    if (!canTransition(step.from_status as ReferralStatus | null, step.to_status as ReferralStatus)) {
      problems.push(`illegal transition ${step.from_status ?? '(new)'} → ${step.to_status}`);
    }
    const at = Date.parse(step.at);
    if (!(at > previousAt)) problems.push(`transition to ${step.to_status} is not later than the one before`);
    previous = step.to_status;
    previousAt = at;
  }
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (!first || !last) return ['no history'];
  if (last.to_status !== referral.status) problems.push(`status ${referral.status} but the history ends in ${last.to_status}`);
  if (referral.version !== steps.length) problems.push(`version ${referral.version} but ${steps.length} transitions`);
  if (Date.parse(referral.submitted_at) !== Date.parse(first.at)) problems.push('submitted_at differs from the first transition');
  if (Date.parse(referral.updated_at) !== Date.parse(last.at)) problems.push('updated_at differs from the last transition');
  const registered = steps.find((step) => step.to_status === 'REGISTERED');
  if ((referral.registered_at === null) !== (registered === undefined)) problems.push('registered_at does not match the history');
  const accepted = steps.find((step) => step.to_status === 'ACCEPTED');
  if ((referral.accepted_at === null) !== (accepted === undefined)) problems.push('accepted_at does not match the history');
  if ((referral.close_reason !== null) !== (referral.status === 'CLOSED')) problems.push('close_reason is set exactly when CLOSED');
  const referredOut = steps.some((step) => step.to_status === 'REFERRED_OUT');
  if ((referral.outcome !== null) !== referredOut) problems.push('outcome is set exactly when referred out');
  const dispatched = steps.some((step) => step.to_status === 'DISPATCHED' || step.to_status === 'ACCEPTED');
  if (referral.institution_id !== null && !dispatched) problems.push('institution without a dispatch');
  return problems;
}

/** §4 guards: upload consent before a hospital's submission, service agreement before service, sharing before an employment hand-off. */
function checkConsents(rows: SeedRows, history: Map<string, DbReferralTransitionRow[]>, problems: string[]): void {
  const scopes = new Map<string, Set<string>>();
  for (const consent of rows.welfare.referral_consent) {
    const set = scopes.get(consent.referral_id) ?? new Set<string>();
    set.add(consent.scope);
    scopes.set(consent.referral_id, set);
    if (consent.revoked_at !== null && Date.parse(consent.revoked_at) < Date.parse(consent.granted_at))
      problems.push(`referral ${consent.referral_id}: consent revoked before it was granted`);
  }
  const uploads = new Map<string, number[]>();
  for (const consent of rows.registry.consent) {
    if (consent.scope !== 'REFERRAL_UPLOAD') continue;
    uploads.set(consent.pid, [...(uploads.get(consent.pid) ?? []), Date.parse(consent.granted_at)]);
  }
  for (const referral of rows.welfare.referral) {
    const has = scopes.get(referral.id) ?? new Set<string>();
    const steps = history.get(referral.id) ?? [];
    if (referral.channel === 'MEDICAL_INSTITUTION') {
      const before = (uploads.get(referral.pid) ?? []).some((at) => at < Date.parse(referral.submitted_at));
      if (!has.has('REFERRAL_UPLOAD') || !before) problems.push(`referral ${referral.id}: hospital upload without a prior REFERRAL_UPLOAD consent`);
    }
    if (steps.some((step) => step.to_status === 'IN_SERVICE') && !has.has('SERVICE_AGREEMENT'))
      problems.push(`referral ${referral.id}: in service without a SERVICE_AGREEMENT`);
    if ((referral.outcome === 'EMPLOYMENT' || referral.outcome === 'SHELTERED_EMPLOYMENT') && !has.has('EMPLOYMENT_SHARING')) {
      problems.push(`referral ${referral.id}: employment hand-off without EMPLOYMENT_SHARING consent`);
    }
  }
}

/** Cases in an occupying status never outnumber an institution's places. */
function checkOccupancy(rows: SeedRows, problems: string[]): void {
  const occupied = new Map<string, number>();
  for (const referral of rows.welfare.referral) {
    if (referral.institution_id === null || !OCCUPYING_STATUSES.includes(referral.status as ReferralStatus)) continue;
    occupied.set(referral.institution_id, (occupied.get(referral.institution_id) ?? 0) + 1);
  }
  for (const institution of rows.welfare.institution) {
    const n = occupied.get(institution.id) ?? 0;
    if (n > institution.capacity) problems.push(`institution ${institution.id}: ${n} active cases for ${institution.capacity} places`);
  }
}

function checkRegistry(rows: SeedRows, problems: string[]): void {
  const latest = new Map<string, { day: number; grade: number }>();
  for (const assessment of rows.registry.risk_assessment) {
    const day = dayOf(assessment.assessed_on);
    const known = latest.get(assessment.pid);
    if (!known || day >= known.day) latest.set(assessment.pid, { day, grade: assessment.grade });
  }
  const wrongGrade = rows.registry.patient.filter((patient) => latest.get(patient.pid)?.grade !== patient.current_risk_grade).length;
  if (wrongGrade > 0) problems.push(`patient: ${wrongGrade} current risk grades differ from the latest assessment`);
  const misclassified = rows.registry.follow_up.filter((visit) => classifyFollowUp(visit.risk_grade) !== visit.condition).length;
  if (misclassified > 0) problems.push(`follow_up: ${misclassified} visits classified against their risk grade`);
  const visits = new Map<string, number>();
  for (const visit of rows.registry.follow_up) visits.set(visit.pid, (visits.get(visit.pid) ?? 0) + 1);
  if ([...visits.values()].some((n) => n > 12)) problems.push('follow_up: more than 12 visits for one person');
  const diagnosed = new Map(rows.registry.diagnosis.map((diagnosis) => [diagnosis.pid, diagnosis.diagnosed_on]));
  const late = rows.registry.patient.filter((patient) => (diagnosed.get(patient.pid) ?? '9999') > patient.registered_on).length;
  if (late > 0) problems.push(`diagnosis: ${late} patients registered before their diagnosis or without one`);
}

/** A person's placements never overlap; enrolments use a known course. */
function checkEmployment(rows: SeedRows, problems: string[]): void {
  const byPerson = new Map<string, { start: number; end: number }[]>();
  for (const placement of rows.employment.placement) {
    const start = dayOf(placement.started_on);
    const end = placement.ended_on === null ? Infinity : dayOf(placement.ended_on);
    if (end < start) problems.push('placement: ends before it starts');
    byPerson.set(placement.pid, [...(byPerson.get(placement.pid) ?? []), { start, end }]);
  }
  let overlapping = 0;
  for (const list of byPerson.values()) {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    sorted.forEach((placement, k) => {
      const next = sorted[k + 1];
      if (next && next.start <= placement.end) overlapping += 1;
    });
  }
  if (overlapping > 0) problems.push(`placement: ${overlapping} overlapping placements`);
  const courses = new Set(rows.employment.training_course.map((course) => course.id));
  if (rows.employment.training_enrolment.some((enrolment) => !courses.has(enrolment.course_id))) problems.push('training_enrolment: unknown course');
}

/** Nothing happens after today; next_due_on is a due date, not an event, and may. */
function checkCalendar(rows: SeedRows, today: number, problems: string[]): void {
  const dates: [string, (string | null)[]][] = [
    ['patient.registered_on', rows.registry.patient.map((row) => row.registered_on)],
    ['patient.updated_at', rows.registry.patient.map((row) => row.updated_at)],
    ['diagnosis.diagnosed_on', rows.registry.diagnosis.map((row) => row.diagnosed_on)],
    ['risk_assessment.assessed_on', rows.registry.risk_assessment.map((row) => row.assessed_on)],
    ['follow_up.visit_date', rows.registry.follow_up.map((row) => row.visit_date)],
    ['hospitalization', rows.registry.hospitalization.flatMap((row) => [row.admitted_on, row.discharged_on])],
    ['consent', rows.registry.consent.flatMap((row) => [row.granted_at, row.revoked_at])],
    ['referral_transition.at', rows.welfare.referral_transition.map((row) => row.at)],
    ['referral_consent', rows.welfare.referral_consent.flatMap((row) => [row.granted_at, row.revoked_at])],
    ['benefit', rows.welfare.benefit.flatMap((row) => [row.started_on, row.ended_on])],
    ['disability_certificate.issued_on', rows.employment.disability_certificate.map((row) => row.issued_on)],
    ['training_enrolment', rows.employment.training_enrolment.flatMap((row) => [row.started_on, row.completed_on])],
    ['placement', rows.employment.placement.flatMap((row) => [row.started_on, row.ended_on])],
  ];
  for (const [column, values] of dates) {
    // The first 10 characters are the local (+08:00) date of a timestamp, or the date itself.
    const after = values.filter((value) => value !== null && dayOf(value.slice(0, 10)) > today).length;
    if (after > 0) problems.push(`${column}: ${after} values after today`);
  }
}

/** The statuses a case no longer moves from. */
const ENDED: ReadonlySet<string> = new Set(['CLOSED', 'REJECTED']);

/**
 * The registry's death reaches the person's cases (issue 16): a person who died keeps no open
 * case, a case closed after the death says DECEASED, and nothing else happens to it after the death.
 */
export function deceasedCaseProblems(rows: SeedRows): string[] {
  const problems: string[] = [];
  const died = new Map(rows.registry.patient.filter((p) => p.management_status === 'DECEASED').map((p) => [p.pid, dayOf(p.status_since)]));
  const steps = new Map<string, DbReferralTransitionRow[]>();
  for (const step of rows.welfare.referral_transition) steps.set(step.referral_id, [...(steps.get(step.referral_id) ?? []), step]);
  for (const referral of rows.welfare.referral) {
    const death = died.get(referral.pid);
    if (death === undefined) continue;
    if (!ENDED.has(referral.status)) problems.push(`referral ${referral.id}: still ${referral.status} though the person died`);
    const history = steps.get(referral.id) ?? [];
    const after = history.filter((step) => dayOf(step.at.slice(0, 10)) > death);
    if (after.some((step) => step.to_status !== 'CLOSED' || step !== history[history.length - 1]))
      problems.push(`referral ${referral.id}: moved on after the person died`);
    if (after.length > 0 && referral.close_reason !== 'DECEASED') problems.push(`referral ${referral.id}: closed after the death, not as DECEASED`);
  }
  return problems;
}

const SIGNED_BY: Record<ConsentGrantor, readonly string[]> = { PATIENT: ['PATIENT'], GUARDIAN: ['GUARDIAN'], PATIENT_AND_GUARDIAN: ['PATIENT', 'GUARDIAN'] };
/** The signatures a person's consents need: theirs, and their guardian's where the registry records one (notice §6-7). */
const signsRight = (hasGuardian: boolean, grantor: ConsentGrantor): boolean =>
  hasGuardian ? grantor === 'PATIENT_AND_GUARDIAN' : SIGNED_BY[grantor].join() === 'PATIENT';

/**
 * Whether the person has a guardian, as the registry records it: on every case (uploads bring it
 * from the registry), and in the signatures of each consent and service agreement, the registry's
 * REFERRAL_UPLOAD consents included: the guardian signs where there is one, and only then.
 */
export function guardianProblems(rows: SeedRows): string[] {
  const problems: string[] = [];
  const guarded = new Map(rows.registry.patient.map((p) => [p.pid, p.guardian_name !== null]));
  const cases = new Map(rows.welfare.referral.map((r) => [r.id, r]));
  for (const referral of rows.welfare.referral) {
    if (referral.has_guardian !== guarded.get(referral.pid))
      problems.push(`referral ${referral.id}: hasGuardian ${referral.has_guardian} differs from the registry`);
  }
  for (const consent of rows.welfare.referral_consent) {
    const referral = cases.get(consent.referral_id);
    if (referral && !signsRight(guarded.get(referral.pid) ?? false, consent.granted_by))
      problems.push(`referral ${consent.referral_id}: ${consent.scope} consent signed by ${consent.granted_by}`);
  }
  for (const agreement of rows.welfare.service_agreement) {
    const referral = cases.get(agreement.referral_id);
    if (referral && !signsRight(guarded.get(referral.pid) ?? false, agreement.signed_by))
      problems.push(`referral ${agreement.referral_id}: service agreement signed by ${agreement.signed_by}`);
  }
  const wrongUploads = rows.registry.consent.filter((c) => c.scope === 'REFERRAL_UPLOAD' && !signsRight(guarded.get(c.pid) ?? false, c.granted_by));
  if (wrongUploads.length > 0) problems.push(`consent: ${wrongUploads.length} REFERRAL_UPLOAD consents signed against the registry's guardian`);
  return problems;
}

/** A case waits only where its county has no free place (issue 16): no county ends with both a waiting case and a free place. */
export function waitingListProblems(rows: SeedRows): string[] {
  const occupied = new Map<string, number>();
  for (const referral of rows.welfare.referral) {
    if (referral.institution_id !== null && OCCUPYING_STATUSES.includes(referral.status as ReferralStatus))
      occupied.set(referral.institution_id, (occupied.get(referral.institution_id) ?? 0) + 1);
  }
  const free = new Map<string, number>();
  for (const institution of rows.welfare.institution) {
    const places = Math.max(0, institution.capacity - (occupied.get(institution.id) ?? 0));
    free.set(institution.county_code, (free.get(institution.county_code) ?? 0) + places);
  }
  const counties = new Set(rows.welfare.referral.filter((r) => r.status === 'WAITLISTED').map((r) => r.county_code));
  return [...counties]
    .filter((county) => (free.get(county) ?? 0) > 0)
    .map((county) => `county ${county}: cases wait while ${free.get(county)} places are free`);
}
