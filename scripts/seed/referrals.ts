// A person's referrals on the national platform: which story, placed in time, as referral, history and consent rows.
import { addWorkingDays, dayOf, dayOfInstant, type Instant, instantOf, isoTimestamp } from './calendar.js';
import type { InstitutionRoster } from './institutions.js';
import type { Person } from './people.js';
import { Random, type Weighted } from './random.js';
import { buildCaseRecords, type CaseRecords, signedBy } from './case-records.js';
import { placeJourney, type TimedStep } from './referral-journey.js';
import {
  buildRegistryClosure,
  buildScenario,
  EARLIER_CASE_SCENARIOS,
  type Scenario,
  type ScenarioName,
  SCENARIO_WEIGHTS,
  type ScenarioSetup,
} from './referral-scenarios.js';
import type { HospitalStay, Registration, UploadConsent } from './registry-records.js';
import type {
  ConsentGrantor,
  DbEmploymentHandoffRow,
  DbReferralConsentRow,
  DbReferralRow,
  DbReferralTransitionRow,
  ReferralChannel,
  ReferralOutcome,
} from './tables.js';

/** Decision: the platform went live with the action plan, 2023-01-01; no referral is older. */
export const PLATFORM_START = dayOf('2023-01-01');

/** Share of registry patients with at least one referral. */
const REFERRED_SHARE = 0.45;
/** Share of referred people who also have an older, closed case. */
const REFERRED_TWICE_SHARE = 0.08;

const CHANNELS: Weighted<ReferralChannel> = [
  ['MEDICAL_INSTITUTION', 55],
  ['VOLUNTARY_APPLICATION', 30],
  ['THIRD_PARTY_APPLICATION', 15],
];

const GRANTORS: Weighted<ConsentGrantor> = [
  ['PATIENT', 45],
  ['PATIENT_AND_GUARDIAN', 45],
  ['GUARDIAN', 10],
];

/** The run-wide state referrals need, owned by the seed context. */
export interface ReferralState {
  seed: number;
  today: number;
  roster: InstitutionRoster;
  /** Direct-service staff of each institution, who record services. */
  directStaff: ReadonlyMap<string, readonly string[]>;
  /** Stories not told yet: the next eligible people get them first, so every status occurs even in a small seed. */
  untold: Set<ScenarioName>;
}

/** A post-rehabilitation hand-off that the employment records follow up. */
export interface Handoff {
  /** The platform's outbox row of an employment hand-off (null for other outcomes). */
  record: DbEmploymentHandoffRow | null;
  outcome: ReferralOutcome;
  referredOutDay: number;
  acknowledgedDay: number | null;
  countyCode: string;
}

export interface PersonReferrals extends CaseRecords {
  referral: DbReferralRow[];
  referral_transition: DbReferralTransitionRow[];
  referral_consent: DbReferralConsentRow[];
  /** Stays in hospital the cases imply: the discharge before an upload, green-channel readmissions. */
  stays: HospitalStay[];
  uploadConsents: UploadConsent[];
  handoffs: Handoff[];
}

interface PlacedCase {
  scenario: Scenario;
  channel: ReferralChannel;
  steps: TimedStep[];
}

export function generateReferrals(random: Random, person: Person, registration: Registration, state: ReferralState): PersonReferrals {
  const result: PersonReferrals = {
    referral: [],
    referral_transition: [],
    referral_consent: [],
    referral_assessment: [],
    service_agreement: [],
    service_record: [],
    employment_handoff: [],
    stays: [],
    uploadConsents: [],
    handoffs: [],
  };
  if (!random.chance(REFERRED_SHARE)) return result;
  const earliest = Math.max(PLATFORM_START, registration.registeredDay + 14);
  const cases: PlacedCase[] = [];
  if (registration.managementStatus !== 'ACTIVE' && registration.endDay !== null) {
    const closure = placeRegistryClosure(random, person, registration, state, earliest);
    if (closure) cases.push(closure);
  } else {
    const twice = random.chance(REFERRED_TWICE_SHARE);
    const current = placeCurrentCase(random, person, state, twice ? earliest + 240 : earliest);
    if (current) {
      const firstDay = dayOfInstant(current.steps[0]?.at ?? 0);
      const earlier = twice ? placeEarlierCase(random, person, state, earliest, firstDay - 30) : null;
      if (earlier) cases.push(earlier);
      cases.push(current);
    }
  }
  for (const placed of cases) addCase(random, person, placed, result, registration, state);
  return result;
}

function setupFor(random: Random, person: Person, state: ReferralState, channel = random.weighted(CHANNELS)): ScenarioSetup {
  return { random, channel, homeCounty: person.countyCode, roster: state.roster };
}

/**
 * The active patient's current case: an untold story first, else a weighted one. A case
 * that would end holding a place in a full county ends on the waiting list instead; one
 * that does not fit in time (a recent registration) becomes a fresh submission.
 */
