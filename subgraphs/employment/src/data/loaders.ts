// The employment subgraph's DataLoaders, built anew for every request.
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { Caller } from '../../../shared/src/auth/identity.js';
import { callerPrefix } from '../../../shared/src/auth/region-scope.js';
import { mapTo } from '../../../shared/src/batch.js';
import { certificatesByPids, type CertificateRecord } from './certificates.js';
import { employmentProfilesByPids, type EmploymentProfileRecord } from './employment-profiles.js';

export function createEmploymentLoaders(db: Knex, caller: Caller) {
  const countyPrefix = callerPrefix(caller);
  return {
    certificateByPid: new DataLoader<string, CertificateRecord | null>(async (pids) => mapTo(pids, await certificatesByPids(db, countyPrefix, pids), (r) => r.pid)),
    employmentProfileByPid: new DataLoader<string, EmploymentProfileRecord | null>(async (pids) =>
      mapTo(pids, await employmentProfilesByPids(db, countyPrefix, pids), (r) => r.pid),
    ),
  };
}

export type EmploymentLoaders = ReturnType<typeof createEmploymentLoaders>;
