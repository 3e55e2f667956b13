// Registering a patient: the patient, the diagnosis and the first risk assessment in one transaction.
import type { Knex } from 'knex';
import { type AuditRequest, writeAudit } from '#platform/audit/audit.js';
import type { DiagnosisCategory } from '../generated/resolvers-types.js';
import { refreshRegistryStatistics } from './statistics.js';

export interface NewPatient {
  pid: string;
  /** Encrypted, or null when the registry keeps no citizen IDs. */
  citizenIdCipher: string | null;
  name: string;
  sex: 'M' | 'F';
  birthDate: string;
  countyCode: string;
  guardianName: string | null;
  registeredOn: string;
  diagnosis: { category: DiagnosisCategory; icd10: string; diagnosedOn: string };
  riskLevel: number;
}

const UNIQUE_VIOLATION = '23505';

/** Writes a new patient and its audit row in one transaction; returns false (and writes nothing) when the pid is registered already. */
export async function insertPatient(db: Knex, patient: NewPatient, audit: AuditRequest): Promise<boolean> {
  try {
    await db.transaction(async (trx) => {
      await trx('patient').insert({
        pid: patient.pid,
        citizen_id_cipher: patient.citizenIdCipher,
        name: patient.name,
        sex: patient.sex,
        birth_date: patient.birthDate,
        county_code: patient.countyCode,
        guardian_name: patient.guardianName,
        registered_on: patient.registeredOn,
        management_status: 'ACTIVE',
        status_since: patient.registeredOn,
        current_risk_grade: patient.riskLevel,
      });
      await trx('diagnosis').insert({
        pid: patient.pid,
        category: patient.diagnosis.category,
        icd10: patient.diagnosis.icd10,
        diagnosed_on: patient.diagnosis.diagnosedOn,
      });
      await trx('risk_assessment').insert({ pid: patient.pid, assessed_on: patient.registeredOn, grade: patient.riskLevel, source: 'REGISTRATION' });
      await refreshRegistryStatistics(trx, [patient.pid]);
      await writeAudit(trx, audit, [{ action: 'WRITE', pid: patient.pid, fields: ['patient', 'diagnosis', 'risk_assessment'] }]);
    });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return false;
    throw error;
  }
}
