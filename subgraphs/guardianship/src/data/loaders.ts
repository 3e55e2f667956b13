// The guardianship subgraph's DataLoaders, built anew for every request and limited to the caller's region.
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { Caller } from '../../../shared/src/auth/identity.js';
import { callerPrefix } from '../../../shared/src/auth/region-scope.js';
import { mapToMany } from '../../../shared/src/batch.js';
import { type EntryRecord, entriesByPids } from './entries.js';

export function createGuardianshipLoaders(db: Knex, caller: Caller) {
  const countyPrefix = callerPrefix(caller);
  return {
    /** One statement for every person of a request (an _entities call of 1,000 people included). */
    entriesByPid: new DataLoader<string, EntryRecord[]>(async (pids) => mapToMany(pids, await entriesByPids(db, countyPrefix, pids), (r) => r.pid)),
  };
}

export type GuardianshipLoaders = ReturnType<typeof createGuardianshipLoaders>;
