// The division list civil affairs keeps (loaded by migration from GB/T 2260).
import type { Db } from '#platform/database/db.js';
import type { Division, DivisionLevel } from '#platform/statistics/division.js';

type DbDivisionRow = { code: string; name: string; level: DivisionLevel; parent_code: string | null };

const toDivision = (r: DbDivisionRow): Division => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code });

export async function divisionsByCodes(db: Db, codes: readonly string[]): Promise<Division[]> {
  const rows: DbDivisionRow[] = await db('division')
    .select('code', 'name', 'level', 'parent_code')
    .whereRaw('code = any(?)', [codes as string[]]);
  return rows.map(toDivision);
}

/** Divisions directly below these, in code order; the parent code '' asks for the provinces. */
export async function divisionsByParentCodes(db: Db, parentCodes: readonly string[]): Promise<Division[]> {
  const rows: DbDivisionRow[] = await db('division')
    .select('code', 'name', 'level', 'parent_code')
    .where((q) => {
      q.whereRaw('parent_code = any(?)', [parentCodes as string[]]);
      if (parentCodes.includes('')) q.orWhereNull('parent_code');
    })
    .orderBy('code');
  return rows.map(toDivision);
}
