// Floor of a region's indicators with its children: the three agencies' own statements (each subgraph's data/indicators.ts), run side by side, the tree built here.
import type { Caller } from '#platform/identity/identity.js';
import { allDivisions, countyDivisions, divisionPrefix, findDivision } from '#platform/statistics/division.js';
import { actionTarget, meanOf, peopleCount, rateOf } from '#platform/statistics/indicators.js';
import { type Period, periodOf, periodsBetween, yearPeriod } from '#platform/statistics/period.js';
import * as employment from '../../subgraphs/employment/src/data/indicators-reference.js';
import * as registry from '../../subgraphs/registry/src/data/indicators-reference.js';
import * as welfare from '../../subgraphs/welfare/src/data/indicators-reference.js';
import { type FloorPools, runStatement } from './pools.js';

export interface IndicatorFigures {
  regionCode: string;
  year: number;
  period: string;
  countiesTotal: number;
  coverageTarget: number | null;
  standardizedServiceTarget: number | null;
  countiesCovered: number;
  coverageRate: number;
  registeredRecipients: number | null;
  standardizedRecipients: number | null;
  standardizedServiceRate: number | null;
  meanWaitingDays: number | null;
  waitingOver90Days: number | null;
  registrationOnTimeRate: number | null;
  dispatchOnTimeRate: number | null;
  staffTrainingComplianceRate: number | null;
  employmentRate: number | null;
  employmentReferralsAcknowledged: number | null;
  employmentReferralsPlaced: number | null;
  relapseRate: number | null;
  managementRate: number | null;
  regularMedicationRate: number | null;
  registryActivePatients: number | null;
  registryRelapsedPatients: number | null;
}

export interface IndicatorsAnswer {
  rehabIndicators: IndicatorFigures & { children: IndicatorFigures[] };
}

/** Every cell of each region, from one statement per agency (the platform's: one per level of division), run side by side. */
async function cellsOf(pools: FloorPools, codes: readonly string[], period: Period) {
  const registryStatement = registry.indicatorStatement(codes, period);
  const employmentStatement = employment.indicatorStatement(codes, period);
  const [registryRows, welfareRows, employmentRows] = await Promise.all([
    registryStatement ? runStatement<registry.RegistryCountyRow>(pools.registry, registryStatement) : [],
    Promise.all(welfare.indicatorStatements(codes, period).map((statement) => runStatement<welfare.WelfareRegionRow>(pools.welfare, statement))),
    employmentStatement ? runStatement<employment.EmploymentCountyRow>(pools.employment, employmentStatement) : [],
  ]);
  return {
    registry: registry.indicatorCells(codes, registryRows),
    welfare: welfare.indicatorCells(codes, welfareRows.flat()),
    employment: employment.indicatorCells(codes, employmentRows),
  };
}

export async function indicatorsFloor(pools: FloorPools, caller: Caller, regionCode: string, year: number): Promise<IndicatorsAnswer> {
  if (!findDivision(regionCode)) throw new Error('the floor takes a division code');
  // The welfare subgraph lists the children from its division table (GB/T 2260, loaded from the same package), in code order.
  const children = allDivisions()
    .filter((division) => division.parentCode === regionCode && division.code !== regionCode)
    .map((division) => division.code)
    .sort();
  const codes = [regionCode, ...children];
  const figures = await figuresOf(pools, caller, codes, yearPeriod(year));
  return { rehabIndicators: { ...figures[0]!, children: figures.slice(1) } };
}

/** A region's figures for each month from `from` to `to` (month keys), one period after another, from the reference statements. */
export async function indicatorSeriesFloor(pools: FloorPools, caller: Caller, regionCode: string, from: string, to: string) {
  if (!findDivision(regionCode)) throw new Error('the floor takes a division code');
  const series: IndicatorFigures[] = [];
  for (const period of periodsBetween(periodOf(from), periodOf(to))) series.push(...(await figuresOf(pools, caller, [regionCode], period)));
  return { rehabIndicatorSeries: series };
}

async function figuresOf(pools: FloorPools, caller: Caller, codes: readonly string[], period: Period): Promise<IndicatorFigures[]> {
  const { year } = period;
  const cells = await cellsOf(pools, codes, period);
  // As the subgraphs' RehabIndicators resolvers: rates from counts, so that an analyst's suppression follows the counts.
  return codes.map((code, index): IndicatorFigures => {
    const r = cells.registry[index]!;
    const w = cells.welfare[index]!;
    const e = cells.employment[index]!;
    const prefix = divisionPrefix(code);
    const countiesTotal = countyDivisions().filter((county) => county.code.startsWith(prefix)).length;
    return {
      regionCode: code,
      year,
      period: period.key,
      countiesTotal,
      coverageTarget: actionTarget('coverageRate', year),
      standardizedServiceTarget: actionTarget('standardizedServiceRate', year),
      countiesCovered: w.countiesCovered,
      coverageRate: countiesTotal === 0 ? 0 : w.countiesCovered / countiesTotal,
      registeredRecipients: peopleCount(caller, w.registeredRecipients),
      standardizedRecipients: peopleCount(caller, w.standardizedRecipients),
      standardizedServiceRate: rateOf(caller, w.standardizedRecipients, w.registeredRecipients),
      meanWaitingDays: meanOf(caller, w.meanWaitingDays, w.acceptedReferrals),
      waitingOver90Days: peopleCount(caller, w.waitingOver90Days),
      registrationOnTimeRate: rateOf(caller, w.reviewedOnTime, w.reviewedReferrals),
      dispatchOnTimeRate: rateOf(caller, w.dispatchedOnTime, w.dispatchedReferrals),
      staffTrainingComplianceRate: w.directServiceStaff === 0 ? null : w.trainedStaff / w.directServiceStaff,
      employmentRate: rateOf(caller, e.placed, e.acknowledged),
      employmentReferralsAcknowledged: peopleCount(caller, e.acknowledged),
      employmentReferralsPlaced: peopleCount(caller, e.placed),
      relapseRate: rateOf(caller, r.relapsedPatients, r.activePatients),
      managementRate: rateOf(caller, r.managedPatients, r.activePatients),
      regularMedicationRate: rateOf(caller, r.regularMedicationPatients, r.activePatients),
      registryActivePatients: peopleCount(caller, r.activePatients),
      registryRelapsedPatients: peopleCount(caller, r.relapsedPatients),
    };
  });
}
