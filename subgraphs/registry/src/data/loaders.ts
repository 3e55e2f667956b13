// The registry's DataLoaders, built anew for every request.
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { loaderPerArgument, mapTo, mapToMany } from '../../../shared/src/batch.js';
import type { Caller } from '../../../shared/src/auth/identity.js';
import { requestSharedStatements } from '../../../shared/src/indicators.js';
import { liveGrantPids } from './break-glass.js';
import { type ConsentRecord, consentsByPids, pidsWithConsent } from './consents.js';
import { followUpCountsInYear, followUpPagesByPids, type FollowUpPage, type FollowUpRecord, latestFollowUpsByPids } from './follow-ups.js';
import { hospitalizationsByPids, type HospitalizationRecord } from './hospitalizations.js';
import { indicatorsFor, type RegistryIndicatorCells } from './indicators.js';
import { patientsByPids, type PatientRecord } from './patients.js';
import { type ReferralUploadRecord, uploadsByPids } from './referral-uploads.js';
import { relapsesByPids, type RelapseRecord, riskAssessmentsByPids, type RiskAssessmentRecord } from './risk-history.js';

export interface FollowUpPageArgs {
  limit: number;
  after: { date: string; id: number } | null;
}

export function createRegistryLoaders(db: Knex, caller: Caller, request?: { requestId: string }) {
  const shared = requestSharedStatements(db, request && { requestId: request.requestId, caller });
  let grants: Promise<Set<string>> | undefined;
  const many = <R extends { pid: string }>(load: (pids: readonly string[]) => Promise<R[]>) =>
    new DataLoader<string, R[]>(async (pids) => mapToMany(pids, await load(pids), (r) => r.pid));
  // Rows are scoped by the access rules (access.ts), not here: the registry record is one field.
  return {
    /** Pids this caller opened by break-glass and may still see; read at most once per request. */
    breakGlassPids: (): Promise<Set<string>> => (grants ??= caller.role === 'HOSPITAL_CLINICIAN' ? liveGrantPids(db, caller.subject).then((p) => new Set(p)) : Promise.resolve(new Set())),
    patientByPid: new DataLoader<string, PatientRecord | null>(async (pids) => mapTo(pids, await patientsByPids(db, pids), (r) => r.pid)),
    referralUploadConsentByPid: new DataLoader<string, boolean>(async (pids) => {
      const consented = new Set(await pidsWithConsent(db, pids, 'REFERRAL_UPLOAD'));
      return pids.map((pid) => consented.has(pid));
    }),
    hospitalizationsByPid: many<HospitalizationRecord>((pids) => hospitalizationsByPids(db, pids)),
    riskHistoryByPid: many<RiskAssessmentRecord>((pids) => riskAssessmentsByPids(db, pids)),
    relapsesByPid: many<RelapseRecord>((pids) => relapsesByPids(db, pids)),
    consentsByPid: many<ConsentRecord>((pids) => consentsByPids(db, pids)),
    referralUploadsByPid: many<ReferralUploadRecord>((pids) => uploadsByPids(db, pids)),
    latestFollowUpByPid: new DataLoader<string, FollowUpRecord | null>(async (pids) => mapTo(pids, await latestFollowUpsByPids(db, pids), (r) => r.pid)),
    followUpCountInYear: loaderPerArgument((year: number) =>
      new DataLoader<string, number>(async (pids) => {
        const counts = await followUpCountsInYear(db, pids, year);
        return pids.map((pid) => counts.get(pid) ?? 0);
      }),
    ),
    followUpPageByPid: loaderPerArgument((args: FollowUpPageArgs) => new DataLoader<string, FollowUpPage>((pids) => followUpPagesByPids(db, pids, args.limit, args.after))),
    /** The registry's indicator cells per region code, one statement per year asked (and per client request: its region and children calls share it). */
    indicatorsInYear: loaderPerArgument((year: number) => new DataLoader<string, RegistryIndicatorCells>((codes) => indicatorsFor(db, codes, year, shared))),
  };
}

export type RegistryLoaders = ReturnType<typeof createRegistryLoaders>;
