// Disability certificates: category and grade, never the citizen ID inside the number.
import type { Db } from '../../../shared/src/db.js';
import type { DisabilityCategory } from '../generated/resolvers-types.js';

export interface CertificateRecord {
  pid: string;
  category: DisabilityCategory;
  grade: number;
  issuedOn: string;
}

/** Certificates of these people issued in the caller's region (county prefix; '' is the whole country). */
export async function certificatesByPids(db: Db, countyPrefix: string, pids: readonly string[]): Promise<CertificateRecord[]> {
  const rows: { pid: string; category: DisabilityCategory; grade: number; issued_on: string }[] = await db('disability_certificate')
    .select('pid', 'category', 'grade', 'issued_on')
    .whereRaw('pid = any(?)', [pids as string[]])
    .whereRaw("coalesce(county_code, '') like ?", [`${countyPrefix}%`]);
  return rows.map((r) => ({ pid: r.pid, category: r.category, grade: r.grade, issuedOn: r.issued_on }));
}
