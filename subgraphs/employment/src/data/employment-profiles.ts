// A person's employment profile: placements and trainings, read together in one statement.
import type { Db } from '../../../shared/src/db.js';
import type { PlacementKind } from '../generated/resolvers-types.js';

export interface PlacementRecord {
  pid: string;
  kind: PlacementKind;
  startedOn: string;
  endedOn: string | null;
}

export interface TrainingRecord {
  pid: string;
  course: string;
  startedOn: string;
  completedOn: string | null;
}

export interface EmploymentProfileRecord {
  pid: string;
  /** Newest first. */
  placements: PlacementRecord[];
  /** Newest first. */
  trainings: TrainingRecord[];
}

interface DbActivityRow {
  pid: string;
  source: 'placement' | 'training';
  kind: PlacementKind | null;
  course: string | null;
  started_on: string;
  ended_on: string | null;
}

/**
 * Placements and trainings of these people in the caller's region, in one statement (a profile is always shown
 * with both), newest first; people who used neither service get no profile.
 */
export async function employmentProfilesByPids(db: Db, countyPrefix: string, pids: readonly string[]): Promise<EmploymentProfileRecord[]> {
  const { rows } = (await db.raw(
    `select pid, 'placement' as source, kind, null as course, started_on, ended_on, id
       from placement where pid = any(?) and county_code like ?
     union all
     select e.pid, 'training', null, c.name, e.started_on, e.completed_on, e.id
       from training_enrolment e join training_course c on c.id = e.course_id where e.pid = any(?) and c.county_code like ?
     order by started_on desc, id desc`,
    [pids as string[], `${countyPrefix}%`, pids as string[], `${countyPrefix}%`],
  )) as { rows: DbActivityRow[] };
  const profiles = new Map<string, EmploymentProfileRecord>();
  for (const row of rows) {
    let profile = profiles.get(row.pid);
    if (!profile) {
      profile = { pid: row.pid, placements: [], trainings: [] };
      profiles.set(row.pid, profile);
    }
    if (row.source === 'placement') profile.placements.push({ pid: row.pid, kind: row.kind!, startedOn: row.started_on, endedOn: row.ended_on });
    else profile.trainings.push({ pid: row.pid, course: row.course!, startedOn: row.started_on, completedOn: row.ended_on });
  }
  return [...profiles.values()];
}
