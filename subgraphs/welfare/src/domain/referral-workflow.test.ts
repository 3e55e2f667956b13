// Unit tests of the referral workflow's table: every status against every transition, who may start each (as the SDL says), and the pure guards.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ValueNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '#platform/server/paths.js';
import {
  ACTIVE_STATUSES,
  CHECKS,
  canTransition,
  DEADLINES,
  illegalTransitionMessage,
  mayStart,
  nextStatuses,
  OPENING,
  RECORDS,
  REFERRAL_STATUSES,
  type ReferralMutation,
  type ReferralStatus,
  recordRefusal,
  TERMINAL_STATUSES,
  TRANSITION_NAMES,
  TRANSITIONS,
  transitionRefusal,
  transitionRoles,
  type Who,
} from './referral-workflow.js';
import { periodicAssessmentDueOn } from './assessment-schedule.js';
import { AWAITING_DISPATCH } from './deadlines.js';
import { closeReasonProblem, missingTeamMembers, receivingInstitutionProblem, reReviewConsequence, referOutConsequence, stampsOf } from './workflow-guards.js';

describe('the table, status by status', () => {
  // Every (transition, status) pair: legal exactly where the table's row starts, refused elsewhere naming the status.
  for (const name of TRANSITION_NAMES) {
    const rule = TRANSITIONS[name];
    for (const status of REFERRAL_STATUSES) {
      const legal = (rule.from as readonly ReferralStatus[]).includes(status);
      it(`${name} from ${status} is ${legal ? 'legal' : 'illegal'}`, () => {
        expect(mayStart(name, status)).toBe(legal);
        expect(transitionRefusal(name, { status, version: 3 }, 3)).toEqual(legal ? null : { code: 'ILLEGAL_TRANSITION', currentStatus: status });
        if (legal) expect(canTransition(status, rule.to)).toBe(true);
      });
    }
  }

  it('lets every from → to pair of statuses through exactly when some transition joins them', () => {
    for (const from of REFERRAL_STATUSES) {
      for (const to of REFERRAL_STATUSES) {
        const joined = TRANSITION_NAMES.some((name) => mayStart(name, from) && TRANSITIONS[name].to === to);
        expect(canTransition(from, to), `${from} → ${to}`).toBe(joined);
      }
    }
    expect(canTransition(null, 'SUBMITTED')).toBe(true);
    expect(canTransition(null, 'REGISTERED')).toBe(false);
  });

  it('ends at the terminal statuses: nothing follows REJECTED or CLOSED, and every active status may close', () => {
    for (const status of TERMINAL_STATUSES) expect(nextStatuses(status)).toEqual([]);
    for (const status of ACTIVE_STATUSES) expect(nextStatuses(status)).toContain('CLOSED');
    for (const status of REFERRAL_STATUSES) expect(mayStart('close', status)).toBe(status !== 'CLOSED' && status !== 'REJECTED');
  });

  it('reaches every status from SUBMITTED', () => {
    const reached = new Set<ReferralStatus>([OPENING.to]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const from of [...reached]) {
        for (const to of nextStatuses(from)) {
          if (!reached.has(to)) {
            reached.add(to);
            grew = true;
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...REFERRAL_STATUSES].sort());
  });

  it('keeps DOMAIN.md §4: declining is not a review, a transfer starts from every active status but the hand-off out, a declined hand-off returns to service', () => {
    expect(mayStart('decline', 'SUBMITTED')).toBe(false);
    expect(mayStart('accept', 'TRANSFER_PENDING')).toBe(true);
    expect(mayStart('requestTransfer', 'RELAPSE_REFERRED')).toBe(true);
    expect(mayStart('requestTransfer', 'REFERRED_OUT')).toBe(false);
    expect(mayStart('relocateBeforeReview', 'SUBMITTED')).toBe(true);
    for (const from of ['REGISTERED', 'WAITLISTED', 'DISPATCHED'] as const) {
      expect(mayStart('relocateRegistered', from)).toBe(true);
      expect(mayStart('relocateWaitlisted', from)).toBe(true);
    }
    expect(mayStart('relocateRegistered', 'ACCEPTED')).toBe(false);
    expect(mayStart('declineHandoff', 'REFERRED_OUT')).toBe(true);
    expect(mayStart('sendBackForReview', 'WAITLISTED')).toBe(true);
    expect(mayStart('sendBackForReview', 'DISPATCHED')).toBe(false);
  });

  it("names the deadline deadlines.ts and assessment-schedule.ts run in each transition's new status", () => {
    for (const name of TRANSITION_NAMES) {
      const { to, deadline } = TRANSITIONS[name];
      const assessmentDue = periodicAssessmentDueOn(to, '2026-03-02', [], 3) !== null;
      const expected = to === 'SUBMITTED' ? 'review' : AWAITING_DISPATCH.has(to) ? 'dispatch' : assessmentDue ? 'periodicAssessment' : null;
      expect(deadline, name).toBe(expected);
    }
  });

  it('names only checks, writes and deadlines it describes, and uses every check', () => {
    const used = new Set(TRANSITION_NAMES.flatMap((name) => TRANSITIONS[name].checks));
    expect([...used].sort()).toEqual(Object.keys(CHECKS).sort());
    for (const name of TRANSITION_NAMES) {
      const deadline = TRANSITIONS[name].deadline;
      if (deadline !== null) expect(Object.keys(DEADLINES)).toContain(deadline);
    }
  });
});

describe('refusals', () => {
  it('refuse a stale or future version first, with the current version', () => {
    expect(transitionRefusal('register', { status: 'SUBMITTED', version: 2 }, 1)).toEqual({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    expect(transitionRefusal('register', { status: 'SUBMITTED', version: 2 }, 3)).toEqual({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    expect(transitionRefusal('register', { status: 'CLOSED', version: 1 }, 2)).toEqual({ code: 'VERSION_CONFLICT', currentVersion: 1 });
  });

  it("say in the reader's language what the case is and where the operation applies, from the table's row", () => {
    expect(illegalTransitionMessage('zh-CN', 'dispatchReferral', TRANSITIONS.dispatch.from, 'CLOSED')).toBe(
      'dispatchReferral 不适用于已结案（CLOSED）的个案，仅适用于：已登记（REGISTERED）、轮候中（WAITLISTED）',
    );
    expect(illegalTransitionMessage('en', 'dispatchReferral', TRANSITIONS.dispatch.from, 'CLOSED')).toBe(
      'dispatchReferral does not apply to a referral in status closed (CLOSED) (it applies to: registered (REGISTERED), waitlisted (WAITLISTED))',
    );
    expect(illegalTransitionMessage('zh-CN', 'closeReferral', TRANSITIONS.close.from, 'REJECTED')).toContain('任何未结案的状态');
    expect(illegalTransitionMessage('en', 'closeReferral', TRANSITIONS.close.from, 'REJECTED')).toContain('any active status');
  });
});

describe('records on a case', () => {
  it('take services and periodic assessments only in service, re-reviews only while waiting', () => {
    expect(recordRefusal('service', 'IN_SERVICE')).toBeNull();
    expect(recordRefusal('service', 'RELAPSE_REFERRED')).toEqual({ code: 'ILLEGAL_TRANSITION', currentStatus: 'RELAPSE_REFERRED' });
    expect(recordRefusal('periodicAssessment', 'ASSESSED')).not.toBeNull();
    expect(recordRefusal('reReview', 'WAITLISTED')).toBeNull();
    expect(recordRefusal('reReview', 'DISPATCHED')).not.toBeNull();
    expect(recordRefusal('consent', 'CLOSED')).not.toBeNull();
  });
});

/** Each Mutation field's roles as its @requiresScopes directive says, in schema/welfare.graphql. */
function sdlRoles(): Map<string, string[]> {
  const document = parse(readFileSync(path.join(projectRoot, 'schema', 'welfare.graphql'), 'utf8'));
  const roles = new Map<string, string[]>();
  const strings = (value: ValueNode): string[] =>
    value.kind === Kind.LIST ? value.values.flatMap(strings) : value.kind === Kind.STRING ? [value.value.replace(/^role:/, '')] : [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== 'Mutation') continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'requiresScopes');
      const scopes = directive?.arguments?.find((a) => a.name.value === 'scopes');
      if (scopes) roles.set(field.name.value, strings(scopes.value).sort());
    }
  }
  return roles;
}

describe('who', () => {
  const whos: Who[] = [OPENING.who, ...TRANSITION_NAMES.map((name) => TRANSITIONS[name].who), ...Object.values(RECORDS).map((rule) => rule.who)];

  it('names the same roles for a mutation wherever it appears in the table', () => {
    for (const who of whos) {
      for (const [mutation, roles] of Object.entries(who))
        expect([...roles].sort(), mutation).toEqual([...(transitionRoles[mutation as ReferralMutation] ?? [])].sort());
    }
  });

  it("is what the SDL's @requiresScopes says of each mutation", () => {
    const sdl = sdlRoles();
    for (const [mutation, roles] of Object.entries(transitionRoles)) expect([...roles].sort(), mutation).toEqual(sdl.get(mutation));
  });
});

describe('stampsOf', () => {
  it('stamps the first review and first registration (a case sent back for review keeps them), and keeps the first intake over a transfer', () => {
    expect(stampsOf('SUBMITTED', 'REGISTERED')).toEqual({ set: [], first: ['reviewedAt', 'registeredAt'] });
    expect(stampsOf('SUBMITTED', 'REJECTED')).toEqual({ set: [], first: ['reviewedAt'] });
    expect(stampsOf('WAITLISTED', 'SUBMITTED')).toEqual({ set: [], first: [] });
    expect(stampsOf('DISPATCHED', 'REGISTERED')).toEqual({ set: [], first: [] });
    expect(stampsOf('TRANSFER_PENDING', 'ACCEPTED')).toEqual({ set: [], first: ['acceptedAt'] });
    expect(stampsOf('IN_SERVICE', 'REFERRED_OUT').set).toEqual(['referredOutAt']);
    expect(stampsOf('REFERRED_OUT', 'CLOSED').set).toEqual(['closedAt']);
  });
});

describe('guards', () => {
  it('close the case when the person is no longer willing, and send it back for review when circumstances changed', () => {
    expect(reReviewConsequence({ stillWilling: false, circumstancesChanged: true })).toBe('WITHDRAWN');
    expect(reReviewConsequence({ stillWilling: false, circumstancesChanged: false })).toBe('WITHDRAWN');
    expect(reReviewConsequence({ stillWilling: true, circumstancesChanged: true })).toBe('BACK_TO_REVIEW');
    expect(reReviewConsequence({ stillWilling: true, circumstancesChanged: false })).toBe('STILL_WAITING');
  });
  it('hand employment outcomes to the federation and close a return to the community at once', () => {
    expect(referOutConsequence('EMPLOYMENT')).toBe('EMPLOYMENT_HANDOFF');
    expect(referOutConsequence('SHELTERED_EMPLOYMENT')).toBe('EMPLOYMENT_HANDOFF');
    expect(referOutConsequence('RETURNED_TO_COMMUNITY')).toBe('CLOSES_AT_ONCE');
    expect(referOutConsequence('OTHER_REHAB_SERVICE')).toBe('AWAITS_RECEIVER');
  });
  it('close by hand with HANDOFF_ACKNOWLEDGED only an OTHER_REHAB_SERVICE referral, and never as RETURNED_TO_COMMUNITY', () => {
    expect(closeReasonProblem('WITHDRAWN', { status: 'IN_SERVICE', outcome: null })).toBeNull();
    expect(closeReasonProblem('HANDOFF_ACKNOWLEDGED', { status: 'REFERRED_OUT', outcome: 'OTHER_REHAB_SERVICE' })).toBeNull();
    expect(closeReasonProblem('HANDOFF_ACKNOWLEDGED', { status: 'REFERRED_OUT', outcome: 'EMPLOYMENT' })).toBe('welfare.closeHandoffAcknowledged');
    expect(closeReasonProblem('RETURNED_TO_COMMUNITY', { status: 'IN_SERVICE', outcome: null })).toBe('welfare.closeReturned');
  });
  it('names the intake team members who were missing', () => {
    expect(missingTeamMembers({ psychiatrist: true, nurse: false, rehabTherapist: true, socialWorker: false })).toEqual(['nurse', 'socialWorker']);
    expect(missingTeamMembers({ psychiatrist: true, nurse: true, rehabTherapist: true, socialWorker: true })).toEqual([]);
  });
  it('names a receiving institution with OTHER_REHAB_SERVICE only', () => {
    expect(receivingInstitutionProblem('OTHER_REHAB_SERVICE', 'b9f1c3a2-0000-4000-8000-000000000001')).toBeNull();
    expect(receivingInstitutionProblem('OTHER_REHAB_SERVICE', null)).toBeNull();
    expect(receivingInstitutionProblem('EMPLOYMENT', 'b9f1c3a2-0000-4000-8000-000000000001')).not.toBeNull();
    expect(receivingInstitutionProblem('RETURNED_TO_COMMUNITY', 'b9f1c3a2-0000-4000-8000-000000000001')).not.toBeNull();
  });
});
