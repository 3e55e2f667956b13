// Community rehabilitation institutions.
import type { Db } from '../../../shared/src/db.js';

export interface InstitutionRecord {
  id: string;
  name: string;
  countyCode: string;
  capacity: number;
}

export async function institutionsByIds(db: Db, ids: readonly string[]): Promise<InstitutionRecord[]> {
  const rows: { id: string; name: string; county_code: string; capacity: number }[] = await db('institution')
    .select('id', 'name', 'county_code', 'capacity')
    .whereRaw('id = any(?)', [ids as string[]]);
  return rows.map((r) => ({ id: r.id, name: r.name, countyCode: r.county_code, capacity: r.capacity }));
}
