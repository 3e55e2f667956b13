// Social-assistance and disability benefits of a person.
import type { Db } from '../../../shared/src/db.js';
import type { BenefitKind } from '../generated/resolvers-types.js';

export interface BenefitRecord {
  pid: string;
  kind: BenefitKind;
  startedOn: string;
  endedOn: string | null;
  monthlyAmountCents: number;
}

/** All benefits of these people in the caller's region, newest first. */
export async function benefitsByPids(db: Db, countyPrefix: string, pids: readonly string[]): Promise<BenefitRecord[]> {
  const rows: { pid: string; kind: BenefitKind; started_on: string; ended_on: string | null; monthly_amount_cents: number }[] = await db('benefit')
    .where('county_code', 'like', `${countyPrefix}%`)
    .select('pid', 'kind', 'started_on', 'ended_on', 'monthly_amount_cents')
    .whereRaw('pid = any(?)', [pids as string[]])
    .orderBy([{ column: 'started_on', order: 'desc' }, { column: 'id', order: 'desc' }]);
  return rows.map((r) => ({ pid: r.pid, kind: r.kind, startedOn: r.started_on, endedOn: r.ended_on, monthlyAmountCents: r.monthly_amount_cents }));
}
