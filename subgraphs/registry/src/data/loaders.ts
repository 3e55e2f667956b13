// The registry's DataLoaders, built anew for every request.
import { grantsOf } from '#platform/access/policy.js';
import { registryPolicyTable } from '../access-policy.js';
import { periodOf } from '#platform/statistics/period.js';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { loaderPerArgument, mapTo, mapToMany } from '#platform/database/batch.js';
import type { Db } from '#platform/database/db.js';
import type { Caller } from '#platform/identity/identity.js';
import { requestSharedStatements } from '#platform/statistics/indicators.js';
import { withheldCellsLoader } from '#platform/statistics/complementary.js';
import { preparedRead } from '#platform/database/read-together.js';
import { liveGrantPids } from './break-glass.js';
import type { ConsentGrantor } from '../generated/resolvers-types.js';
import { type ConsentRecord, consentsByPids, consentsSource, liveConsentGrantors } from './consents.js';
import {
  followUpCountsInYear,
  followUpPageSource,
  followUpPages,
  followUpPagesByPids,
  type FollowUpPage,
  type FollowUpRecord,
  latestFollowUpsByPids,
} from './follow-ups.js';
import { institutionsHoldingCases } from './case-holding.js';
import { hospitalizationsByPids, hospitalizationsSource, type HospitalizationRecord } from './hospitalizations.js';
import { indicatorsFor, REGISTRY_COUNTS, type RegistryIndicatorCells } from './indicators.js';
import { patientsByPids, patientsSource, type PatientRecord } from './patients.js';
import { type ReferralUploadRecord, uploadsByPids, uploadsSource } from './referral-uploads.js';
import { relapsesByPids, relapsesSource, type RelapseRecord, riskAssessmentsByPids, type RiskAssessmentRecord } from './risk-history.js';

export interface FollowUpPageArgs {
  limit: number;
  after: { date: string; id: number } | null;
}

/** A journey holds a person's follow-ups up to this many, newest first. */
export const JOURNEY_FOLLOW_UPS = 500;

/** What the registry's journey events of one person are made of; null patient: not in the registry. */
export interface RegistryJourneySources {
  patient: PatientRecord | null;
  followUps: FollowUpRecord[];
  hospitalizations: HospitalizationRecord[];
  relapses: RelapseRecord[];
  consents: ConsentRecord[];
  uploads: ReferralUploadRecord[];
}

const readJourneySources = preparedRead((db: Db, pids: readonly string[]) => ({
  patients: patientsSource(db, pids),
  followUps: followUpPageSource(db, pids, JOURNEY_FOLLOW_UPS),
  hospitalizations: hospitalizationsSource(db, pids),
  relapses: relapsesSource(db, pids),
  consents: consentsSource(db, pids),
  uploads: uploadsSource(db, pids),
}));

/** The grantors of the live REFERRAL_UPLOAD consents among a person's consents. */
const liveUploadGrantors = (consents: readonly ConsentRecord[]): ConsentGrantor[] => [
  ...new Set(consents.filter((c) => c.scope === 'REFERRAL_UPLOAD' && c.revokedAt === null).map((c) => c.grantedBy)),
];

