// Disability certificates: category and grade, never the citizen ID inside the number (only its keyed digest).
import type { Db } from '#platform/database/db.js';
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

export type CertificateRow = Pick<DbDisabilityCertificateRow, 'pid' | 'category' | 'grade' | 'issued_on' | 'county_code'>;
export const CERTIFICATE_COLUMNS = ['pid', 'category', 'grade', 'issued_on', 'county_code'];
export const toCertificateRecord = (r: CertificateRow): CertificateRecord => ({
  pid: r.pid,
  category: r.category,
  grade: r.grade,
  issuedOn: r.issued_on,
  countyCode: r.county_code,
});

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
