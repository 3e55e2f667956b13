// The placement rules: dates in order, a job coach for supported employment, one full-time job at a time.
import { describe, expect, it } from 'vitest';
import { fullTimeClash, type NewPlacement, periodsOverlap, placementProblem } from './placement-rules.js';

const open: NewPlacement = { kind: 'OPEN_EMPLOYMENT', employerId: 'e1', startedOn: '2025-03-01', endedOn: null, fullTime: true, jobCoach: null };

describe('placementProblem', () => {
  it('accepts an ordinary placement, open-ended or fixed-term', () => {
    expect(placementProblem(open)).toBeNull();
    expect(placementProblem({ ...open, endedOn: '2025-03-01' })).toBeNull();
  });
  it('refuses an end before the start', () => {
    expect(placementProblem({ ...open, endedOn: '2025-02-28' })).toMatchObject({ argument: 'input.endedOn', key: 'employment.placementEndBeforeStart' });
  });
  it('asks a job coach of supported employment', () => {
    expect(placementProblem({ ...open, kind: 'SUPPORTED_EMPLOYMENT' })).toMatchObject({ argument: 'input.jobCoach', key: 'employment.jobCoachRequired' });
    expect(placementProblem({ ...open, kind: 'SUPPORTED_EMPLOYMENT', jobCoach: 'coach' })).toBeNull();
  });
  it('has an employer for every kind but self-employment', () => {
    expect(placementProblem({ ...open, employerId: null })).toEqual({
      argument: 'input.employerId',
      key: 'employment.employerRequired',
      params: { kind: open.kind },
    });
    expect(placementProblem({ ...open, kind: 'SELF_EMPLOYMENT', employerId: null })).toBeNull();
    expect(placementProblem({ ...open, kind: 'SELF_EMPLOYMENT' })).toMatchObject({ argument: 'input.employerId', key: 'employment.selfEmploymentEmployer' });
  });
});

describe('periodsOverlap and fullTimeClash', () => {
  const period = (startedOn: string, endedOn: string | null, fullTime = true) => ({ startedOn, endedOn, fullTime });
  it('treats both ends as days worked and an open end as infinity', () => {
    expect(periodsOverlap(period('2025-01-01', '2025-01-31'), period('2025-01-31', null))).toBe(true);
    expect(periodsOverlap(period('2025-01-01', '2025-01-30'), period('2025-01-31', null))).toBe(false);
    expect(periodsOverlap(period('2025-01-01', null), period('2030-01-01', '2030-02-01'))).toBe(true);
    expect(periodsOverlap(period('2025-06-01', null), period('2025-01-01', '2025-05-31'))).toBe(false);
  });
  it('refuses a second full-time job at the same time, but not part-time work', () => {
    const existing = [period('2025-01-01', null)];
    expect(fullTimeClash(period('2025-04-01', '2025-05-01'), existing)).toBe(true);
    expect(fullTimeClash(period('2025-04-01', '2025-05-01', false), existing)).toBe(false);
    expect(fullTimeClash(period('2025-04-01', null), [period('2025-01-01', null, false)])).toBe(false);
    expect(fullTimeClash(period('2024-01-01', '2024-12-31'), existing)).toBe(false);
  });
});
