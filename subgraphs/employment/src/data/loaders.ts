// The employment subgraph's DataLoaders, built anew for every request.
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { mapTo } from '../../../shared/src/batch.js';
import { certificatesByPids, type CertificateRecord } from './certificates.js';
import { employmentProfilesByPids, type EmploymentProfileRecord } from './employment-profiles.js';

export function createEmploymentLoaders(db: Knex) {
  return {
    certificateByPid: new DataLoader<string, CertificateRecord | null>(async (pids) => mapTo(pids, await certificatesByPids(db, pids), (r) => r.pid)),
    employmentProfileByPid: new DataLoader<string, EmploymentProfileRecord | null>(async (pids) =>
      mapTo(pids, await employmentProfilesByPids(db, pids), (r) => r.pid),
    ),
  };
}

export type EmploymentLoaders = ReturnType<typeof createEmploymentLoaders>;
