// Disability certificates: category and grade, never the citizen ID inside the number.
import type { Db } from '../../../shared/src/db.js';
import type { DisabilityCategory } from '../generated/resolvers-types.js';

export interface CertificateRecord {
  pid: string;
  category: DisabilityCategory;
  grade: number;
  issuedOn: string;
}

export async function certificatesByPids(db: Db, pids: readonly string[]): Promise<CertificateRecord[]> {
  const rows: { pid: string; category: DisabilityCategory; grade: number; issued_on: string }[] = await db('disability_certificate')
    .select('pid', 'category', 'grade', 'issued_on')
    .whereRaw('pid = any(?)', [pids as string[]]);
  return rows.map((r) => ({ pid: r.pid, category: r.category, grade: r.grade, issuedOn: r.issued_on }));
}
