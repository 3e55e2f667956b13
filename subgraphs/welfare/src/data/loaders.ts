// The welfare subgraph's DataLoaders, built anew for every request.
import { periodOf } from '#platform/statistics/period.js';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { mapTo, mapToMany } from '#platform/database/batch.js';
import type { Caller } from '#platform/identity/identity.js';
import { readsBenefits, readsCaseDetail, readsReferrals } from '../domain/readers.js';
import { referralScopeOf } from './referral-scope.js';
import type { Division } from '#platform/statistics/division.js';
import { benefitsByPids, type BenefitRecord } from './benefits.js';
import { divisionsByCodes, divisionsByParentCodes } from './divisions.js';
import { createInstitutionLoaders } from './institution-loaders.js';
import { welfareJourneySources, type WelfareJourneySources } from './journey-sources.js';
import { indicatorsFor, WELFARE_COUNTS, type WelfareIndicatorCells } from './indicators.js';
import { withheldCellsLoader } from '#platform/statistics/complementary.js';
import { createWorkflowLoaders } from './workflow-loaders.js';
import { relapseDischargesByReferralIds } from './green-channel.js';
import { latestRegistryStatusByPids, type RegistryStatusRecord } from './registry-status.js';
import type { WelfareSettings } from '../settings.js';
import { DEFAULT_ASSESSMENT_INTERVAL_MONTHS } from '../domain/assessment-schedule.js';
import { activeRecipientCounts, institutionsByIds, type InstitutionRecord } from './institutions.js';
import {
  consentsByReferralIds,
  type ConsentRecord,
  referralsByIds,
  referralsByPids,
  type ReferralRecord,
  transitionsByReferralIds,
  type TransitionRecord,
} from './referrals.js';

export function createWelfareLoaders(db: Knex, caller: Caller, request?: { settings: Pick<WelfareSettings, 'periodicAssessmentIntervalMonths'> }) {
  const intervalMonths = request?.settings.periodicAssessmentIntervalMonths ?? DEFAULT_ASSESSMENT_INTERVAL_MONTHS;
  const scope = referralScopeOf(caller);
  const indicatorLoaders = new Map<string, DataLoader<string, WelfareIndicatorCells>>();
  return {
    ...createWorkflowLoaders(db, caller),
    ...createInstitutionLoaders(db, caller),
    /** What the caller may see of referrals: lists and lookups apply it in SQL. */
    referralScope: scope,
    referralById: new DataLoader<string, ReferralRecord | null>(async (ids) => mapTo(ids, await referralsByIds(db, scope, ids), (r) => r.id)),
    referralsByPid: new DataLoader<string, ReferralRecord[]>(async (pids) => mapToMany(pids, await referralsByPids(db, scope, pids), (r) => r.pid)),
    transitionsByReferralId: new DataLoader<string, TransitionRecord[]>(async (ids) =>
      mapToMany(ids, await transitionsByReferralIds(db, ids), (r) => r.referralId),
    ),
    consentsByReferralId: new DataLoader<string, ConsentRecord[]>(async (ids) => mapToMany(ids, await consentsByReferralIds(db, ids), (r) => r.referralId)),
    institutionById: new DataLoader<string, InstitutionRecord | null>(async (ids) => mapTo(ids, await institutionsByIds(db, ids), (r) => r.id)),
    activeRecipientsByInstitutionId: new DataLoader<string, number>(async (ids) =>
      mapTo(ids, await activeRecipientCounts(db, ids), (r) => r.institutionId).map((r) => r?.count ?? 0),
    ),
    /** The platform's journey events' sources for all the people of the request, in one statement. */
    journeySourcesByPid: new DataLoader<string, WelfareJourneySources>((pids) =>
      welfareJourneySources(db, pids, {
        scope,
        referrals: readsReferrals(caller),
        caseRecords: readsCaseDetail(caller),
        benefits: readsBenefits(caller),
      }),
    ),
    /** The registry's latest status of each person, as told to the platform; read only through referrals the caller sees. */
    registryStatusByPid: new DataLoader<string, RegistryStatusRecord | null>(async (pids) =>
      mapTo(pids, await latestRegistryStatusByPids(db, pids), (r) => r.pid),
    ),
    /** Each case's discharge after its latest green-channel referral, as the registry told it. */
    relapseDischargeByReferralId: new DataLoader<string, string | null>(async (ids) =>
      mapTo(ids, await relapseDischargesByReferralIds(db, ids), (r) => r.referralId).map((r) => r?.dischargedOn ?? null),
    ),
    benefitsByPid: new DataLoader<string, BenefitRecord[]>(async (pids) => mapToMany(pids, await benefitsByPids(db, scope.countyPrefix, pids), (r) => r.pid)),
    divisionByCode: new DataLoader<string, Division | null>(async (codes) => mapTo(codes, await divisionsByCodes(db, codes), (r) => r.code)),
    divisionsByParentCode: new DataLoader<string, Division[]>(async (codes) =>
      mapToMany(codes, await divisionsByParentCodes(db, codes), (r) => r.parentCode ?? ''),
    ),
    /** The platform's indicator cells per region code, one statement per period and level of division asked. */
    indicatorsInPeriod(period: string): DataLoader<string, WelfareIndicatorCells> {
      const found = indicatorLoaders.get(period);
      if (found) return found;
      const loader = new DataLoader<string, WelfareIndicatorCells>((codes) => indicatorsFor(db, codes, periodOf(period), { intervalMonths }));
      indicatorLoaders.set(period, loader);
      return loader;
    },
    /** For analysts: the platform's cells withheld as complements in a province's year (complementary.ts). */
    withheldCells: withheldCellsLoader(WELFARE_COUNTS, (codes, period) => indicatorsFor(db, codes, periodOf(period), { intervalMonths })),
  };
}

export type WelfareLoaders = ReturnType<typeof createWelfareLoaders>;