export function createRegistryLoaders(db: Knex, caller: Caller, request?: { requestId: string }) {
  const shared = requestSharedStatements(db, request && { requestId: request.requestId, caller });
  let grants: Promise<Set<string>> | undefined;
  // Only a role whose access to a person the policy lets break-glass open has grants to read.
  const opensByBreakGlass = grantsOf(registryPolicyTable, 'Query.person').grants[caller.role]?.scope.includes('break-glass') ?? false;
  const many = <R extends { pid: string }>(load: (pids: readonly string[]) => Promise<R[]>) =>
    new DataLoader<string, R[]>(async (pids) => mapToMany(pids, await load(pids), (r) => r.pid));
  const patientByPid = new DataLoader<string, PatientRecord | null>(async (pids) => mapTo(pids, await patientsByPids(db, pids), (r) => r.pid));
  const referralUploadConsentGrantorsByPid = new DataLoader<string, ConsentGrantor[]>(async (pids) =>
    mapToMany(pids, await liveConsentGrantors(db, pids, 'REFERRAL_UPLOAD'), (r) => r.pid).map((rows) => rows.map((r) => r.grantedBy)),
  );
  // Rows are scoped by the access rules (access.ts), not here: the registry record is one field.
  return {
    /** Pids this caller opened by break-glass and may still see; read at most once per request. */
    breakGlassPids: (): Promise<Set<string>> =>
      (grants ??= opensByBreakGlass ? liveGrantPids(db, caller.subject).then((p) => new Set(p)) : Promise.resolve(new Set())),
    patientByPid,
    /** Who gave each person's live REFERRAL_UPLOAD consents (the patient, the guardian, or both at once). */
    referralUploadConsentGrantorsByPid,
    /**
     * Everything the journey's registry events are made of, for all the people of the request
     * in one statement. The patient and the upload consents it read prime their own loaders,
     * so the access rule that decides whether the events are shown costs no statement more.
     */
    journeySourcesByPid: new DataLoader<string, RegistryJourneySources>(async (pids) => {
      const read = await readJourneySources(db, pids, undefined);
      const patients = mapTo(pids, read.patients, (r) => r.pid);
      const pages = followUpPages(pids, read.followUps, JOURNEY_FOLLOW_UPS);
      const hospitalizations = mapToMany(pids, read.hospitalizations, (r) => r.pid);
      const relapses = mapToMany(pids, read.relapses, (r) => r.pid);
      const consents = mapToMany(pids, read.consents, (r) => r.pid);
      const uploads = mapToMany(pids, read.uploads, (r) => r.pid);
      return pids.map((pid, i) => {
        patientByPid.prime(pid, patients[i]!);
        referralUploadConsentGrantorsByPid.prime(pid, liveUploadGrantors(consents[i]!));
        return {
          patient: patients[i]!,
          followUps: pages[i]!.rows,
          hospitalizations: hospitalizations[i]!,
          relapses: relapses[i]!,
          consents: consents[i]!,
          uploads: uploads[i]!,
        };
      });
    }),
    /** The institutions that hold a case of the person on the platform now (as its outbox told the registry), for the access rules. */
    institutionsHoldingCase: new DataLoader<string, string[]>(async (pids) =>
      mapToMany(pids, await institutionsHoldingCases(db, pids), (r) => r.pid).map((rows) => rows.map((r) => r.institutionId)),
    ),
    hospitalizationsByPid: many<HospitalizationRecord>((pids) => hospitalizationsByPids(db, pids)),
    riskHistoryByPid: many<RiskAssessmentRecord>((pids) => riskAssessmentsByPids(db, pids)),
    relapsesByPid: many<RelapseRecord>((pids) => relapsesByPids(db, pids)),
    consentsByPid: many<ConsentRecord>((pids) => consentsByPids(db, pids)),
    referralUploadsByPid: many<ReferralUploadRecord>((pids) => uploadsByPids(db, pids)),
    latestFollowUpByPid: new DataLoader<string, FollowUpRecord | null>(async (pids) => mapTo(pids, await latestFollowUpsByPids(db, pids), (r) => r.pid)),
    followUpCountInYear: loaderPerArgument(
      (year: number) =>
        new DataLoader<string, number>(async (pids) => {
          const counts = await followUpCountsInYear(db, pids, year);
          return pids.map((pid) => counts.get(pid) ?? 0);
        }),
    ),
    followUpPageByPid: loaderPerArgument(
      (args: FollowUpPageArgs) => new DataLoader<string, FollowUpPage>((pids) => followUpPagesByPids(db, pids, args.limit, args.after)),
    ),
    /** The registry's indicator cells per region code, one statement per period asked (and per client request: its region and children calls share it). */
    indicatorsInPeriod: loaderPerArgument(
      (period: string) => new DataLoader<string, RegistryIndicatorCells>((codes) => indicatorsFor(db, codes, periodOf(period), shared)),
    ),
    /** For analysts: the registry's cells withheld as complements in a province's year (complementary.ts). */
    withheldCells: withheldCellsLoader(REGISTRY_COUNTS, (codes, period) => indicatorsFor(db, codes, periodOf(period), shared)),
  };
}

export type RegistryLoaders = ReturnType<typeof createRegistryLoaders>;
