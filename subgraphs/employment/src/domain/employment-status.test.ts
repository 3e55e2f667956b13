// Employment status as derived from placements and trainings, never stored.
import { describe, expect, it } from 'vitest';
import { employmentStatus } from './employment-status.js';

const today = '2026-06-01';

describe('employmentStatus', () => {
  it('is EMPLOYED during an open placement', () => {
    expect(employmentStatus({ placements: [{ kind: 'SUPPORTED_EMPLOYMENT', startedOn: '2026-01-01', endedOn: null }], trainings: [] }, today)).toBe('EMPLOYED');
  });
  it('is IN_SHELTERED_EMPLOYMENT during a sheltered placement', () => {
    expect(employmentStatus({ placements: [{ kind: 'SHELTERED_EMPLOYMENT', startedOn: '2026-01-01', endedOn: '2026-12-31' }], trainings: [] }, today)).toBe(
      'IN_SHELTERED_EMPLOYMENT',
    );
  });
  it('is IN_TRAINING during a course when no placement runs', () => {
    expect(
      employmentStatus(
        {
          placements: [{ kind: 'OPEN_EMPLOYMENT', startedOn: '2024-01-01', endedOn: '2025-01-01' }],
          trainings: [{ startedOn: '2026-05-01', completedOn: null }],
        },
        today,
      ),
    ).toBe('IN_TRAINING');
  });
  it('is SEEKING within a year of the last placement ending', () => {
    expect(employmentStatus({ placements: [{ kind: 'OPEN_EMPLOYMENT', startedOn: '2025-01-01', endedOn: '2026-03-01' }], trainings: [] }, today)).toBe(
      'SEEKING',
    );
  });
  it('is NOT_SEEKING when the last activity is older than a year', () => {
    expect(employmentStatus({ placements: [], trainings: [{ startedOn: '2023-01-01', completedOn: '2023-06-01' }] }, today)).toBe('NOT_SEEKING');
  });
  it('does not count a placement that starts in the future as current', () => {
    expect(employmentStatus({ placements: [{ kind: 'OPEN_EMPLOYMENT', startedOn: '2026-07-01', endedOn: null }], trainings: [] }, today)).toBe('NOT_SEEKING');
  });
});
