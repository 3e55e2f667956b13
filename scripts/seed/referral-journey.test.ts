import { describe, expect, it } from 'vitest';
import { dayOf, dayOfInstant } from './calendar.js';
import { Random } from './random.js';
import { JourneyPlan, placeJourney } from './referral-journey.js';

function plan(): JourneyPlan {
  return new JourneyPlan()
    .move({ to: 'SUBMITTED', delay: { days: 0 }, role: 'SOCIAL_WORKER', actorId: 'sw-1', reason: null, countyCode: '440305' })
    .move({ to: 'REGISTERED', delay: { workingDays: 3 }, role: 'SOCIAL_WORKER', actorId: 'sw-1', reason: null })
    .move({ to: 'WAITLISTED', delay: { workingDays: 2 }, role: 'PLATFORM_OFFICER', actorId: 'po-1', reason: null })
    .move({ to: 'DISPATCHED', delay: { days: 120 }, role: 'PLATFORM_OFFICER', actorId: 'po-1', reason: 're-reviewed' });
}

describe('JourneyPlan', () => {
  it('refuses a step the state machine does not allow', () => {
    const journey = new JourneyPlan().move({ to: 'SUBMITTED', delay: { days: 0 }, role: 'THIRD_PARTY', actorId: null, reason: null });
    expect(() => journey.move({ to: 'IN_SERVICE', delay: { days: 1 }, role: 'INSTITUTION_STAFF', actorId: null, reason: null })).toThrow(/illegal transition/);
  });
});

describe('placeJourney', () => {
  const today = dayOf('2026-11-01');

  it('keeps the path inside the window with the last step at least the tail before the end', () => {
    for (let n = 0; n < 50; n++) {
      const steps = placeJourney(Random.for(1, 'journey', n), plan(), { earliestStart: dayOf('2023-01-01'), latestEnd: today, tail: [10, 300] });
      expect(steps).not.toBeNull();
      const [first, last] = [steps?.[0], steps?.[steps.length - 1]];
      expect(dayOfInstant(first?.at ?? 0)).toBeGreaterThanOrEqual(dayOf('2023-01-01'));
      expect(dayOfInstant(last?.at ?? Infinity)).toBeLessThanOrEqual(today - 10);
      const times = steps?.map((step) => step.at) ?? [];
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(times.length);
    }
  });

  it('compresses a journey that is too long for a recent registration', () => {
    const steps = placeJourney(Random.for(1, 'journey', 'short'), plan(), { earliestStart: today - 30, latestEnd: today, tail: [0, 5] });
    expect(steps?.map((step) => step.to)).toEqual(['SUBMITTED', 'REGISTERED', 'WAITLISTED', 'DISPATCHED']);
    expect(dayOfInstant(steps?.[0]?.at ?? 0)).toBeGreaterThanOrEqual(today - 30);
    expect(dayOfInstant(steps?.[3]?.at ?? Infinity)).toBeLessThanOrEqual(today);
  });

  it('gives up when the window leaves no room at all', () => {
    expect(placeJourney(Random.for(1, 'journey', 'none'), plan(), { earliestStart: today - 5, latestEnd: today, tail: [91, 300] })).toBeNull();
  });

  it('pins the last step to the end of the window', () => {
    const end = dayOf('2025-06-30');
    const steps = placeJourney(Random.for(1, 'journey', 'pinned'), plan(), {
      earliestStart: dayOf('2023-01-01'),
      latestEnd: end,
      tail: [0, 100],
      pinLast: true,
    });
    expect(dayOfInstant(steps?.[steps.length - 1]?.at ?? 0)).toBe(end);
  });
});
