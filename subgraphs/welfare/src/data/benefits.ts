// Social-assistance and disability benefits of a person: reads by person, grants and ends.
import type { Db } from '#platform/database/db.js';
import { preparedSelect, type Source, source } from '#platform/database/read-together.js';
import type { BenefitKind } from '../generated/resolvers-types.js';
import type { DbBenefitRow } from './tables.js';

export interface BenefitRecord {
  id: string;
  pid: string;
  kind: BenefitKind;
  countyCode: string;
  startedOn: string;
  endedOn: string | null;
  monthlyAmountCents: number;
}

export type NewBenefit = Omit<BenefitRecord, 'id'>;

const BENEFIT_COLUMNS = ['id', 'pid', 'kind', 'county_code', 'started_on', 'ended_on', 'monthly_amount_cents'] as const;

// bigserial ids are numbers from both drivers (db.ts parses int8); the graph's ID is a string.
export const toBenefitRecord = (r: DbBenefitRow): BenefitRecord => ({
  id: String(r.id),
  pid: r.pid,
  kind: r.kind,
  countyCode: r.county_code,
  startedOn: r.started_on,
  endedOn: r.ended_on,
  monthlyAmountCents: r.monthly_amount_cents,
});

/** All benefits of these people in the caller's region, newest first. */
export async function benefitsByPids(db: Db, countyPrefix: string, pids: readonly string[]): Promise<BenefitRecord[]> {
  return (await selectBenefits(db, pids, countyPrefix)).map(toBenefitRecord);
}

const selectBenefits = preparedSelect<DbBenefitRow, string>((db, pids, countyPrefix) => benefitsQuery(db, countyPrefix, pids));

const benefitsQuery = (db: Db, countyPrefix: string, pids: readonly string[]) =>
  db('benefit')
    .where('county_code', 'like', `${countyPrefix}%`)
    .select(...BENEFIT_COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([
      { column: 'started_on', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);

/** benefitsByPids as a source of a combined read. */
export const benefitsSource = (db: Db, countyPrefix: string, pids: readonly string[]): Source<BenefitRecord> =>
  source(benefitsQuery(db, countyPrefix, pids), toBenefitRecord);

export async function insertBenefit(db: Db, benefit: NewBenefit): Promise<BenefitRecord> {
  const [row] = (await db('benefit')
    .insert({
      pid: benefit.pid,
      kind: benefit.kind,
      county_code: benefit.countyCode,
      started_on: benefit.startedOn,
      ended_on: benefit.endedOn,
      monthly_amount_cents: benefit.monthlyAmountCents,
    })
    .returning([...BENEFIT_COLUMNS])) as DbBenefitRow[];
  if (!row) throw new Error('benefit insert returned no row');
  return toBenefitRecord(row);
}

/** One benefit locked for the transaction; null when unknown. */
export async function lockBenefit(db: Db, id: number): Promise<BenefitRecord | null> {
  const row: DbBenefitRow | undefined = await db('benefit')
    .select(...BENEFIT_COLUMNS)
    .where({ id })
    .forUpdate()
    .first();
  return row ? toBenefitRecord(row) : null;
}

export async function markBenefitEnded(db: Db, id: number, endedOn: string): Promise<BenefitRecord> {
  const [row] = (await db('benefit')
    .where({ id })
    .update({ ended_on: endedOn })
    .returning([...BENEFIT_COLUMNS])) as DbBenefitRow[];
  if (!row) throw new Error('benefit update returned no row');
  return toBenefitRecord(row);
}
