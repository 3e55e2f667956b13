// The employment subgraph's DataLoaders, built anew for every request and limited to the caller's region.
import { periodOf } from '#platform/statistics/period.js';
import { sharedPids, sharingRevocationsByPids } from './sharing-revocations.js';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { Caller } from '#platform/identity/identity.js';
import { requestSharedStatements } from '#platform/statistics/indicators.js';
import { callerPrefix } from '#platform/access/region-scope.js';
import { loaderPerArgument, mapTo, mapToMany } from '#platform/database/batch.js';
import type { CertificateRecord } from './certificates.js';
import { type EmployerRecord, employersByIds } from './employers.js';
import { type EmploymentProfileRecord, peopleRecordsByPids } from './employment-profiles.js';
import { EMPLOYMENT_COUNTS, type EmploymentIndicatorCells, indicatorsFor } from './indicators.js';
import { withheldCellsLoader } from '#platform/statistics/complementary.js';
import { type PlacementRecord, placementsByReferralIds } from './placements.js';

export function createEmploymentLoaders(db: Knex, caller: Caller, request?: { requestId: string }) {
  const shared = requestSharedStatements(db, request && { requestId: request.requestId, caller });
  const countyPrefix = callerPrefix(caller);
  // A person's certificate and profile asked in the same tick (a journey, a page of people
  // with both fields) are one statement: the two loaders below share this one.
  const records = new DataLoader<{ pid: string; part: 'certificate' | 'profile' }, CertificateRecord | EmploymentProfileRecord | null, string>(
    async (keys) => {
      const pids = [...new Set(keys.map((key) => key.pid))];
      const wanted = { certificates: keys.some((key) => key.part === 'certificate'), profiles: keys.some((key) => key.part === 'profile') };
      const byPid = new Map((await peopleRecordsByPids(db, countyPrefix, pids, wanted)).map((records, i) => [pids[i]!, records]));
      return keys.map((key) => (key.part === 'certificate' ? byPid.get(key.pid)!.certificate : byPid.get(key.pid)!.profile));
    },
    { cacheKeyFn: (key) => `${key.part}:${key.pid}` },
  );
  return {
    certificateByPid: { load: (pid: string) => records.load({ pid, part: 'certificate' }) as Promise<CertificateRecord | null> },
    employmentProfileByPid: { load: (pid: string) => records.load({ pid, part: 'profile' }) as Promise<EmploymentProfileRecord | null> },
    /** Whether the platform shares the person with the federation now (a hand-off whose consent stands): the access rules' EMPLOYMENT_SHARING fact. */
    sharedByPid: new DataLoader<string, boolean>(async (pids) => {
      const shared = new Set(await sharedPids(db, pids));
      return pids.map((pid) => shared.has(pid));
    }),
    /** The platform's cases whose EMPLOYMENT_SHARING consent was revoked (and when), per person, newest first: for the access rules. */
    employmentSharingRevocations: new DataLoader<string, { referralId: string; revokedAt: Date }[]>(async (pids) =>
      mapToMany(pids, await sharingRevocationsByPids(db, pids), (r) => r.pid).map((rows) =>
        rows.map(({ referralId, revokedAt }) => ({ referralId, revokedAt })),
      ),
    ),
    /** Employers are organisations, not people: shown wherever a visible placement or recommendation names one. */
    employerById: new DataLoader<string, EmployerRecord | null>(async (ids) => mapTo(ids, await employersByIds(db, ids), (r) => r.id)),
    placementsByReferralId: new DataLoader<string, PlacementRecord[]>(async (ids) =>
      mapToMany(ids, await placementsByReferralIds(db, countyPrefix, ids), (r) => r.referralId!),
    ),
    /** The federation's indicator cells per region code, one statement per period asked. */
    indicatorsInPeriod: loaderPerArgument(
      (period: string) => new DataLoader<string, EmploymentIndicatorCells>((codes) => indicatorsFor(db, codes, periodOf(period), shared)),
    ),
    /** For analysts: employment's cells withheld as complements in a province's year (complementary.ts). */
    withheldCells: withheldCellsLoader(EMPLOYMENT_COUNTS, (codes, period) => indicatorsFor(db, codes, periodOf(period), shared)),
  };
}

export type EmploymentLoaders = ReturnType<typeof createEmploymentLoaders>;
