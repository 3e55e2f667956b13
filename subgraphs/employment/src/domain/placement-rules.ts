// The rules a new placement must keep (DOMAIN.md §2 "employment"): dates in order, a job coach for supported employment, no two full-time jobs at once.
import type { Problem } from '#platform/i18n/messages.js';
import type { PlacementKind } from '../generated/resolvers-types.js';

export interface PlacementPeriod {
  startedOn: string;
  /** The last day worked; null while open (an open end is infinity). */
  endedOn: string | null;
  fullTime: boolean;
}

export interface NewPlacement extends PlacementPeriod {
  kind: PlacementKind;
  employerId: string | null;
  jobCoach: string | null;
}

/** A rule the placement breaks, with the input field it concerns; null when it keeps them all. */
export type PlacementProblem = (Problem & { argument: string }) | null;

export function placementProblem(placement: NewPlacement): PlacementProblem {
  if (placement.endedOn !== null && placement.endedOn < placement.startedOn) return { argument: 'input.endedOn', key: 'employment.placementEndBeforeStart' };
  if (placement.kind === 'SUPPORTED_EMPLOYMENT' && placement.jobCoach === null) return { argument: 'input.jobCoach', key: 'employment.jobCoachRequired' };
  if (placement.kind === 'SELF_EMPLOYMENT' && placement.employerId !== null) return { argument: 'input.employerId', key: 'employment.selfEmploymentEmployer' };
  if (placement.kind !== 'SELF_EMPLOYMENT' && placement.employerId === null)
    return { argument: 'input.employerId', key: 'employment.employerRequired', params: { kind: placement.kind } };
  return null;
}

/** Two periods share at least one day; both ends are inclusive. */
export function periodsOverlap(a: PlacementPeriod, b: PlacementPeriod): boolean {
  const aEndsBeforeB = a.endedOn !== null && a.endedOn < b.startedOn;
  const bEndsBeforeA = b.endedOn !== null && b.endedOn < a.startedOn;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/** A person holds one full-time job at a time; part-time work may overlap anything. */
export function fullTimeClash(candidate: PlacementPeriod, existing: readonly PlacementPeriod[]): boolean {
  return candidate.fullTime && existing.some((other) => other.fullTime && periodsOverlap(candidate, other));
}
