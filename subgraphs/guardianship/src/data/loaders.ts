// The guardianship subgraph's DataLoaders, built anew for every request; wards are limited to the caller's region,
// and a ward's guardians, agreements, reviews and payments are reached only through a ward the caller may see.
import { periodOf } from '#platform/statistics/period.js';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import type { Caller } from '#platform/identity/identity.js';
import { callerPrefix } from '#platform/access/region-scope.js';
import { loaderPerArgument, mapTo, mapToMany } from '#platform/database/batch.js';
import { type AgreementRecord, agreementsByPids } from './agreements.js';
import { type GuardianRecord, guardiansByPids } from './guardians.js';
import { GUARDIANSHIP_COUNTS, type GuardianshipIndicatorCells, indicatorsFor } from './indicators.js';
import { withheldCellsLoader } from '#platform/statistics/complementary.js';
import { type PaymentRecord, paymentsByPids } from './payments.js';
import { type ReviewRecord, reviewsByPids } from './reviews.js';
import { type WardRecord, wardsByPids } from './wards.js';

export function createGuardianshipLoaders(db: Knex, caller: Caller) {
  const countyPrefix = callerPrefix(caller);
  // Each is one statement for every ward of a request (an _entities call of 1,000 people included).
  return {
    wardByPid: new DataLoader<string, WardRecord | null>(async (pids) => mapTo(pids, await wardsByPids(db, countyPrefix, pids), (r) => r.pid)),
    guardiansByPid: new DataLoader<string, GuardianRecord[]>(async (pids) => mapToMany(pids, await guardiansByPids(db, pids), (r) => r.pid)),
    agreementsByPid: new DataLoader<string, AgreementRecord[]>(async (pids) => mapToMany(pids, await agreementsByPids(db, pids), (r) => r.pid)),
    reviewsByPid: new DataLoader<string, ReviewRecord[]>(async (pids) => mapToMany(pids, await reviewsByPids(db, pids), (r) => r.pid)),
    paymentsByPid: new DataLoader<string, PaymentRecord[]>(async (pids) => mapToMany(pids, await paymentsByPids(db, pids), (r) => r.pid)),
    /** The guardianship indicator cells per region code, one statement per period asked. */
    indicatorsInPeriod: loaderPerArgument(
      (period: string) => new DataLoader<string, GuardianshipIndicatorCells>((codes) => indicatorsFor(db, codes, periodOf(period))),
    ),
    /** For analysts: the committees' cells withheld as complements in a province's year (complementary.ts). */
    withheldCells: withheldCellsLoader(GUARDIANSHIP_COUNTS, (codes, period) => indicatorsFor(db, codes, periodOf(period))),
  };
}

export type GuardianshipLoaders = ReturnType<typeof createGuardianshipLoaders>;
