// The referral workflow of the national platform (DOMAIN.md §4, refined by issue 16), written once: every
// transition with where it starts and ends, who starts it through which mutation, what it checks, what it
// writes besides the status, and the deadline its new status starts. The state machine, the mutations, the
// refusals, the docs' state table (npm run docs) and the unit tests all read this table.
import type { Role } from '#platform/identity/identity.js';
import { type Language, message, termIn } from '#platform/i18n/messages.js';
import { DISPATCH_WORKING_DAYS, REVIEW_WORKING_DAYS } from './deadlines.js';
import { DEFAULT_ASSESSMENT_INTERVAL_MONTHS } from './assessment-schedule.js';
import { NOT_YET_HELD } from './waiting-queue.js';

export const REFERRAL_STATUSES = [
  'SUBMITTED',
  'REGISTERED',
  'REJECTED',
  'WAITLISTED',
  'DISPATCHED',
  'ACCEPTED',
  'ASSESSED',
  'IN_SERVICE',
  'RELAPSE_REFERRED',
  'TRANSFER_PENDING',
  'REFERRED_OUT',
  'CLOSED',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const TERMINAL_STATUSES: ReadonlySet<ReferralStatus> = new Set(['REJECTED', 'CLOSED']);

/** Every status that may still close (withdrawn consent, death, lost to follow-up, not suitable). */
export const ACTIVE_STATUSES: readonly ReferralStatus[] = REFERRAL_STATUSES.filter((status) => !TERMINAL_STATUSES.has(status));

/** Statuses counted as occupying a place at the institution. */
export const OCCUPYING_STATUSES: readonly ReferralStatus[] = ['ACCEPTED', 'ASSESSED', 'IN_SERVICE', 'RELAPSE_REFERRED'];

/** Statuses that take a place at the institution: held cases, and cases dispatched and not yet accepted or declined. Dispatch never takes an institution past its capacity in these. */
export const PLACE_TAKING_STATUSES: readonly ReferralStatus[] = ['DISPATCHED', ...OCCUPYING_STATUSES];

/** The mutations of schema/welfare.graphql that start a transition or keep a record on a case. */
export type ReferralMutation =
  | 'submitReferral'
  | 'reviewReferral'
  | 'dispatchReferral'
  | 'waitlistReferral'
  | 'recordReReview'
  | 'acceptReferral'
  | 'declineReferral'
  | 'assessReferral'
  | 'recordReferralConsent'
  | 'revokeReferralConsent'
  | 'signServiceAgreement'
  | 'startService'
  | 'recordService'
  | 'recordPeriodicAssessment'
  | 'referForRelapse'
  | 'resumeService'
  | 'requestTransfer'
  | 'referOut'
  | 'closeReferral'
  | 'acknowledgeReferralReceipt'
  | 'receiveReferralUpload'
  | 'withdrawReferralUpload'
  | 'receiveRegistryStatus'
  | 'answerEmploymentHandoff';

/** Who starts a transition (or keeps a record): the roles that may call each mutation that does. */
export type Who = Readonly<Partial<Record<ReferralMutation, readonly Role[]>>>;

/**
 * What a transition checks, after the caller's sight of the case, the expected version and the state
 * (consentNotRevoked comes before the state: a stopped case is refused by name). Each is carried out
 * by data/referral-workflow.ts with the facts it reads, through the pure rules of workflow-guards.ts.
 */
export const CHECKS = {
  consentNotRevoked: 'the SERVICE_AGREEMENT consent was not revoked (CONSENT_REVOKED)',
  recentReReview: 'a case waiting over 90 days has a re-review of the last 90 days (ILLEGAL_TRANSITION, reason RE_REVIEW_REQUIRED)',
  placeAtInstitution: "the institution is of the case's county and has a free place, its row locked while places are counted (NO_CAPACITY)",
  queueOrder: "the case is next in its county's queue, or a reason is given (ILLEGAL_TRANSITION, reason NOT_NEXT_IN_LINE)",
  noFreePlaceInCounty: "no institution of the case's county has a free place (PLACES_AVAILABLE)",
  serviceAgreement: 'a live SERVICE_AGREEMENT consent signed by the person and any guardian, and an agreement signed since intake (CONSENT_REQUIRED)',
  employmentSharing: 'an employment outcome has a live EMPLOYMENT_SHARING consent signed by the person and any guardian (CONSENT_REQUIRED)',
  closeReason: 'the reason is one a person may close with: not RETURNED_TO_COMMUNITY, and HANDOFF_ACKNOWLEDGED only for OTHER_REHAB_SERVICE (BAD_USER_INPUT)',
} as const;
export type CheckName = keyof typeof CHECKS;

/** What a transition writes on the case besides its status, version, timestamps and history row. */
export const WRITES = {
  institution: "the institution the case goes to (dispatch, or a transfer's intake)",
  leaveInstitution: 'no institution holds the case any more; a dispatch not yet accepted is void',
  county: 'the county the person moved to',
  outcome: 'the outcome of the referral out (and the receiving institution of OTHER_REHAB_SERVICE)',
  clearReferralOut: 'nothing is referred out any more',
  closeReason: 'why the case closed',
  restartReview: 'the review deadline runs again from now',
} as const;
export type WriteName = keyof typeof WRITES;

/** The deadlines that run while a case is in a status (deadlines.ts, assessment-schedule.ts), as the docs and the tests read them. */
export const DEADLINES = {
  review: `review within ${REVIEW_WORKING_DAYS} working days of submission, or of the re-review that sent it back`,
  dispatch: `dispatch within ${DISPATCH_WORKING_DAYS} working days of the first registration`,
  periodicAssessment: `periodic assessment every ${DEFAULT_ASSESSMENT_INTERVAL_MONTHS} months in service`,
} as const;
export type DeadlineName = keyof typeof DEADLINES;

export interface TransitionRule {
  /** What it is, Chinese first, then English. */
  title: string;
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  /** A free-text reason: the caller must give one, may give one, or the platform writes it. */
  reason: 'required' | 'optional' | 'platform';
  who: Who;
  checks: readonly CheckName[];
  writes: readonly WriteName[];
  /** The deadline that runs while the case is in the new status, if any. */
  deadline: DeadlineName | null;
}

const HELD_BY_INSTITUTION: readonly ReferralStatus[] = ['ACCEPTED', 'ASSESSED', 'IN_SERVICE', 'RELAPSE_REFERRED'];
const MOVERS: readonly Role[] = ['INSTITUTION_STAFF', 'SOCIAL_WORKER', 'PLATFORM_OFFICER'];
const MOVE: Who = { requestTransfer: MOVERS, receiveRegistryStatus: ['SERVICE'] };

/** The transitions, each a name the code and the history's readers use. */
export const TRANSITIONS = {
  register: {
    title: '登记 / review: registered',
    from: ['SUBMITTED'],
    to: 'REGISTERED',
    reason: 'optional',
    who: { reviewReferral: ['SOCIAL_WORKER'] },
    checks: [],
    writes: [],
    deadline: 'dispatch',
  },
  reject: {
    title: '不予登记 / review: rejected',
    from: ['SUBMITTED'],
    to: 'REJECTED',
    reason: 'required',
    who: { reviewReferral: ['SOCIAL_WORKER'] },
    checks: [],
    writes: [],
    deadline: null,
  },
  dispatch: {
    title: '派单 / dispatch to an institution',
    from: ['REGISTERED', 'WAITLISTED'],
    to: 'DISPATCHED',
    reason: 'optional',
    who: { dispatchReferral: ['PLATFORM_OFFICER'] },
    checks: ['consentNotRevoked', 'recentReReview', 'placeAtInstitution', 'queueOrder'],
    writes: ['institution'],
    deadline: null,
  },
  waitlist: {
    title: '轮候 / wait-list',
    from: ['REGISTERED'],
    to: 'WAITLISTED',
    reason: 'optional',
    who: { waitlistReferral: ['PLATFORM_OFFICER'] },
    checks: ['noFreePlaceInCounty'],
    writes: [],
    deadline: 'dispatch',
  },
  accept: {
    title: '接收 / accept (a dispatch, or a transfer in the new county)',
    from: ['DISPATCHED', 'TRANSFER_PENDING'],
    to: 'ACCEPTED',
    reason: 'optional',
    who: { acceptReferral: ['INSTITUTION_STAFF'] },
    checks: ['placeAtInstitution'],
    writes: ['institution'],
    deadline: null,
  },
  decline: {
    title: '拒收 / decline the dispatch',
    from: ['DISPATCHED'],
    to: 'REGISTERED',
    reason: 'required',
    who: { declineReferral: ['INSTITUTION_STAFF'] },
    checks: [],
    writes: ['leaveInstitution'],
    deadline: 'dispatch',
  },
  assess: {
    title: '入院评估 / intake assessment',
    from: ['ACCEPTED'],
    to: 'ASSESSED',
    reason: 'platform',
    who: { assessReferral: ['INSTITUTION_STAFF'] },
    checks: [],
    writes: [],
    deadline: null,
  },
  startService: {
    title: '开始服务 / start service',
    from: ['ASSESSED'],
    to: 'IN_SERVICE',
    reason: 'optional',
    who: { startService: ['INSTITUTION_STAFF'] },
    checks: ['consentNotRevoked', 'serviceAgreement'],
    writes: [],
    deadline: 'periodicAssessment',
  },
  referForRelapse: {
    title: '绿色通道转诊 / green channel back to hospital',
    from: ['IN_SERVICE'],
    to: 'RELAPSE_REFERRED',
    reason: 'required',
    who: { referForRelapse: ['INSTITUTION_STAFF', 'HOSPITAL_CLINICIAN'] },
    checks: [],
    writes: [],
    deadline: null,
  },
  resumeService: {
    title: '出院后恢复服务 / resume service after discharge',
    from: ['RELAPSE_REFERRED'],
    to: 'IN_SERVICE',
    reason: 'platform',
    who: { resumeService: ['INSTITUTION_STAFF', 'HOSPITAL_CLINICIAN'] },
    checks: [],
    writes: [],
    deadline: 'periodicAssessment',
  },
  requestTransfer: {
    title: '迁出转介 / moved: waits for an institution of the new county',
    from: HELD_BY_INSTITUTION,
    to: 'TRANSFER_PENDING',
    reason: 'required',
    who: MOVE,
    checks: [],
    writes: ['county', 'leaveInstitution'],
    deadline: null,
  },
  // The person moved before an institution held the case: it moves to the new county and, once registered, queues there by its first registration.
  relocateBeforeReview: {
    title: '迁出（待审核）/ moved before review: the new county reviews',
    from: ['SUBMITTED'],
    to: 'SUBMITTED',
    reason: 'required',
    who: MOVE,
    checks: [],
    writes: ['county'],
    deadline: 'review',
  },
  relocateRegistered: {
    title: '迁出（新县有空位）/ moved: queues in the new county, which has a free place',
    from: NOT_YET_HELD,
    to: 'REGISTERED',
    reason: 'required',
    who: MOVE,
    checks: [],
    writes: ['county', 'leaveInstitution'],
    deadline: 'dispatch',
  },
  relocateWaitlisted: {
    title: '迁出（新县无空位）/ moved: wait-listed in the new county, which has no free place',
    from: NOT_YET_HELD,
    to: 'WAITLISTED',
    reason: 'required',
    who: MOVE,
    checks: [],
    writes: ['county', 'leaveInstitution'],
    deadline: 'dispatch',
  },
  referOut: {
    title: '转出 / refer out with the exit assessment',
    from: ['IN_SERVICE'],
    to: 'REFERRED_OUT',
    reason: 'platform',
    who: { referOut: ['INSTITUTION_STAFF'] },
    checks: ['employmentSharing'],
    writes: ['outcome'],
    deadline: null,
  },
  // A re-review found the circumstances changed: the need is reviewed again (SUBMITTED → REGISTERED or REJECTED).
  sendBackForReview: {
    title: '复核：情况变化，重新审核 / re-review: circumstances changed, reviewed again',
    from: ['REGISTERED', 'WAITLISTED'],
    to: 'SUBMITTED',
    reason: 'platform',
    who: { recordReReview: ['SOCIAL_WORKER'] },
    checks: [],
    writes: ['restartReview'],
    deadline: 'review',
  },
  close: {
    title: '结案 / close (withdrawn, deceased, lost to follow-up, not suitable)',
    from: ACTIVE_STATUSES,
    to: 'CLOSED',
    reason: 'required',
    who: {
      closeReferral: ['SOCIAL_WORKER', 'INSTITUTION_STAFF'],
      recordReReview: ['SOCIAL_WORKER'],
      revokeReferralConsent: ['INSTITUTION_STAFF', 'SOCIAL_WORKER'],
      withdrawReferralUpload: ['SERVICE'],
      receiveRegistryStatus: ['SERVICE'],
    },
    checks: ['closeReason'],
    writes: ['closeReason'],
    deadline: null,
  },
  // RETURNED_TO_COMMUNITY: referred out and closed in the same transaction.
  closeOnReturn: {
    title: '回归社区，结案 / returned to the community: closed at once',
    from: ['REFERRED_OUT'],
    to: 'CLOSED',
    reason: 'platform',
    who: { referOut: ['INSTITUTION_STAFF'] },
    checks: [],
    writes: ['closeReason'],
    deadline: null,
  },
  acknowledgeHandoff: {
    title: '接收方确认，结案 / the receiver acknowledged: closed',
    from: ['REFERRED_OUT'],
    to: 'CLOSED',
    reason: 'platform',
    who: { acknowledgeReferralReceipt: ['INSTITUTION_STAFF'], answerEmploymentHandoff: ['SERVICE'] },
    checks: [],
    writes: ['closeReason'],
    deadline: null,
  },
  declineHandoff: {
    title: '接收方拒绝，恢复服务 / the receiver declined: back in service',
    from: ['REFERRED_OUT'],
    to: 'IN_SERVICE',
    reason: 'required',
    who: { answerEmploymentHandoff: ['SERVICE'] },
    checks: [],
    writes: ['clearReferralOut'],
    deadline: 'periodicAssessment',
  },
} as const satisfies Record<string, TransitionRule>;

export type TransitionName = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

export const ruleOf = (name: TransitionName): TransitionRule => TRANSITIONS[name];

/** How a case begins: SUBMITTED at version 1, by an application or the registry's consented upload. */
export const OPENING = {
  title: "提交申请 / submitted (an application, or a hospital's consented upload)",
  to: 'SUBMITTED',
  who: { submitReferral: ['SOCIAL_WORKER', 'PLATFORM_OFFICER'], receiveReferralUpload: ['SERVICE'] },
  deadline: 'review',
} as const satisfies Pick<TransitionRule, 'title' | 'to' | 'who' | 'deadline'>;

export type RecordName = 'reReview' | 'consent' | 'serviceAgreement' | 'service' | 'periodicAssessment';

export interface RecordRule {
  /** The statuses in which the record may be written. */
  in: readonly ReferralStatus[];
  who: Who;
  /** Refused with CONSENT_REVOKED once the SERVICE_AGREEMENT consent was revoked. */
  checks: readonly 'consentNotRevoked'[];
}

/** The records kept on a case: where each may be written, and by whom. */
export const RECORDS: Readonly<Record<RecordName, RecordRule>> = {
  // A re-review is of a long wait for dispatch (DOMAIN.md §4).
  reReview: { in: ['REGISTERED', 'WAITLISTED'], who: { recordReReview: ['SOCIAL_WORKER'] }, checks: [] },
  consent: { in: ACTIVE_STATUSES, who: { recordReferralConsent: ['INSTITUTION_STAFF', 'SOCIAL_WORKER'] }, checks: [] },
  // Signed after the intake assessment, or amended while in service.
  serviceAgreement: { in: ['ASSESSED', 'IN_SERVICE'], who: { signServiceAgreement: ['INSTITUTION_STAFF'] }, checks: ['consentNotRevoked'] },
  service: { in: ['IN_SERVICE'], who: { recordService: ['INSTITUTION_STAFF'] }, checks: ['consentNotRevoked'] },
  periodicAssessment: { in: ['IN_SERVICE'], who: { recordPeriodicAssessment: ['INSTITUTION_STAFF'] }, checks: ['consentNotRevoked'] },
};

/** The statuses that may follow `from`: the ends of the transitions that start there. */
export function nextStatuses(from: ReferralStatus): ReferralStatus[] {
  const next = TRANSITION_NAMES.filter((name) => mayStart(name, from)).map((name) => TRANSITIONS[name].to);
  return [...new Set(next)];
}

/** Whether some transition leads from `from` to `to`; a case begins (from null) only as SUBMITTED. */
export function canTransition(from: ReferralStatus | null, to: ReferralStatus): boolean {
  if (from === null) return to === OPENING.to;
  return nextStatuses(from).includes(to);
}

export function mayStart(name: TransitionName, from: ReferralStatus): boolean {
  return (TRANSITIONS[name].from as readonly ReferralStatus[]).includes(from);
}

/**
 * The roles that may call each mutation of the workflow, gathered from the table. A mutation
 * that starts several transitions names the same roles in each (the unit tests hold it so),
 * and the SDL's @requiresScopes says the same (tests/unit read schema/welfare.graphql).
 */
export const transitionRoles: Readonly<Partial<Record<ReferralMutation, readonly Role[]>>> = (() => {
  const roles: Partial<Record<ReferralMutation, readonly Role[]>> = {};
  const whos: Who[] = [OPENING.who, ...TRANSITION_NAMES.map((name) => TRANSITIONS[name].who), ...Object.values(RECORDS).map((rule) => rule.who)];
  for (const who of whos) {
    for (const [mutation, allowed] of Object.entries(who) as [ReferralMutation, readonly Role[]][]) roles[mutation] ??= allowed;
  }
  return roles;
})();

/** Why a transition or a record cannot apply to the case as it stands, as the caller reads it. */
export type Refusal = { code: 'VERSION_CONFLICT'; currentVersion: number } | { code: 'ILLEGAL_TRANSITION'; currentStatus: ReferralStatus };

/**
 * Why a transition cannot apply to the referral as it stands, or null. The version comes
 * first: of concurrent copies of one transition, those that lost the race read as stale.
 */
export function transitionRefusal(name: TransitionName, current: { status: ReferralStatus; version: number }, expectedVersion: number): Refusal | null {
  if (expectedVersion !== current.version) return { code: 'VERSION_CONFLICT', currentVersion: current.version };
  if (!mayStart(name, current.status)) return { code: 'ILLEGAL_TRANSITION', currentStatus: current.status };
  return null;
}

export function recordRefusal(name: RecordName, status: ReferralStatus): Refusal | null {
  return RECORDS[name].in.includes(status) ? null : { code: 'ILLEGAL_TRANSITION', currentStatus: status };
}

/** A status as a person reads it, its value kept: 服务中（IN_SERVICE）, in service (IN_SERVICE). */
export const statusName = (language: Language, status: ReferralStatus): string =>
  message(language, 'welfare.statusNamed', { name: termIn(language, 'ReferralStatus', status), status });

/** The statuses a transition or a record may start from, as a person reads them. */
const fromText = (language: Language, from: readonly ReferralStatus[]): string =>
  from.length === ACTIVE_STATUSES.length
    ? message(language, 'welfare.anyActiveStatus')
    : from.map((status) => statusName(language, status)).join(message(language, 'text.listSeparator'));

/**
 * The message of an illegal transition, from the table and the catalogue: what the operation needs, e.g.
 * "dispatchReferral 不适用于已结案（CLOSED）的个案，仅适用于：已登记（REGISTERED）、轮候中（WAITLISTED）".
 */
export function illegalTransitionMessage(language: Language, operation: string, allowed: readonly ReferralStatus[], current: ReferralStatus): string {
  return message(language, 'welfare.illegalTransition', { operation, current: statusName(language, current), allowed: fromText(language, allowed) });
}
