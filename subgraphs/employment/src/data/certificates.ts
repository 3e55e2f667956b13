// Disability certificates: category and grade, never the citizen ID inside the number (only its keyed digest).
import type { Db } from '../../../shared/src/db.js';
import { preparedSelect } from '../../../shared/src/read-together.js';
import type { DisabilityCategory } from '../generated/resolvers-types.js';
import type { DbDisabilityCertificateRow } from './tables.js';

export interface CertificateRecord {
  pid: string;
  category: DisabilityCategory;
  grade: number;
  issuedOn: string;
  /** County of issue; null for certificates recorded before the county was kept. */
  countyCode: string | null;
}

type Row = Pick<DbDisabilityCertificateRow, 'pid' | 'category' | 'grade' | 'issued_on' | 'county_code'>;
const COLUMNS = ['pid', 'category', 'grade', 'issued_on', 'county_code'];
const toRecord = (r: Row): CertificateRecord => ({ pid: r.pid, category: r.category, grade: r.grade, issuedOn: r.issued_on, countyCode: r.county_code });

/** Certificates of these people issued in the caller's region (county prefix; '' is the whole country). */
export async function certificatesByPids(db: Db, countyPrefix: string, pids: readonly string[]): Promise<CertificateRecord[]> {
  return (await selectCertificates(db, pids, countyPrefix)).map(toRecord);
}

const selectCertificates = preparedSelect<Row, string>((db, pids, countyPrefix) =>
  db('disability_certificate')
    .select(COLUMNS)
    .whereRaw('pid = any(?)', [pids as string[]])
    .whereRaw("coalesce(county_code, '') like ?", [`${countyPrefix}%`]),
);

/** True when the person holds a certificate, or the number is recorded for anyone (wherever issued). */
export async function certificateExists(db: Db, pid: string, numberDigest: string): Promise<boolean> {
  const row = await db('disability_certificate').where({ pid }).orWhere({ number_digest: numberDigest }).first('pid');
  return row !== undefined;
}

export interface NewCertificate {
  pid: string;
  numberDigest: string;
  category: DisabilityCategory;
  grade: number;
  issuedOn: string;
  countyCode: string;
}

export async function insertCertificate(db: Db, certificate: NewCertificate): Promise<void> {
  await db('disability_certificate').insert({
    pid: certificate.pid,
    number_digest: certificate.numberDigest,
    category: certificate.category,
    grade: certificate.grade,
    issued_on: certificate.issuedOn,
    county_code: certificate.countyCode,
  } satisfies DbDisabilityCertificateRow);
}
