// Unit tests of the named transitions, the records kept on a case, and the guards of the referral workflow.
import { describe, expect, it } from 'vitest';
import { canTransition, REFERRAL_STATUSES } from './referral-state-machine.js';
import {
  closeReasonProblem,
  mayStart,
  missingTeamMembers,
  receivingInstitutionProblem,
  recordRefusal,
  reReviewConsequence,
  referOutConsequence,
  stampsOf,
  transitionRefusal,
  TRANSITIONS,
  type TransitionName,
} from './transitions.js';

const names = Object.keys(TRANSITIONS) as TransitionName[];

describe('named transitions', () => {
  it('are edges of the state machine, the receiver declining a hand-off included', () => {
    for (const name of names) {
      for (const from of TRANSITIONS[name].from) {
        expect(canTransition(from, TRANSITIONS[name].to), `${name} from ${from}`).toBe(true);
      }
    }
    expect(canTransition('REFERRED_OUT', 'IN_SERVICE')).toBe(true);
    expect(mayStart('declineHandoff', 'REFERRED_OUT')).toBe(true);
  });

  it('start only from their own statuses: declining is not a review', () => {
    expect(canTransition('SUBMITTED', 'REGISTERED')).toBe(true);
    expect(mayStart('decline', 'SUBMITTED')).toBe(false);
    expect(mayStart('decline', 'DISPATCHED')).toBe(true);
    expect(mayStart('accept', 'TRANSFER_PENDING')).toBe(true);
  });

  it('move a case from every active status but the hand-off out (DOMAIN.md §4): held cases wait for intake, others re-queue', () => {
    expect(mayStart('requestTransfer', 'RELAPSE_REFERRED')).toBe(true);
    expect(mayStart('requestTransfer', 'REFERRED_OUT')).toBe(false);
    expect(mayStart('relocateBeforeReview', 'SUBMITTED')).toBe(true);
    for (const from of ['REGISTERED', 'WAITLISTED', 'DISPATCHED'] as const) {
      expect(mayStart('relocateRegistered', from)).toBe(true);
      expect(mayStart('relocateWaitlisted', from)).toBe(true);
    }
    expect(mayStart('relocateRegistered', 'ACCEPTED')).toBe(false);
  });

  it('close from every active status and never from a terminal one', () => {
    for (const status of REFERRAL_STATUSES) expect(mayStart('close', status)).toBe(status !== 'CLOSED' && status !== 'REJECTED');
  });
});

describe('transitionRefusal', () => {
  it('refuses a stale or future version first, with the current version', () => {
    expect(transitionRefusal('register', { status: 'SUBMITTED', version: 2 }, 1)).toEqual({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    expect(transitionRefusal('register', { status: 'SUBMITTED', version: 2 }, 3)).toEqual({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    expect(transitionRefusal('register', { status: 'CLOSED', version: 1 }, 2)).toEqual({ code: 'VERSION_CONFLICT', currentVersion: 1 });
  });
  it('names the current status of an illegal transition', () => {
    expect(transitionRefusal('startService', { status: 'ACCEPTED', version: 4 }, 4)).toEqual({ code: 'ILLEGAL_TRANSITION', currentStatus: 'ACCEPTED' });
    expect(transitionRefusal('assess', { status: 'ACCEPTED', version: 4 }, 4)).toBeNull();
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

describe('re-reviews', () => {
  it('close the case when the person is no longer willing, and send it back for review when circumstances changed', () => {
    expect(reReviewConsequence({ stillWilling: false, circumstancesChanged: true })).toBe('WITHDRAWN');
    expect(reReviewConsequence({ stillWilling: false, circumstancesChanged: false })).toBe('WITHDRAWN');
    expect(reReviewConsequence({ stillWilling: true, circumstancesChanged: true })).toBe('BACK_TO_REVIEW');
    expect(reReviewConsequence({ stillWilling: true, circumstancesChanged: false })).toBe('STILL_WAITING');
    expect(mayStart('sendBackForReview', 'WAITLISTED')).toBe(true);
    expect(mayStart('sendBackForReview', 'DISPATCHED')).toBe(false);
  });
});

describe('guards', () => {
  it('hand employment outcomes to the federation and close a return to the community at once', () => {
    expect(referOutConsequence('EMPLOYMENT')).toBe('EMPLOYMENT_HANDOFF');
    expect(referOutConsequence('SHELTERED_EMPLOYMENT')).toBe('EMPLOYMENT_HANDOFF');
    expect(referOutConsequence('RETURNED_TO_COMMUNITY')).toBe('CLOSES_AT_ONCE');
    expect(referOutConsequence('OTHER_REHAB_SERVICE')).toBe('AWAITS_RECEIVER');
  });
  it('close by hand with HANDOFF_ACKNOWLEDGED only an OTHER_REHAB_SERVICE referral, and never as RETURNED_TO_COMMUNITY', () => {
    expect(closeReasonProblem('WITHDRAWN', { status: 'IN_SERVICE', outcome: null })).toBeNull();
    expect(closeReasonProblem('HANDOFF_ACKNOWLEDGED', { status: 'REFERRED_OUT', outcome: 'OTHER_REHAB_SERVICE' })).toBeNull();
    expect(closeReasonProblem('HANDOFF_ACKNOWLEDGED', { status: 'REFERRED_OUT', outcome: 'EMPLOYMENT' })).toMatch(/input.reason/);
    expect(closeReasonProblem('RETURNED_TO_COMMUNITY', { status: 'IN_SERVICE', outcome: null })).toMatch(/referOut/);
  });
  it('names the intake team members who were missing', () => {
    expect(missingTeamMembers({ psychiatrist: true, nurse: false, rehabTherapist: true, socialWorker: false })).toEqual(['nurse', 'socialWorker']);
    expect(missingTeamMembers({ psychiatrist: true, nurse: true, rehabTherapist: true, socialWorker: true })).toEqual([]);
  });
});

describe('receivingInstitutionProblem', () => {
  it('names a receiving institution with OTHER_REHAB_SERVICE only', () => {
    expect(receivingInstitutionProblem('OTHER_REHAB_SERVICE', 'b9f1c3a2-0000-4000-8000-000000000001')).toBeNull();
    expect(receivingInstitutionProblem('OTHER_REHAB_SERVICE', null)).toBeNull();
    expect(receivingInstitutionProblem('EMPLOYMENT', 'b9f1c3a2-0000-4000-8000-000000000001')).not.toBeNull();
    expect(receivingInstitutionProblem('RETURNED_TO_COMMUNITY', 'b9f1c3a2-0000-4000-8000-000000000001')).not.toBeNull();
  });
});
