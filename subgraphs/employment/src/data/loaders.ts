// The employment subgraph's DataLoaders, built anew for every request and limited to the caller's region.
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { Caller } from '../../../shared/src/auth/identity.js';
import { requestSharedStatements } from '../../../shared/src/indicators.js';
import { callerPrefix } from '../../../shared/src/auth/region-scope.js';
import { loaderPerArgument, mapTo, mapToMany } from '../../../shared/src/batch.js';
import { certificatesByPids, type CertificateRecord } from './certificates.js';
import { type EmployerRecord, employersByIds } from './employers.js';
import { employmentProfilesByPids, type EmploymentProfileRecord } from './employment-profiles.js';
import { type EmploymentIndicatorCells, indicatorsFor } from './indicators.js';
import { type PlacementRecord, placementsByReferralIds } from './placements.js';

export function createEmploymentLoaders(db: Knex, caller: Caller, request?: { requestId: string }) {
  const shared = requestSharedStatements(db, request && { requestId: request.requestId, caller });
  const countyPrefix = callerPrefix(caller);
  return {
    certificateByPid: new DataLoader<string, CertificateRecord | null>(async (pids) => mapTo(pids, await certificatesByPids(db, countyPrefix, pids), (r) => r.pid)),
    employmentProfileByPid: new DataLoader<string, EmploymentProfileRecord | null>((pids) => employmentProfilesByPids(db, countyPrefix, pids)),
    /** Employers are organisations, not people: shown wherever a visible placement or recommendation names one. */
    employerById: new DataLoader<string, EmployerRecord | null>(async (ids) => mapTo(ids, await employersByIds(db, ids), (r) => r.id)),
    placementsByReferralId: new DataLoader<string, PlacementRecord[]>(async (ids) => mapToMany(ids, await placementsByReferralIds(db, countyPrefix, ids), (r) => r.referralId!)),
    /** The federation's indicator cells per region code, one statement per year asked. */
    indicatorsInYear: loaderPerArgument((year: number) => new DataLoader<string, EmploymentIndicatorCells>((codes) => indicatorsFor(db, codes, year, shared))),
  };
}

export type EmploymentLoaders = ReturnType<typeof createEmploymentLoaders>;
