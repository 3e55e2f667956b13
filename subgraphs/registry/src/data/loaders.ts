// The registry's DataLoaders, built anew for every request.
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { mapTo, mapToMany } from '../../../shared/src/batch.js';
import type { Caller } from '../../../shared/src/auth/identity.js';
import { liveGrantPids } from './break-glass.js';
import { pidsWithConsent } from './consents.js';
import { followUpPagesByPids, type FollowUpPage } from './follow-ups.js';
import { hospitalizationsByPids, type HospitalizationRecord } from './hospitalizations.js';
import { patientsByPids, type PatientRecord } from './patients.js';

export interface FollowUpPageArgs {
  limit: number;
  after: { date: string; id: number } | null;
}

export function createRegistryLoaders(db: Knex, caller: Caller) {
  let grants: Promise<Set<string>> | undefined;
  // Rows are scoped by the access rules (access.ts), not here: the registry record is one field.
  // One loader per distinct (first, after) pair: records asking for the same page shape batch together.
  const followUpLoaders = new Map<string, DataLoader<string, FollowUpPage>>();
  return {
    /** Pids this caller opened by break-glass and may still see; read at most once per request. */
    breakGlassPids: (): Promise<Set<string>> => (grants ??= caller.role === 'HOSPITAL_CLINICIAN' ? liveGrantPids(db, caller.subject).then((p) => new Set(p)) : Promise.resolve(new Set())),
    patientByPid: new DataLoader<string, PatientRecord | null>(async (pids) => mapTo(pids, await patientsByPids(db, pids), (r) => r.pid)),
    referralUploadConsentByPid: new DataLoader<string, boolean>(async (pids) => {
      const consented = new Set(await pidsWithConsent(db, pids, 'REFERRAL_UPLOAD'));
      return pids.map((pid) => consented.has(pid));
    }),
    hospitalizationsByPid: new DataLoader<string, HospitalizationRecord[]>(async (pids) =>
      mapToMany(pids, await hospitalizationsByPids(db, pids), (r) => r.pid),
    ),
    followUpPageByPid(args: FollowUpPageArgs): DataLoader<string, FollowUpPage> {
      const key = JSON.stringify(args);
      let loader = followUpLoaders.get(key);
      if (!loader) {
        loader = new DataLoader<string, FollowUpPage>((pids) => followUpPagesByPids(db, pids, args.limit, args.after));
        followUpLoaders.set(key, loader);
      }
      return loader;
    },
  };
}

export type RegistryLoaders = ReturnType<typeof createRegistryLoaders>;