function placeCurrentCase(random: Random, person: Person, state: ReferralState, earliest: number): PlacedCase | null {
  const setup = setupFor(random, person, state);
  const wanted = state.untold.values().next().value ?? random.weighted(SCENARIO_WEIGHTS);
  const fallbacks: ScenarioName[] = [wanted, random.chance(0.5) ? 'waitlisted' : 'waitlisted-long', 'waitlisted', 'submitted'];
  for (const name of fallbacks) {
    const scenario = buildScenario(name, setup);
    if (!scenario) continue;
    const steps = placeJourney(random, scenario.plan, { earliestStart: earliest, latestEnd: state.today, tail: scenario.tail });
    if (!steps) continue;
    if (scenario.occupies) state.roster.occupy(scenario.occupies);
    state.untold.delete(name);
    return { scenario, channel: setup.channel, steps };
  }
  return null;
}

/** An older case, closed at least a month before the current one was submitted. */
function placeEarlierCase(random: Random, person: Person, state: ReferralState, earliest: number, latestEnd: number): PlacedCase | null {
  const setup = setupFor(random, person, state);
  const scenario = buildScenario(random.pick(EARLIER_CASE_SCENARIOS), setup);
  if (!scenario) return null;
  const steps = placeJourney(random, scenario.plan, { earliestStart: earliest, latestEnd, tail: [0, 200] });
  return steps ? { scenario, channel: setup.channel, steps } : null;
}

/** The case of a patient who died, was lost or moved away: closed for that reason, a few days after it happened. */
function placeRegistryClosure(random: Random, person: Person, registration: Registration, state: ReferralState, earliest: number): PlacedCase | null {
  const status = registration.managementStatus;
  if (status === 'ACTIVE' || registration.endDay === null) return null;
  const setup = setupFor(random, person, state);
  const scenario = buildRegistryClosure(status, setup);
  if (!scenario) return null;
  const closedDay = Math.min(state.today, addWorkingDays(registration.endDay, random.int(1, 15)));
  const steps = placeJourney(random, scenario.plan, { earliestStart: earliest, latestEnd: closedDay, tail: scenario.tail, pinLast: true });
  return steps ? { scenario, channel: setup.channel, steps } : null;
}

function addCase(random: Random, person: Person, placed: PlacedCase, into: PersonReferrals, registration: Registration, state: ReferralState): void {
  const id = random.uuid();
  const { steps, channel } = placed;
  const hasGuardian = registration.guardianName !== null;
  into.referral.push(referralRow(id, person.pid, channel, steps, state.seed, hasGuardian));
  const records = buildCaseRecords(steps, {
    seed: state.seed,
    referralId: id,
    pid: person.pid,
    today: state.today,
    directStaff: state.directStaff,
    serviceForms: state.roster.serviceForms,
    hasGuardian,
  });
  into.referral_assessment.push(...records.referral_assessment);
  into.service_agreement.push(...records.service_agreement);
  into.service_record.push(...records.service_record);
  into.employment_handoff.push(...records.employment_handoff);
  for (const step of steps) {
    into.referral_transition.push({
      referral_id: id,
      from_status: step.from,
      to_status: step.to,
      at: isoTimestamp(step.at),
      actor_role: step.role,
      actor_id: step.actorId,
      reason: step.reason,
    });
  }
  addConsents(random, id, placed, into, hasGuardian);
  addStays(random, placed, into, registration);
  addHandoff(steps, into, records.employment_handoff[0] ?? null);
}

/** The referral's current state, folded from its history: version = number of transitions. */
const APPLICANTS: readonly NonNullable<DbReferralRow['applicant']>[] = [
  'EMPLOYER',
  'VILLAGE_COMMITTEE',
  'RESIDENTS_COMMITTEE',
  'SOCIAL_ORGANISATION',
  'INDIVIDUAL',
];

function referralRow(id: string, pid: string, channel: ReferralChannel, steps: readonly TimedStep[], seed: number, hasGuardian: boolean): DbReferralRow {
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (!first || !last) throw new Error('a placed referral has at least one step');
  let countyCode = '';
  let institutionId: string | null = null;
  let outcome: ReferralOutcome | null = null;
  for (const step of steps) {
    if (step.countyCode) countyCode = step.countyCode;
    if (step.institutionId !== undefined) institutionId = step.institutionId;
    if (step.outcome) outcome = step.outcome;
  }
  // Waiting is measured from the first registration to the first intake (DOMAIN.md §5), so
  // a declined dispatch or a later transfer does not reset either timestamp.
  const registered = steps.find((step) => step.to === 'REGISTERED');
  const accepted = steps.find((step) => step.to === 'ACCEPTED');
  // The deadlines run from the review and from the latest dispatch.
  const reviewed = steps.find((step) => step.from === 'SUBMITTED');
  const dispatched = steps.findLast((step) => step.to === 'DISPATCHED');
  const referredOut = steps.find((step) => step.to === 'REFERRED_OUT');
  const closed = steps.find((step) => step.to === 'CLOSED');
  const at = (step: TimedStep | undefined) => (step ? isoTimestamp(step.at) : null);
  return {
    id,
    pid,
    channel,
    status: last.to,
    version: steps.length,
    county_code: countyCode,
    institution_id: institutionId,
    submitted_at: isoTimestamp(first.at),
    registered_at: registered ? isoTimestamp(registered.at) : null,
    accepted_at: accepted ? isoTimestamp(accepted.at) : null,
    outcome,
    close_reason: last.closeReason ?? null,
    updated_at: isoTimestamp(last.at),
    // Its own stream: the person's main stream, and every other row, stay as they were.
    applicant: channel === 'THIRD_PARTY_APPLICATION' ? Random.for(seed, 'applicant', id).pick(APPLICANTS) : null,
    reviewed_at: at(reviewed),
    dispatched_at: at(dispatched),
    referred_out_at: at(referredOut),
    closed_at: at(closed),
    // As the registry records it (a hospital upload brings it; a social worker asks at intake).
    has_guardian: hasGuardian,
    review_requested_at: null,
    // Demo cases referred out to another service are closed by hand, as before receiving institutions were named.
    receiving_institution_id: null,
  };
}

