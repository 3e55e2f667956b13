// Job placements: a person's history, the placements that followed a referral, those ending soon, and the writes.
import { refreshEmploymentStatistics } from './statistics.js';
import type { Db } from '#platform/database/db.js';
import type { PlacementKind } from '../generated/resolvers-types.js';
import type { PlacementPeriod } from '../domain/placement-rules.js';
import type { DbPlacementRow } from './tables.js';

export interface PlacementRecord {
  id: string;
  pid: string;
  kind: PlacementKind;
  employerId: string | null;
  countyCode: string;
  startedOn: string;
  endedOn: string | null;
  fullTime: boolean;
  jobCoach: string | null;
  referralId: string | null;
}

export const PLACEMENT_COLUMNS = ['id', 'pid', 'kind', 'employer_id', 'county_code', 'started_on', 'ended_on', 'full_time', 'job_coach', 'referral_id'];
type Row = Omit<DbPlacementRow, 'employer_name'>;
export const toPlacementRecord = (r: Row): PlacementRecord => ({
  id: String(r.id),
  pid: r.pid,
  kind: r.kind,
  employerId: r.employer_id,
  countyCode: r.county_code,
  startedOn: r.started_on,
  endedOn: r.ended_on,
  fullTime: r.full_time,
  jobCoach: r.job_coach,
  referralId: r.referral_id,
});

const NEWEST_FIRST = [
  { column: 'started_on', order: 'desc' },
  { column: 'id', order: 'desc' },
] as const;

/** Placements that followed these referrals, in the caller's region, newest first. */
export async function placementsByReferralIds(db: Db, countyPrefix: string, referralIds: readonly string[]): Promise<PlacementRecord[]> {
  const rows: Row[] = await db('placement')
    .select(PLACEMENT_COLUMNS)
    .whereRaw('referral_id = any(?::uuid[])', [referralIds as string[]])
    .where('county_code', 'like', `${countyPrefix}%`)
    .orderBy([...NEWEST_FIRST]);
  return rows.map(toPlacementRecord);
}

/** The person's full-time placements, wherever they are: the one-full-time-job rule is about the person. */
export async function fullTimePeriodsOf(db: Db, pid: string): Promise<PlacementPeriod[]> {
  const rows: Pick<DbPlacementRow, 'started_on' | 'ended_on'>[] = await db('placement').select('started_on', 'ended_on').where({ pid, full_time: true });
  return rows.map((r) => ({ startedOn: r.started_on, endedOn: r.ended_on, fullTime: true }));
}

export interface NewPlacementRow {
  pid: string;
  kind: PlacementKind;
  employerId: string | null;
  /** The employer's name, or a description of self-employment: kept beside the id as older records have it alone. */
  employerName: string;
  countyCode: string;
  startedOn: string;
  endedOn: string | null;
  fullTime: boolean;
  jobCoach: string | null;
  referralId: string | null;
}

export async function insertPlacement(db: Db, placement: NewPlacementRow): Promise<PlacementRecord> {
  const [row] = (await db('placement')
    .insert({
      pid: placement.pid,
      kind: placement.kind,
      employer_id: placement.employerId,
      employer_name: placement.employerName,
      county_code: placement.countyCode,
      started_on: placement.startedOn,
      ended_on: placement.endedOn,
      full_time: placement.fullTime,
      job_coach: placement.jobCoach,
      referral_id: placement.referralId,
    })
    .returning(PLACEMENT_COLUMNS)) as Row[];
  // A placement may complete a referral's 180 days: the person's statistics follow it.
  await refreshEmploymentStatistics(db, [placement.pid]);
  return toPlacementRecord(row!);
}

export async function placementForUpdate(db: Db, id: number): Promise<PlacementRecord | null> {
  const row: Row | undefined = await db('placement').select(PLACEMENT_COLUMNS).where({ id }).forUpdate().first();
  return row ? toPlacementRecord(row) : null;
}

export async function updatePlacementEnd(db: Db, id: number, endedOn: string): Promise<void> {
  await db('placement').where({ id }).update({ ended_on: endedOn });
}

export interface EndingSoonPage {
  countyPrefix: string;
  /** First and last day of the window, inclusive. */
  from: string;
  to: string;
  after: { endedOn: string; id: number } | null;
  limit: number;
}

/** A page of a region's placements ending in the window, soonest first (index placement_county_end_idx). */
export async function listPlacementsEndingSoon(db: Db, page: EndingSoonPage): Promise<PlacementRecord[]> {
  const query = db('placement')
    .select(PLACEMENT_COLUMNS)
    .where('county_code', 'like', `${page.countyPrefix}%`)
    .whereBetween('ended_on', [page.from, page.to])
    .orderBy([{ column: 'ended_on' }, { column: 'id' }])
    .limit(page.limit);
  if (page.after) query.whereRaw('(ended_on, id) > (?::date, ?)', [page.after.endedOn, page.after.id]);
  return ((await query) as Row[]).map(toPlacementRecord);
}
