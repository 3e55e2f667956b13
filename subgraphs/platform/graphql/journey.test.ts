import { describe, expect, it } from 'vitest';
import { atDay, type JourneyEventRecord, mergeJourney } from '#platform/graphql/journey.js';

const event = (day: string, source: JourneyEventRecord['source'], kind: string): JourneyEventRecord => ({ at: atDay(day), source, kind, summary: kind });

describe('the merged journey', () => {
  const health = [event('2024-01-05', 'HEALTH', 'DIAGNOSED'), event('2024-03-01', 'HEALTH', 'FOLLOW_UP')];
  const welfare = [event('2024-03-01', 'CIVIL_AFFAIRS', 'REFERRAL_SUBMITTED'), event('2024-02-10', 'CIVIL_AFFAIRS', 'BENEFIT_STARTED')];

  it('is one list, oldest first, ties in agency order', () => {
    expect(mergeJourney([health, welfare, null], { since: null, until: null, sources: null }).map((e) => e.kind)).toEqual([
      'DIAGNOSED',
      'BENEFIT_STARTED',
      'FOLLOW_UP',
      'REFERRAL_SUBMITTED',
    ]);
  });

  it('keeps the days from since to until, both included, and the sources asked for', () => {
    expect(mergeJourney([health, welfare], { since: '2024-02-10', until: '2024-03-01', sources: ['CIVIL_AFFAIRS'] }).map((e) => e.kind)).toEqual([
      'BENEFIT_STARTED',
      'REFERRAL_SUBMITTED',
    ]);
  });
});
