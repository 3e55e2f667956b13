// Floor of a region's page of 100 employment referrals with each person's certificate, status, trainings and placements: one statement on the federation's database.
import type { Caller } from '#platform/identity/identity.js';
import { callerPrefix, scopedPrefix } from '#platform/access/region-scope.js';
import { regionPrefixArg } from '#platform/statistics/region-code.js';
import { chinaToday, formatDateTime } from '#platform/graphql/scalars.js';
import { readsCertificate, readsEmployment } from '../../subgraphs/employment/src/domain/readers.js';
import { employmentStatus } from '../../subgraphs/employment/src/domain/employment-status.js';
import type { DbDisabilityCertificateRow, DbEmploymentReferralRow, DbPlacementRow } from '../../subgraphs/employment/src/data/tables.js';
import type { FloorPools } from './pools.js';

type DisabilityCategory = DbDisabilityCertificateRow['category'];
type EmploymentReferralStatus = DbEmploymentReferralRow['status'];
type PlacementKind = DbPlacementRow['kind'];
type EmploymentStatus = ReturnType<typeof employmentStatus>;

// The page oldest first by (received_at, id); per person the certificate and the profile's lists
// in the caller's region, newest first (trainings carry their course's name).
const PAGE_SQL = `
  select r.id, r.pid, r.status, r.received_at,
         (select json_build_object('category', c.category, 'grade', c.grade) from disability_certificate c
           where c.pid = r.pid and coalesce(c.county_code, '') like $3) as certificate,
         coalesce((select json_agg(json_build_object('course', c.name, 'startedOn', e.started_on, 'completedOn', e.completed_on) order by e.started_on desc, e.id desc)
                     from training_enrolment e join training_course c on c.id = e.course_id where e.pid = r.pid and c.county_code like $3), '[]') as trainings,
         coalesce((select json_agg(json_build_object('kind', p.kind, 'startedOn', p.started_on, 'endedOn', p.ended_on) order by p.started_on desc, p.id desc)
                     from placement p where p.pid = r.pid and p.county_code like $3), '[]') as placements,
         exists (select 1 from employment_referral o where o.pid = r.pid and o.county_code like $3)
           or exists (select 1 from job_recommendation j where j.pid = r.pid and j.county_code like $3) as other_services
    from employment_referral r
   where r.county_code like $1 and r.status = $2
   order by r.received_at, r.id
   limit $4`;

interface PageRow {
  id: string;
  pid: string;
  status: EmploymentReferralStatus;
  received_at: Date;
  certificate: { category: DisabilityCategory; grade: number } | null;
  trainings: { course: string; startedOn: string; completedOn: string | null }[];
  placements: { kind: PlacementKind; startedOn: string; endedOn: string | null }[];
  other_services: boolean;
}

export interface EmploymentReferralPageAnswer {
  employmentReferrals: {
    nodes: {
      id: string;
      status: EmploymentReferralStatus;
      receivedAt: string;
      person: {
        pid: string;
        disabilityCertificate: { category: DisabilityCategory; grade: number } | null;
        employment: {
          status: EmploymentStatus;
          trainings: { course: string; startedOn: string; completedOn: string | null }[];
          placements: { kind: PlacementKind; startedOn: string; endedOn: string | null }[];
        } | null;
      };
    }[];
  };
}

export async function employmentReferralPageFloor(
  pools: FloorPools,
  caller: Caller,
  regionCode: string,
  status: EmploymentReferralStatus,
  first: number,
): Promise<EmploymentReferralPageAnswer> {
  if (caller.role !== 'EMPLOYMENT_OFFICER') throw new Error('employmentReferrals is for employment officers');
  const countyPrefix = scopedPrefix(caller, regionPrefixArg(regionCode));
  if (countyPrefix === null) return { employmentReferrals: { nodes: [] } };
  const { rows } = await pools.employment.query<PageRow>(PAGE_SQL, [`${countyPrefix}%`, status, `${callerPrefix(caller)}%`, first]);
  const today = chinaToday();
  return {
    employmentReferrals: {
      nodes: rows.map((row) => {
        const used = row.trainings.length > 0 || row.placements.length > 0 || row.other_services;
        return {
          id: row.id,
          status: row.status,
          receivedAt: formatDateTime(row.received_at),
          person: {
            pid: row.pid,
            disabilityCertificate: readsCertificate(caller) ? row.certificate : null,
            employment:
              readsEmployment(caller) && used
                ? {
                    status: employmentStatus({ placements: row.placements, trainings: row.trainings }, today),
                    trainings: row.trainings,
                    placements: row.placements,
                  }
                : null,
          },
        };
      }),
    },
  };
}
