import { describe, expect, it } from 'vitest';
import { inForce, inForceDuring, signingProblem } from './agreements.js';

const PID = 'a'.repeat(32);
const guardian = { pid: PID, since: '2024-03-01', endedOn: null };

describe('an agreement in force during a year', () => {
  it('counts when signed on or before 31 December and not terminated before 1 January', () => {
    expect(inForceDuring({ signedOn: '2025-12-31', terminatedOn: null }, 2025)).toBe(true);
    expect(inForceDuring({ signedOn: '2023-05-01', terminatedOn: '2025-01-01' }, 2025)).toBe(true);
    expect(inForceDuring({ signedOn: '2023-05-01', terminatedOn: null }, 2025)).toBe(true);
  });

  it('does not count when signed after the year or terminated before it', () => {
    expect(inForceDuring({ signedOn: '2026-01-01', terminatedOn: null }, 2025)).toBe(false);
    expect(inForceDuring({ signedOn: '2023-05-01', terminatedOn: '2024-12-31' }, 2025)).toBe(false);
  });

  it('is in force now until it is terminated', () => {
    expect(inForce({ signedOn: '2024-01-01', terminatedOn: null })).toBe(true);
    expect(inForce({ signedOn: '2024-01-01', terminatedOn: '2024-06-01' })).toBe(false);
  });
});

describe('signing an agreement', () => {
  it('is allowed for a current guardian of the ward with no agreement in force', () => {
    expect(signingProblem(PID, guardian, '2024-03-01', [])).toBeNull();
    expect(signingProblem(PID, guardian, '2025-02-01', [{ signedOn: '2024-03-01', terminatedOn: '2025-01-31' }])).toBeNull();
  });

  it('refuses a guardian of another ward, or one whose guardianship has ended', () => {
    expect(signingProblem('b'.repeat(32), guardian, '2024-04-01', [])).toEqual({
      code: 'BAD_USER_INPUT',
      key: 'guardianship.notGuardianOfWard',
      argument: 'input.guardianId',
    });
    expect(signingProblem(PID, { ...guardian, endedOn: '2024-12-31' }, '2025-01-05', [])).toMatchObject({
      code: 'BAD_USER_INPUT',
      key: 'guardianship.guardianNoLonger',
      argument: 'input.guardianId',
    });
  });

  it('refuses a day before the guardianship began', () => {
    expect(signingProblem(PID, guardian, '2024-02-28', [])).toMatchObject({
      code: 'BAD_USER_INPUT',
      key: 'guardianship.signedBeforeGuardianship',
      argument: 'input.signedOn',
    });
  });

  it('keeps one agreement in force per ward, with no overlap with an earlier one', () => {
    expect(signingProblem(PID, guardian, '2025-01-01', [{ signedOn: '2024-03-01', terminatedOn: null }])).toEqual({
      code: 'ALREADY_EXISTS',
      key: 'guardianship.wardAgreementInForce',
    });
    expect(signingProblem(PID, guardian, '2024-06-01', [{ signedOn: '2024-03-01', terminatedOn: '2024-07-01' }])).toMatchObject({
      code: 'BAD_USER_INPUT',
      key: 'guardianship.signedBeforeTermination',
      argument: 'input.signedOn',
    });
  });
});
