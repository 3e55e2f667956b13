// Floor of a page of 100 patients with a field from each agency: the registry's page, then the platform's and the federation's rows for its pids, joined here.
import { isAnalyst, pseudonymize } from '#platform/access/analyst-view.js';
import type { Caller } from '#platform/identity/identity.js';
import { callerPrefix, scopedPrefix } from '#platform/access/region-scope.js';
import { regionPrefixArg } from '#platform/statistics/region-code.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { CERTIFICATE_READERS, EMPLOYMENT_READERS } from '../../subgraphs/employment/src/domain/readers.js';
import { employmentStatus } from '../../subgraphs/employment/src/domain/employment-status.js';
import type { DbPlacementRow } from '../../subgraphs/employment/src/data/tables.js';
import type { DbDiagnosisRow } from '../../subgraphs/registry/src/data/tables.js';
import type { DbReferralRow } from '../../subgraphs/welfare/src/data/tables.js';
import { requireRegionOnlyScope } from './access.js';
import type { FloorPools } from './pools.js';

type DiagnosisCategory = DbDiagnosisRow['category'];
type ReferralStatus = DbReferralRow['status'];
type PlacementKind = DbPlacementRow['kind'];
type EmploymentStatus = ReturnType<typeof employmentStatus>;

const PATIENTS_SQL = `
  select p.pid, p.current_risk_grade, d.category
    from patient p join diagnosis d on d.pid = p.pid
   where p.county_code like $1
   order by p.pid
   limit $2`;

// Person.referrals: every referral of the person the caller may see, newest first.
const REFERRALS_SQL = `
  select pid, status from referral
   where pid = any($1) and county_code like $2
   order by submitted_at desc, id desc`;

// Person.disabilityCertificate and Person.employment: the certificate, and what the status is
// derived from; a person who used none of the services has no profile.
const EMPLOYMENT_SQL = `
  select p.pid,
         (select grade from disability_certificate c where c.pid = p.pid and coalesce(c.county_code, '') like $2) as grade,
         coalesce((select json_agg(json_build_object('kind', kind, 'startedOn', started_on, 'endedOn', ended_on) order by started_on desc, id desc)
                     from placement where pid = p.pid and county_code like $2), '[]') as placements,
         coalesce((select json_agg(json_build_object('startedOn', e.started_on, 'completedOn', e.completed_on) order by e.started_on desc, e.id desc)
                     from training_enrolment e join training_course c on c.id = e.course_id where e.pid = p.pid and c.county_code like $2), '[]') as trainings,
         exists (select 1 from employment_referral where pid = p.pid and county_code like $2)
           or exists (select 1 from job_recommendation where pid = p.pid and county_code like $2) as other_services
    from unnest($1::text[]) as p(pid)`;

interface EmploymentRow {
  pid: string;
  grade: number | null;
  placements: { kind: PlacementKind; startedOn: string; endedOn: string | null }[];
  trainings: { startedOn: string; completedOn: string | null }[];
  other_services: boolean;
}

export interface PatientPageAnswer {
  patients: {
    nodes: {
      pid: string;
      registry: { riskLevel: number; diagnosis: { category: DiagnosisCategory } };
      referrals: { status: ReferralStatus }[];
      disabilityCertificate: { grade: number } | null;
      employment: { status: EmploymentStatus } | null;
    }[];
  };
}

export async function patientPageFloor(pools: FloorPools, linkageKey: Buffer, caller: Caller, regionCode: string, first: number): Promise<PatientPageAnswer> {
  requireRegionOnlyScope(caller);
  if (!['HOSPITAL_CLINICIAN', 'REGISTRY_OFFICER', 'ANALYST'].includes(caller.role)) throw new Error('patients is for health staff and analysts');
  const countyPrefix = scopedPrefix(caller, regionPrefixArg(regionCode, 'filter.regionCode'));
  if (countyPrefix === null) return { patients: { nodes: [] } };
  const own = `${callerPrefix(caller)}%`;
  const { rows: patients } = await pools.registry.query<{ pid: string; current_risk_grade: number; category: DiagnosisCategory }>(PATIENTS_SQL, [
    `${countyPrefix}%`,
    first,
  ]);
  const pids = patients.map((p) => p.pid);
  const [referrals, employment] = await Promise.all([
    pools.welfare.query<{ pid: string; status: ReferralStatus }>(REFERRALS_SQL, [pids, own]),
    pools.employment.query<EmploymentRow>(EMPLOYMENT_SQL, [pids, own]),
  ]);
  const referralsByPid = new Map<string, { status: ReferralStatus }[]>();
  for (const row of referrals.rows) referralsByPid.set(row.pid, [...(referralsByPid.get(row.pid) ?? []), { status: row.status }]);
  const employmentByPid = new Map(employment.rows.map((row) => [row.pid, row]));
  const today = chinaToday();
  return {
    patients: {
      nodes: patients.map((patient) => {
        const services = employmentByPid.get(patient.pid);
        const usedServices = services !== undefined && (services.placements.length > 0 || services.trainings.length > 0 || services.other_services);
        return {
          pid: isAnalyst(caller) ? pseudonymize(patient.pid, linkageKey, caller) : patient.pid,
          registry: { riskLevel: patient.current_risk_grade, diagnosis: { category: patient.category } },
          referrals: referralsByPid.get(patient.pid) ?? [],
          disabilityCertificate:
            CERTIFICATE_READERS.has(caller.role) && services?.grade !== null && services?.grade !== undefined ? { grade: services.grade } : null,
          employment: EMPLOYMENT_READERS.has(caller.role) && usedServices ? { status: employmentStatus(services, today) } : null,
        };
      }),
    },
  };
}
