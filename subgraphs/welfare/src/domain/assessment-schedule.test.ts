// Unit tests of the periodic-assessment schedule.
import { describe, expect, it } from 'vitest';
import { addMonths, periodicAssessmentDueOn } from './assessment-schedule.js';

describe('the periodic-assessment schedule', () => {
  it('adds months, keeping the day or taking the month end', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-07', 1)).toBe('2027-01-07');
  });

  it('falls due the interval after service starts, then after each periodic assessment or re-assessment', () => {
    expect(periodicAssessmentDueOn('IN_SERVICE', '2026-03-10', [], 3)).toBe('2026-06-10');
    const assessments = [
      { kind: 'INTAKE', assessedOn: '2026-03-01' },
      { kind: 'PERIODIC', assessedOn: '2026-06-01' },
      { kind: 'REASSESSMENT', assessedOn: '2026-08-20' },
    ];
    expect(periodicAssessmentDueOn('IN_SERVICE', '2026-03-10', assessments, 3)).toBe('2026-11-20');
    expect(periodicAssessmentDueOn('IN_SERVICE', '2026-03-10', assessments, 6)).toBe('2027-02-20');
  });

  it('is not due outside service', () => {
    expect(periodicAssessmentDueOn('RELAPSE_REFERRED', '2026-03-10', [], 3)).toBeNull();
    expect(periodicAssessmentDueOn('ASSESSED', null, [], 3)).toBeNull();
  });
});
