// The referral stories the demo tells, one per final status and notable path (waits, declines, relapses, transfers).
import type { ReferralStatus } from '../../subgraphs/welfare/src/domain/referral-workflow.js';
import type { InstitutionRoster } from './institutions.js';
import type { Random, Weighted } from './random.js';
import { type ActorRole, type Delay, JourneyPlan, type JourneyStep } from './referral-journey.js';
import type { CloseReason, DbInstitutionRow, ReferralChannel, ReferralOutcome } from './tables.js';

export const SCENARIO_NAMES = [
  'submitted',
  'rejected',
  'registered',
  'declined',
  'waitlisted',
  'waitlisted-long',
  'dispatched',
  'accepted',
  'assessed',
  'in-service',
  'in-service-after-wait',
  'in-service-after-decline',
  'in-service-after-relapse',
  'relapse-referred',
  'transfer-pending',
  'transferred',
  'referred-out',
  'closed-handoff',
  'closed-returned',
  'closed-withdrawn',
  'closed-not-suitable',
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** How often each story is told for an active patient's current referral (relative weights). */
export const SCENARIO_WEIGHTS: Weighted<ScenarioName> = [
  ['submitted', 3],
  ['rejected', 5],
  ['registered', 3],
  ['declined', 1.5],
  ['waitlisted', 4],
  ['waitlisted-long', 3],
  ['dispatched', 3],
  ['accepted', 3],
  ['assessed', 3],
  ['in-service', 14],
  ['in-service-after-wait', 4],
  ['in-service-after-decline', 2],
  ['in-service-after-relapse', 4],
  ['relapse-referred', 3],
  ['transfer-pending', 2],
  ['transferred', 2],
  ['referred-out', 6],
  ['closed-handoff', 18],
  ['closed-returned', 8],
  ['closed-withdrawn', 4],
  ['closed-not-suitable', 3],
];

/** Old cases of people who were referred twice: always closed before the new one started. */
export const EARLIER_CASE_SCENARIOS: readonly ScenarioName[] = ['closed-returned', 'closed-withdrawn', 'closed-handoff'];

export interface ScenarioSetup {
  random: Random;
  channel: ReferralChannel;
  /** The county the person lives in now. */
  homeCounty: string;
  roster: InstitutionRoster;
}

export interface Scenario {
  name: ScenarioName | 'closed-by-registry';
  plan: JourneyPlan;
  /** Days between the last step and today: short for cases still waiting on a deadline, long for history. */
  tail: readonly [number, number];
  /** The institution whose place the case holds at the end (an OCCUPYING status), if any. */
  occupies: string | null;
}

const STAFF_PREFIX: Record<ActorRole, string> = {
  HOSPITAL_CLINICIAN: 'hc',
  SOCIAL_WORKER: 'sw',
  PLATFORM_OFFICER: 'po',
  INSTITUTION_STAFF: 'is',
  EMPLOYMENT_OFFICER: 'eo',
  THIRD_PARTY: 'tp',
};

const THIRD_PARTIES = ["residents' committee", 'village committee', 'employer', 'social organisation', 'relative or neighbour'] as const;

/** Builds one story step by step; every step is checked against the state machine by JourneyPlan. */
class StoryBuilder {
  readonly plan = new JourneyPlan();
  private institution: DbInstitutionRow | undefined;
  occupies: string | null = null;

  constructor(
    private readonly setup: ScenarioSetup,
    /** The county the case is handled in: the person's, or the one they moved from. */
    private county: string,
  ) {}

  private get random(): Random {
    return this.setup.random;
  }

  private staff(role: ActorRole): string {
    const scope = role === 'INSTITUTION_STAFF' && this.institution ? this.institution.id.slice(0, 8) : this.county;
    return `${STAFF_PREFIX[role]}-${scope}-${String(this.random.int(1, 12)).padStart(2, '0')}`;
  }

  private move(to: ReferralStatus, delay: Delay, role: ActorRole, extra: Partial<JourneyStep> = {}): this {
    this.plan.move({ to, delay, role, actorId: this.staff(role), reason: null, ...extra });
    return this;
  }

  /** Working days for a 5-working-day deadline: mostly met, sometimes missed. */
  private deadline(lateShare: number): Delay {
    return { workingDays: this.random.chance(lateShare) ? this.random.int(6, 14) : this.random.int(0, 5) };
  }

  submit(): this {
    const { channel } = this.setup;
    if (channel === 'THIRD_PARTY_APPLICATION') {
      return this.move('SUBMITTED', { days: 0 }, 'THIRD_PARTY', {
        actorId: null,
        reason: `application by a ${this.random.pick(THIRD_PARTIES)}`,
        countyCode: this.county,
      });
    }
    const role = channel === 'MEDICAL_INSTITUTION' ? 'HOSPITAL_CLINICIAN' : 'SOCIAL_WORKER';
    return this.move('SUBMITTED', { days: 0 }, role, { countyCode: this.county });
  }

  register(): this {
    return this.move('REGISTERED', this.deadline(0.12), 'SOCIAL_WORKER');
  }

  reject(): this {
    const reason = this.random.pick(['no community rehabilitation need', 'needs inpatient treatment first', 'duplicate application']);
    return this.move('REJECTED', this.deadline(0.1), 'SOCIAL_WORKER', { reason });
  }

  waitlist(): this {
    return this.move('WAITLISTED', this.deadline(0.1), 'PLATFORM_OFFICER', { reason: 'no free place in the county' });
  }

  /** After a wait on the list, a dispatch past 90 days needs the social worker's re-review (§4). */
  dispatch(institution: DbInstitutionRow, waitedDays?: number): this {
    this.institution = institution;
    const delay = waitedDays === undefined ? this.deadline(0.1) : { days: waitedDays };
    const reason = waitedDays !== undefined && waitedDays > 90 ? 're-reviewed by a social worker after 90 days on the waiting list: still willing' : null;
    return this.move('DISPATCHED', delay, 'PLATFORM_OFFICER', { institutionId: institution.id, reason });
  }

  decline(): this {
    const reason = this.random.pick([
      'declined: the service form needed is not offered',
      'declined: no transitional housing place',
      'declined: the person lives outside the service area',
    ]);
    this.move('REGISTERED', { days: this.random.int(1, 7) }, 'INSTITUTION_STAFF', { institutionId: null, reason });
    this.institution = undefined;
    return this;
  }

  accept(institution?: DbInstitutionRow): this {
    if (institution) this.institution = institution;
    return this.move('ACCEPTED', { days: this.random.int(1, 10) }, 'INSTITUTION_STAFF', institution ? { institutionId: institution.id } : {});
  }

  assess(): this {
    return this.move('ASSESSED', { days: this.random.int(3, 14) }, 'INSTITUTION_STAFF', {
      reason: 'multidisciplinary assessment with a rehabilitation opinion',
    });
  }

  startService(): this {
    return this.move('IN_SERVICE', { days: this.random.int(2, 14) }, 'INSTITUTION_STAFF', { reason: 'service agreement signed' });
  }

  /** dispatch → accept → assess → start, the ordinary intake by one institution. */
  serve(institution: DbInstitutionRow): this {
    return this.dispatch(institution).accept().assess().startService();
  }

  relapse(): this {
    return this.move('RELAPSE_REFERRED', { days: this.random.int(30, 300) }, 'INSTITUTION_STAFF', {
      reason: 'relapse: green-channel referral to a psychiatric hospital',
    });
  }

  resume(): this {
    return this.move('IN_SERVICE', { days: this.random.int(14, 60) }, 'INSTITUTION_STAFF', { reason: 'discharged and re-assessed' });
  }

  transferTo(county: string): this {
    this.move('TRANSFER_PENDING', { days: this.random.int(30, 300) }, 'INSTITUTION_STAFF', {
      countyCode: county,
      reason: 'the person moved to another county',
    });
    this.county = county;
    return this;
  }

  referOut(outcome: ReferralOutcome): this {
    return this.move('REFERRED_OUT', { days: this.random.int(120, 540) }, 'INSTITUTION_STAFF', { outcome, reason: 'exit assessment' });
  }

  /** The receiver acknowledges; returning home closes at once (§4). */
  acknowledge(outcome: ReferralOutcome): this {
    if (outcome === 'RETURNED_TO_COMMUNITY') {
      return this.move('CLOSED', { days: 0 }, 'INSTITUTION_STAFF', { closeReason: 'RETURNED_TO_COMMUNITY', reason: CLOSE_EXPLANATIONS.RETURNED_TO_COMMUNITY });
    }
    const role = outcome === 'OTHER_REHAB_SERVICE' ? 'INSTITUTION_STAFF' : 'EMPLOYMENT_OFFICER';
    return this.move('CLOSED', { days: this.random.int(3, 30) }, role, {
      closeReason: 'HANDOFF_ACKNOWLEDGED',
      reason: CLOSE_EXPLANATIONS.HANDOFF_ACKNOWLEDGED,
    });
  }

  /** Early closure of an active case: by the institution holding it, otherwise by the social worker. */
  close(closeReason: CloseReason, options: { delay?: Delay; reason?: string } = {}): this {
    const held =
      this.plan.status === 'ACCEPTED' || this.plan.status === 'ASSESSED' || this.plan.status === 'IN_SERVICE' || this.plan.status === 'RELAPSE_REFERRED';
    return this.move('CLOSED', options.delay ?? { days: this.random.int(5, 120) }, held ? 'INSTITUTION_STAFF' : 'SOCIAL_WORKER', {
      closeReason,
      reason: options.reason ?? CLOSE_EXPLANATIONS[closeReason],
      revokesConsents: closeReason === 'WITHDRAWN' && options.reason === undefined,
    });
  }
}

const CLOSE_EXPLANATIONS: Record<CloseReason, string> = {
  HANDOFF_ACKNOWLEDGED: 'hand-off acknowledged by the receiver',
  RETURNED_TO_COMMUNITY: 'returned to family and community',
  NOT_SUITABLE: 'assessment found community rehabilitation not suitable',
  WITHDRAWN: 'consent withdrawn',
  DECEASED: 'the person died',
  LOST_TO_FOLLOW_UP: 'lost to follow-up',
};

const EXIT_OUTCOMES: Weighted<ReferralOutcome> = [
  ['EMPLOYMENT', 40],
  ['SHELTERED_EMPLOYMENT', 30],
  ['OTHER_REHAB_SERVICE', 30],
];

/** How far a case got before it was closed early. */
const CLOSING_STAGES: Weighted<'REGISTERED' | 'WAITLISTED' | 'DISPATCHED' | 'ACCEPTED' | 'IN_SERVICE'> = [
  ['REGISTERED', 15],
  ['WAITLISTED', 15],
  ['DISPATCHED', 10],
  ['ACCEPTED', 10],
  ['IN_SERVICE', 50],
];

function progressTo(story: StoryBuilder, setup: ScenarioSetup, institution: DbInstitutionRow): void {
  const stage = setup.random.weighted(CLOSING_STAGES);
  story.submit().register();
  if (stage === 'WAITLISTED') story.waitlist();
  if (stage === 'DISPATCHED') story.dispatch(institution);
  if (stage === 'ACCEPTED') story.dispatch(institution).accept();
  if (stage === 'IN_SERVICE') story.serve(institution);
}

/** A county with institutions near home (same province if possible) that the person moved from. */
function originCounty(setup: ScenarioSetup): string | undefined {
  const others = setup.roster.counties().filter((county) => county !== setup.homeCounty);
  const nearby = others.filter((county) => county.startsWith(setup.homeCounty.slice(0, 2)));
  const pool = nearby.length > 0 ? nearby : others;
  return pool.length > 0 ? setup.random.pick(pool) : undefined;
}

type StoryResult = { story: StoryBuilder; tail: readonly [number, number] } | null;

/**
 * Builds the named story, or null when the county cannot provide it right now (no free
 * place for a case that ends holding one, or no other county to move from).
 */
export function buildScenario(name: ScenarioName, setup: ScenarioSetup): Scenario | null {
  const built = tell(name, setup);
  if (!built) return null;
  return { name, plan: built.story.plan, tail: built.tail, occupies: built.story.occupies };
}

function tell(name: ScenarioName, setup: ScenarioSetup): StoryResult {
  const { random, roster, homeCounty } = setup;
  const story = new StoryBuilder(setup, homeCounty);
  const local = roster.anyIn(homeCounty, random);
  if (!local) return null;
  switch (name) {
    case 'submitted':
      return { story: story.submit(), tail: random.chance(0.15) ? [6, 15] : [0, 4] };
    case 'rejected':
      return { story: story.submit().reject(), tail: [0, 900] };
    case 'registered':
      return { story: story.submit().register(), tail: random.chance(0.2) ? [6, 15] : [0, 4] };
    case 'declined':
      return { story: story.submit().register().dispatch(local).decline(), tail: [0, 4] };
    case 'waitlisted':
      return { story: story.submit().register().waitlist(), tail: [3, 89] };
    case 'waitlisted-long':
      return { story: story.submit().register().waitlist(), tail: [91, 330] };
    case 'dispatched':
      return { story: story.submit().register().dispatch(local), tail: [0, 6] };
    default:
      return tellHeldCase(name, setup, story, local);
  }
}

/** Stories that end in an OCCUPYING status at an institution of the home county. */
const HOLDING_A_PLACE: ReadonlySet<ScenarioName> = new Set([
  'accepted',
  'assessed',
  'in-service',
  'in-service-after-wait',
  'in-service-after-decline',
  'in-service-after-relapse',
  'relapse-referred',
]);

/** Stories in which an institution takes the case. */
function tellHeldCase(name: ScenarioName, setup: ScenarioSetup, story: StoryBuilder, local: DbInstitutionRow): StoryResult {
  const { random, roster, homeCounty } = setup;
  let institution = local;
  if (HOLDING_A_PLACE.has(name)) {
    const place = roster.withFreePlace(homeCounty, random);
    if (!place) return null;
    story.occupies = place.id;
    institution = place;
  }
  switch (name) {
    case 'accepted':
      return { story: story.submit().register().dispatch(institution).accept(), tail: [0, 10] };
    case 'assessed':
      return { story: story.submit().register().dispatch(institution).accept().assess(), tail: [0, 12] };
    case 'in-service':
      return { story: story.submit().register().serve(institution), tail: [0, 420] };
    case 'in-service-after-wait':
      story.submit().register().waitlist().dispatch(institution, random.int(20, 200));
      return { story: story.accept().assess().startService(), tail: [0, 300] };
    case 'in-service-after-decline':
      return { story: story.submit().register().dispatch(local).decline().serve(institution), tail: [0, 300] };
    case 'in-service-after-relapse':
      return { story: story.submit().register().serve(institution).relapse().resume(), tail: [0, 200] };
    case 'relapse-referred':
      return { story: story.submit().register().serve(institution).relapse(), tail: [1, 40] };
    default:
      return tellLaterStages(name, setup, story, institution);
  }
}

/** Relocations, exits and closures. */
function tellLaterStages(name: ScenarioName, setup: ScenarioSetup, story: StoryBuilder, institution: DbInstitutionRow): StoryResult {
  const { random } = setup;
  switch (name) {
    case 'transfer-pending':
    case 'transferred':
      return tellRelocation(name, setup);
    case 'referred-out': {
      story.submit().register().serve(institution);
      if (random.chance(0.2)) story.relapse().resume();
      return { story: story.referOut(random.weighted(EXIT_OUTCOMES)), tail: [0, 20] };
    }
    case 'closed-handoff': {
      const outcome = random.weighted(EXIT_OUTCOMES);
      return { story: story.submit().register().serve(institution).referOut(outcome).acknowledge(outcome), tail: [0, 700] };
    }
    case 'closed-returned':
      story.submit().register().serve(institution).referOut('RETURNED_TO_COMMUNITY');
      return { story: story.acknowledge('RETURNED_TO_COMMUNITY'), tail: [0, 700] };
    case 'closed-withdrawn':
      progressTo(story, setup, institution);
      return { story: story.close('WITHDRAWN'), tail: [0, 700] };
    case 'closed-not-suitable':
      story.submit().register().dispatch(institution).accept();
      if (random.chance(0.6)) story.assess();
      return { story: story.close('NOT_SUITABLE', { delay: { days: random.int(3, 30) } }), tail: [0, 700] };
    default:
      throw new Error(`unknown seed scenario ${name}`);
  }
}

/** The case starts in the county the person left and moves home with them. */
function tellRelocation(name: 'transfer-pending' | 'transferred', setup: ScenarioSetup): StoryResult {
  const { random, roster, homeCounty } = setup;
  const origin = originCounty(setup);
  const originInstitution = origin ? roster.anyIn(origin, random) : undefined;
  if (!origin || !originInstitution) return null;
  const story = new StoryBuilder(setup, origin);
  story.submit().register().dispatch(originInstitution).accept().assess();
  if (random.chance(0.75)) story.startService();
  story.transferTo(homeCounty);
  if (name === 'transfer-pending') return { story, tail: [1, 40] };
  const place = roster.withFreePlace(homeCounty, random);
  if (!place) return null;
  story.occupies = place.id;
  return { story: story.accept(place).assess().startService(), tail: [0, 200] };
}

/**
 * A case of a patient the registry no longer manages (died, lost, moved out of the
 * jurisdiction): it got some way and was closed for that reason, on that day.
 */
export function buildRegistryClosure(managementStatus: 'DECEASED' | 'LOST_TO_FOLLOW_UP' | 'MOVED_OUT', setup: ScenarioSetup): Scenario | null {
  const institution = setup.roster.anyIn(setup.homeCounty, setup.random);
  if (!institution) return null;
  const story = new StoryBuilder(setup, setup.homeCounty);
  progressTo(story, setup, institution);
  if (managementStatus === 'MOVED_OUT') story.close('WITHDRAWN', { delay: { days: 0 }, reason: 'the person moved out of the jurisdiction' });
  else story.close(managementStatus, { delay: { days: 0 } });
  return { name: 'closed-by-registry', plan: story.plan, tail: [0, 240], occupies: null };
}
