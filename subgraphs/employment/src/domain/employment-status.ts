// Employment status, derived from placements and trainings and never stored (DOMAIN.md §2 "employment").
import type { EmploymentStatus, PlacementKind } from '../generated/resolvers-types.js';

export interface StatusInputs {
  placements: readonly { kind: PlacementKind; startedOn: string; endedOn: string | null }[];
  trainings: readonly { startedOn: string; completedOn: string | null }[];
}

/** A person whose last placement or training ended within this many days is still seeking work. */
export const SEEKING_WINDOW_DAYS = 365;

const isCurrent = (startedOn: string, endedOn: string | null, today: string) => startedOn <= today && (endedOn === null || endedOn > today);

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A current placement decides (sheltered or not); then a current training; then recent
 * activity means the person is seeking work, and old or no activity that they are not.
 */
export function employmentStatus({ placements, trainings }: StatusInputs, today: string): EmploymentStatus {
  const current = placements.find((p) => isCurrent(p.startedOn, p.endedOn, today));
  if (current) return current.kind === 'SHELTERED_EMPLOYMENT' ? 'IN_SHELTERED_EMPLOYMENT' : 'EMPLOYED';
  if (trainings.some((t) => isCurrent(t.startedOn, t.completedOn, today))) return 'IN_TRAINING';
  const lastActivity = [...placements.map((p) => p.endedOn), ...trainings.map((t) => t.completedOn)]
    .filter((d): d is string => d !== null && d <= today)
    .sort()
    .at(-1);
  return lastActivity && daysBetween(lastActivity, today) <= SEEKING_WINDOW_DAYS ? 'SEEKING' : 'NOT_SEEKING';
}
