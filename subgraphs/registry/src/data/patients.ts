// Patients of the registry with their diagnosis: lookups by pid and keyset lists by region.
import type { Db } from '#platform/database/db.js';
import { preparedSelect, type Source, source } from '#platform/database/read-together.js';
import type { DiagnosisCategory, ManagementStatus } from '../generated/resolvers-types.js';
import type { DbDiagnosisRow, DbPatientRow } from './tables.js';

/** A patient with its diagnosis, as the lookups and lists select them. */
type PatientWithDiagnosisRow = Pick<
  DbPatientRow,
  'pid' | 'name' | 'sex' | 'birth_date' | 'status_since' | 'county_code' | 'registered_on' | 'management_status' | 'current_risk_grade'
> &
  Pick<DbDiagnosisRow, 'category' | 'icd10' | 'diagnosed_on'> & { has_guardian: boolean };

/** A registry record as resolvers see it. */
export interface PatientRecord {
  pid: string;
  name: string;
  sex: 'M' | 'F';
  birthDate: string;
  hasGuardian: boolean;
  managementStatusSince: string;
  countyCode: string;
  registeredOn: string;
  managementStatus: ManagementStatus;
  riskLevel: number;
  diagnosis: { category: DiagnosisCategory; icd10: string; diagnosedOn: string };
}

export function toPatientRecord(row: PatientWithDiagnosisRow): PatientRecord {
  return {
    pid: row.pid,
    name: row.name,
    sex: row.sex,
    birthDate: row.birth_date,
    hasGuardian: row.has_guardian,
    managementStatusSince: row.status_since,
    countyCode: row.county_code,
    registeredOn: row.registered_on,
    managementStatus: row.management_status,
    riskLevel: row.current_risk_grade,
    diagnosis: { category: row.category, icd10: row.icd10, diagnosedOn: row.diagnosed_on },
  };
}

function selectPatients(db: Db) {
  return db<PatientWithDiagnosisRow>('patient as p')
    .join('diagnosis as d', 'd.pid', 'p.pid')
    .select(
      'p.pid',
      'p.name',
      'p.sex',
      'p.birth_date',
      db.raw('p.guardian_name is not null as has_guardian'),
      'p.status_since',
      'p.county_code',
      'p.registered_on',
      'p.management_status',
      'p.current_risk_grade',
      'd.category',
      'd.icd10',
      'd.diagnosed_on',
    );
}

/** One statement for any number of pids (a single array parameter, not one per pid). */
export async function patientsByPids(db: Db, pids: readonly string[]): Promise<PatientRecord[]> {
  return (await selectPatientsByPids(db, pids, undefined)).map(toPatientRecord);
}

const patientsOfPids = (db: Db, pids: readonly string[]) => selectPatients(db).whereRaw('p.pid = any(?)', [pids as string[]]);

/** A lookup of every request that names a person: compiled once, prepared per connection. */
const selectPatientsByPids = preparedSelect<PatientWithDiagnosisRow>(patientsOfPids);

/** patientsByPids as a source of a combined read. */
export const patientsSource = (db: Db, pids: readonly string[]): Source<PatientRecord> => source(patientsOfPids(db, pids), toPatientRecord);

export interface PatientListFilter {
  /** Every county whose code starts with this. */
  countyPrefix: string;
  diagnosis?: string | null;
  minRiskLevel?: number | null;
  managementStatus?: string | null;
  /** Keyset: only pids after this one. */
  afterPid?: string | null;
  limit: number;
}

/** Patients of a region in pid order (stable, keyset-paginated). */
export async function listPatients(db: Db, filter: PatientListFilter): Promise<PatientRecord[]> {
  const query = selectPatients(db).where('p.county_code', 'like', `${filter.countyPrefix}%`);
  if (filter.diagnosis) query.where('d.category', filter.diagnosis);
  if (filter.minRiskLevel !== null && filter.minRiskLevel !== undefined) query.where('p.current_risk_grade', '>=', filter.minRiskLevel);
  if (filter.managementStatus) query.where('p.management_status', filter.managementStatus);
  if (filter.afterPid) query.where('p.pid', '>', filter.afterPid);
  const rows = await query.orderBy('p.pid').limit(filter.limit);
  return rows.map(toPatientRecord);
}

/** Whether the person has a guardian (whose consent and signature are then needed too); null for an unknown person. */
export async function hasGuardianOf(db: Db, pid: string): Promise<boolean | null> {
  const row = (await db('patient').select(db.raw('guardian_name is not null as has_guardian')).where({ pid }).first()) as { has_guardian: boolean } | undefined;
  return row ? row.has_guardian : null;
}
