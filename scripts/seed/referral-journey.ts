// A referral's path through the state machine: planned as steps with delays, then placed on the calendar.
import { canTransition, type ReferralStatus } from '../../subgraphs/welfare/src/domain/referral-workflow.js';
import { addWorkingDays, dayOfInstant, instantOf, type Instant, MINUTES_PER_DAY } from './calendar.js';
import type { Random } from './random.js';
import type { CloseReason, ReferralOutcome } from './tables.js';

/** Who records a transition (DOMAIN.md §4). THIRD_PARTY: an employer, committee, organisation or individual. */
export type ActorRole = 'HOSPITAL_CLINICIAN' | 'SOCIAL_WORKER' | 'PLATFORM_OFFICER' | 'INSTITUTION_STAFF' | 'EMPLOYMENT_OFFICER' | 'THIRD_PARTY';

/** How long after the previous step a step happens: calendar days, or working days for the platform's deadlines. */
export type Delay = { days: number } | { workingDays: number };

export interface JourneyStep {
  to: ReferralStatus;
  delay: Delay;
  role: ActorRole;
  actorId: string | null;
  reason: string | null;
  /** Institution holding the case from this step on; null clears it, undefined keeps it. */
  institutionId?: string | null;
  /** County the case belongs to from this step on (relocation moves it). */
  countyCode?: string;
  outcome?: ReferralOutcome;
  closeReason?: CloseReason;
  /** A closure because the patient or guardian withdrew consent: the case's consents are revoked with it. */
  revokesConsents?: boolean;
}

export interface TimedStep extends JourneyStep {
  from: ReferralStatus | null;
  at: Instant;
}

/** Steps checked against the state machine as they are added: a scenario cannot build an illegal path. */
export class JourneyPlan {
  readonly steps: JourneyStep[] = [];

  get status(): ReferralStatus | null {
    return this.steps[this.steps.length - 1]?.to ?? null;
  }

  move(step: JourneyStep): this {
    if (!canTransition(this.status, step.to)) {
      throw new Error(`seed scenario builds an illegal transition ${this.status ?? '(new)'} → ${step.to}`);
    }
    this.steps.push(step);
    return this;
  }
}

/**
 * Where a journey may lie: it starts on or after `earliestStart`, and its last step is
 * `tail` days (a range) before `latestEnd`. With `pinLast`, the last step happens on
 * `latestEnd` itself (a case closed on the day the person died) and `tail` applies to the
 * step before it.
 */
export interface JourneyWindow {
  earliestStart: number;
  latestEnd: number;
  tail: readonly [number, number];
  pinLast?: boolean;
}

/** Working hours for office events, 08:30-17:30. */
const OPENING_MINUTE = 510;
const CLOSING_MINUTE = 1050;

/** An upper bound of the calendar days the delays take (5 working days never span more than 7 + 2 days). */
function estimatedDays(steps: readonly JourneyStep[]): number {
  let days = 0;
  for (const { delay } of steps) days += 'days' in delay ? delay.days : Math.ceil((delay.workingDays * 7) / 5) + 2;
  return days;
}

/**
 * Puts the plan on the calendar, or returns null when it cannot fit the window. A journey
 * too long for the window (a patient registered recently) is compressed proportionally,
 * which keeps the order of events and only shortens the waits.
 */
export function placeJourney(random: Random, plan: JourneyPlan, window: JourneyWindow): TimedStep[] | null {
  const steps = window.pinLast ? plan.steps.slice(0, -1) : plan.steps;
  const pinned = window.pinLast ? plan.steps[plan.steps.length - 1] : undefined;
  const estimate = estimatedDays(steps);
  const lastPossible = window.latestEnd - window.tail[0];
  if (steps.length === 0 || lastPossible < window.earliestStart) return null;
  let start: number;
  let scale = 1;
  if (lastPossible - estimate < window.earliestStart) {
    start = window.earliestStart;
    scale = estimate === 0 ? 1 : (lastPossible - start) / estimate;
  } else {
    const tail = random.int(window.tail[0], Math.min(window.tail[1], lastPossible - estimate - window.earliestStart + window.tail[0]));
    start = window.latestEnd - tail - estimate;
  }
  const timed = timeSteps(random, steps, start, scale);
  if (pinned) timed.push(timeStep(random, pinned, timed[timed.length - 1], window.latestEnd));
  const last = timed[timed.length - 1];
  return last && dayOfInstant(last.at) <= window.latestEnd ? timed : null;
}

function timeSteps(random: Random, steps: readonly JourneyStep[], start: number, scale: number): TimedStep[] {
  const timed: TimedStep[] = [];
  let day = start;
  for (const step of steps) {
    const previous = timed[timed.length - 1];
    if (previous) {
      day = 'days' in step.delay ? day + Math.floor(step.delay.days * scale) : addWorkingDays(day, Math.floor(step.delay.workingDays * scale));
    }
    timed.push(timeStep(random, step, previous, day));
  }
  return timed;
}

/** The step at office hours on `day`, or a few minutes after the previous step when that was the same day. */
function timeStep(random: Random, step: JourneyStep, previous: TimedStep | undefined, day: number): TimedStep {
  let at = instantOf(day, random.int(OPENING_MINUTE, CLOSING_MINUTE));
  if (previous && at <= previous.at) {
    at = previous.at + random.int(5, 90);
    // Past midnight: the next morning instead.
    if (at % MINUTES_PER_DAY < OPENING_MINUTE - 60) at = instantOf(dayOfInstant(at), OPENING_MINUTE + random.int(0, 60));
  }
  return { ...step, from: previous?.to ?? null, at };
}
