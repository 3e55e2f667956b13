import { describe, expect, it } from 'vitest';
import { waitingDays } from './waiting.js';

const day = (iso: string) => new Date(`${iso}T08:00:00+08:00`);

describe('waitingDays', () => {
  it('counts days from registration to intake once accepted', () => {
    expect(waitingDays(day('2025-01-01'), day('2025-01-31'), 'IN_SERVICE', day('2025-06-01'))).toBe(30);
  });
  it('counts to today while the case still waits', () => {
    expect(waitingDays(day('2025-01-01'), null, 'WAITLISTED', day('2025-04-11'))).toBe(100);
  });
  it('is null for a case never registered', () => {
    expect(waitingDays(null, null, 'SUBMITTED', day('2025-04-11'))).toBeNull();
  });
  it('is null for a case closed before any intake', () => {
    expect(waitingDays(day('2025-01-01'), null, 'CLOSED', day('2025-04-11'))).toBeNull();
  });
});
