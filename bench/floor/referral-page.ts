// Floor of a page of 100 referrals of a region with person, institution and history: one welfare statement, then the registry's rows for its pids.
import type { Caller } from '#platform/identity/identity.js';
import { callerPrefix, inScope } from '#platform/access/region-scope.js';
import { regionPrefixArg } from '#platform/statistics/region-code.js';
import { formatDateTime } from '#platform/graphql/scalars.js';
import type { DbReferralRow } from '../../subgraphs/welfare/src/data/tables.js';
import type { ConsentGrantor } from '../../subgraphs/registry/src/domain/upload-consent.js';
import { registryRecordVisible, requireRegionOnlyScope } from './access.js';
import type { FloorPools } from './pools.js';

type ReferralStatus = DbReferralRow['status'];

// The page newest first by (submitted_at, id), each with its institution and its history (oldest first).
const REFERRALS_SQL = `
  select r.id, r.pid, r.status, r.submitted_at, i.id as institution_id, i.name as institution_name,
         coalesce((select json_agg(json_build_object('from', t.from_status, 'to', t.to_status, 'at', t.at, 'actorRole', t.actor_role) order by t.at, t.id)
                     from referral_transition t where t.referral_id = r.id), '[]') as history
    from referral r left join institution i on i.id = r.institution_id
   where r.county_code like $1 and r.county_code like $2
   order by r.submitted_at desc, r.id desc
   limit $3`;

// Person.registry { riskLevel } where the caller may read the record.
const REGISTRY_SQL = `
  select p.pid, p.county_code, p.current_risk_grade,
         p.guardian_name is not null as has_guardian,
         coalesce(array(select distinct c.granted_by from consent c where c.pid = p.pid and c.scope = 'REFERRAL_UPLOAD' and c.revoked_at is null), '{}') as upload_consent_grantors
    from patient p where p.pid = any($1)`;

interface ReferralRow {
  id: string;
  pid: string;
  status: ReferralStatus;
  submitted_at: Date;
  institution_id: string | null;
  institution_name: string | null;
  history: { from: ReferralStatus | null; to: ReferralStatus; at: string; actorRole: string }[];
}

export interface ReferralPageAnswer {
  referrals: {
    nodes: {
      id: string;
      status: ReferralStatus;
      submittedAt: string;
      institution: { id: string; name: string } | null;
      history: { from: ReferralStatus | null; to: ReferralStatus; at: string; actorRole: string }[];
      person: { pid: string; registry: { riskLevel: number } | null };
    }[];
  };
}

export async function referralPageFloor(pools: FloorPools, caller: Caller, regionCode: string, first: number): Promise<ReferralPageAnswer> {
  requireRegionOnlyScope(caller);
  const { rows } = await pools.welfare.query<ReferralRow>(REFERRALS_SQL, [
    `${regionPrefixArg(regionCode, 'filter.regionCode')}%`,
    `${callerPrefix(caller)}%`,
    first,
  ]);
  const { rows: patients } = await pools.registry.query<{
    pid: string;
    county_code: string;
    current_risk_grade: number;
    has_guardian: boolean;
    upload_consent_grantors: ConsentGrantor[];
  }>(REGISTRY_SQL, [[...new Set(rows.map((row) => row.pid))]]);
  const riskByPid = new Map(
    patients
      .filter((p) => inScope(caller, p.county_code) && registryRecordVisible(caller, p.upload_consent_grantors, p.has_guardian))
      .map((p) => [p.pid, p.current_risk_grade]),
  );
  return {
    referrals: {
      nodes: rows.map((row) => {
        const risk = riskByPid.get(row.pid);
        return {
          id: row.id,
          status: row.status,
          submittedAt: formatDateTime(row.submitted_at),
          institution: row.institution_id === null ? null : { id: row.institution_id, name: row.institution_name ?? '' },
          history: row.history.map((step) => ({ from: step.from, to: step.to, at: formatDateTime(new Date(step.at)), actorRole: step.actorRole })),
          person: { pid: row.pid, registry: risk === undefined ? null : { riskLevel: risk } },
        };
      }),
    },
  };
}
