// Floor of a page of 100 patients as a registry officer lists them: the registry's page, with each patient's risk grade and diagnosis.
import type { Caller } from '#platform/identity/identity.js';
import { scopedPrefix } from '#platform/access/region-scope.js';
import { regionPrefixArg } from '#platform/statistics/region-code.js';
import type { DbDiagnosisRow } from '../../subgraphs/registry/src/data/tables.js';
import type { FloorPools } from './pools.js';

type DiagnosisCategory = DbDiagnosisRow['category'];

const PATIENTS_SQL = `
  select p.pid, p.current_risk_grade, d.category
    from patient p join diagnosis d on d.pid = p.pid
   where p.county_code like $1
   order by p.pid
   limit $2`;

export interface PatientPageAnswer {
  patients: {
    nodes: {
      pid: string;
      registry: { riskLevel: number; diagnosis: { category: DiagnosisCategory } };
    }[];
  };
}

export async function patientPageFloor(pools: FloorPools, caller: Caller, regionCode: string, first: number): Promise<PatientPageAnswer> {
  // Analysts see aggregates only (DOMAIN.md §6): no role but health staff lists patients.
  if (!['HOSPITAL_CLINICIAN', 'REGISTRY_OFFICER'].includes(caller.role)) throw new Error('patients is for health staff');
  const countyPrefix = scopedPrefix(caller, regionPrefixArg(regionCode, 'filter.regionCode'));
  if (countyPrefix === null) return { patients: { nodes: [] } };
  const { rows: patients } = await pools.registry.query<{ pid: string; current_risk_grade: number; category: DiagnosisCategory }>(PATIENTS_SQL, [
    `${countyPrefix}%`,
    first,
  ]);
  return {
    patients: {
      nodes: patients.map((patient) => ({
        pid: patient.pid,
        registry: { riskLevel: patient.current_risk_grade, diagnosis: { category: patient.category } },
      })),
    },
  };
}