/**
 * The consents each guard of §4 needs: the hospital's REFERRAL_UPLOAD (also kept by the
 * registry) before submission, a SERVICE_AGREEMENT before each start of service, and an
 * EMPLOYMENT_SHARING consent before an employment hand-off. Withdrawal revokes them all.
 */
function addConsents(random: Random, referralId: string, placed: PlacedCase, into: PersonReferrals, hasGuardian: boolean): void {
  const { steps, channel } = placed;
  const last = steps[steps.length - 1];
  const revokedAt = last?.revokesConsents ? last.at : null;
  const consent = (scope: DbReferralConsentRow['scope'], grantedBy: ConsentGrantor, grantedAt: Instant): void => {
    into.referral_consent.push({
      referral_id: referralId,
      scope,
      granted_by: grantedBy,
      granted_at: isoTimestamp(grantedAt),
      revoked_at: revokedAt === null ? null : isoTimestamp(revokedAt),
    });
  };
  const first = steps[0];
  if (channel === 'MEDICAL_INSTITUTION' && first) {
    // Signed in hospital during office hours, up to three days before the upload.
    const signed = instantOf(dayOfInstant(first.at) - random.int(0, 3), random.int(510, 1050));
    const grantedAt = signed < first.at ? signed : first.at - random.int(10, 60);
    into.uploadConsents.push({ grantedAt, revokedAt });
    consent('REFERRAL_UPLOAD', hasGuardian ? 'PATIENT_AND_GUARDIAN' : 'PATIENT', grantedAt);
  }
  steps.forEach((step, k) => {
    const before = steps[k - 1];
    if (!before) return;
    // Signed between the previous step and this one.
    const signedAt = Math.max(before.at + 1, step.at - random.int(1, 60));
    if (step.to === 'IN_SERVICE' && step.from === 'ASSESSED') consent('SERVICE_AGREEMENT', signedBy(hasGuardian, random.weighted(GRANTORS)), signedAt);
    if (step.to === 'REFERRED_OUT' && (step.outcome === 'EMPLOYMENT' || step.outcome === 'SHELTERED_EMPLOYMENT')) {
      consent('EMPLOYMENT_SHARING', signedBy(hasGuardian, random.weighted(GRANTORS)), signedAt);
    }
  });
}

/**
 * Hospital stays the case implies: most hospital uploads follow a discharge with a
 * positive rehabilitation assessment (the others an outpatient assessment), and each
 * green-channel referral is a readmission, still open while the case waits.
 */
function addStays(random: Random, placed: PlacedCase, into: PersonReferrals, registration: Registration): void {
  const { steps, channel } = placed;
  const submittedDay = dayOfInstant(steps[0]?.at ?? 0);
  if (channel === 'MEDICAL_INSTITUTION' && random.chance(0.65)) {
    const dischargedDay = submittedDay - random.int(0, 7);
    const admittedDay = dischargedDay - random.int(14, 60);
    if (admittedDay >= registration.diagnosedDay) into.stays.push({ admittedDay, dischargedDay, recommendsCommunityRehab: true });
  }
  steps.forEach((step, k) => {
    if (step.to !== 'RELAPSE_REFERRED') return;
    const admittedDay = dayOfInstant(step.at);
    const resumed = steps[k + 1];
    // Discharged before the case resumes (a compressed journey may resume within days).
    const dischargedDay = resumed ? Math.max(admittedDay, dayOfInstant(resumed.at) - random.int(1, 7)) : null;
    into.stays.push({ admittedDay, dischargedDay, recommendsCommunityRehab: dischargedDay === null ? null : true });
  });
}

function addHandoff(steps: readonly TimedStep[], into: PersonReferrals, record: DbEmploymentHandoffRow | null): void {
  const out = steps.find((step) => step.to === 'REFERRED_OUT');
  if (!out?.outcome) return;
  const closed = steps.find((step) => step.to === 'CLOSED' && step.closeReason === 'HANDOFF_ACKNOWLEDGED');
  const county = [...steps].reverse().find((step) => step.countyCode)?.countyCode ?? '';
  into.handoffs.push({
    outcome: out.outcome,
    referredOutDay: dayOfInstant(out.at),
    acknowledgedDay: closed ? dayOfInstant(closed.at) : null,
    countyCode: county,
    record,
  });
}
