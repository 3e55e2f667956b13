// The indicators' root, series and tree (DOMAIN.md §5): the region and period, its counties, the action's targets, and its children.
import { NATIONWIDE } from '#platform/identity/identity.js';
import { countyDivisions, isDivisionCode } from '#platform/statistics/division.js';
import { codeValidOn, DIVISION_CHANGES, isRetiredCode } from '#platform/statistics/division-changes.js';
import { type Granularity, type Period, parsePeriod, periodContaining, periodOf, periodsBetween } from '#platform/statistics/period.js';
import { regionPrefixOf } from '#platform/statistics/region-code.js';
import { badInput } from '#platform/graphql/errors.js';
import { actionTarget, type IndicatorsRef, indicatorsRefOf, meanOf, peopleCount, rateOf } from '#platform/statistics/indicators.js';
import type { WelfareContext } from '../context.js';
import type { WELFARE_COUNTS, WelfareIndicatorCells } from '../data/indicators.js';
import { withheldAsComplement } from '#platform/statistics/complementary.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import type { RehabIndicatorsResolvers } from '../generated/resolvers-types.js';
import { t } from '#platform/i18n/request-language.js';

const FIRST_YEAR = 2000;
/** The longest series one request may ask: ten years of months. */
export const MAX_SERIES_PERIODS = 120;

function regionArg(regionCode: string): void {
  if (regionCode !== NATIONWIDE && !/^\d{6}$/.test(regionCode)) throw badInput(t('welfare.regionCode', { argument: 'regionCode' }), 'regionCode');
  if (regionCode !== NATIONWIDE && !isDivisionCode(regionCode) && !isRetiredCode(regionCode))
    throw badInput(t('input.regionCodeUnknown', { argument: 'regionCode' }), 'regionCode');
}

/** A period key argument, in the years the indicators cover. */
function periodArg(key: string, argument: string): Period {
  const period = parsePeriod(key);
  const thisYear = Number(chinaToday().slice(0, 4));
  if (!period || period.year < FIRST_YEAR || period.year > thisYear)
    throw badInput(t('welfare.period', { argument, first: FIRST_YEAR, last: thisYear }), argument);
  return period;
}

/** A valid (region, year, period) key (the caller's region is the access policy's to check). The period is the year when absent, and must lie in it. */
export function indicatorsKeyArg(regionCode: string, year: number, period?: string | null): IndicatorsRef {
  regionArg(regionCode);
  const thisYear = Number(chinaToday().slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > thisYear) throw badInput(t('welfare.yearBetween', { first: FIRST_YEAR, last: thisYear }), 'year');
  const asked = period === undefined || period === null ? null : periodArg(period, 'period');
  if (asked && asked.year !== year) throw badInput(t('welfare.periodInYear'), 'period');
  return { regionCode, year, period: asked?.key ?? String(year) };
}

/**
 * The series of a region: one key per period of the granularity from `from`'s start to `to`'s end,
 * each naming the region by the code valid at the period's end (DOMAIN.md §5). The access policy
 * checks the caller's region on the code asked.
 */
export function indicatorSeriesArg(regionCode: string, from: string, to: string, granularity: Granularity): IndicatorsRef[] {
  regionArg(regionCode);
  const first = periodArg(from, 'from');
  const last = periodArg(to, 'to');
  if (last.lastDay < first.firstDay) throw badInput(t('welfare.seriesOrder'), 'to');
  const periods = periodsBetween(periodContaining(first.firstDay, granularity), periodContaining(last.lastDay, granularity));
  if (periods.length > MAX_SERIES_PERIODS) throw badInput(t('welfare.seriesLength', { max: MAX_SERIES_PERIODS }), 'granularity');
  return periods.map((period) => ({
    regionCode: regionCode === NATIONWIDE ? NATIONWIDE : codeValidOn(regionCode, period.lastDay),
    year: period.year,
    period: period.key,
  }));
}

function countiesTotal(regionCode: string): number {
  const prefix = regionPrefixOf(regionCode);
  if (prefix === null) return 0;
  // A retired county was one county; a retired city had the retired counties below it.
  if (isRetiredCode(regionCode)) return regionCode === prefix ? 1 : DIVISION_CHANGES.filter((c) => c.level === 'COUNTY' && c.retired.startsWith(prefix)).length;
  return countyDivisions().filter((county) => county.code.startsWith(prefix)).length;
}

/** The cells of a region the caller may see (the root was checked; children lie inside it), batched per period. */
const cells = (ref: IndicatorsRef, ctx: WelfareContext): Promise<WelfareIndicatorCells> => ctx.loaders.indicatorsInPeriod(ref.period).load(ref.regionCode);

/** For analysts, whether a small cell could be recomputed from any of these counts of the region and period. */
const complement = (ref: IndicatorsRef, ctx: WelfareContext, ...counts: (typeof WELFARE_COUNTS)[number][]): Promise<boolean> =>
  withheldAsComplement(ctx.caller, ref, ctx.loaders.withheldCells, counts);

export const RehabIndicators: RehabIndicatorsResolvers = {
  // A region outside the caller's is no entity at all (several of welfare's figures are non-null): the
  // access policy answers null for it (_entities.RehabIndicators), as it refuses the root field.
  __resolveReference: (ref) => indicatorsRefOf(ref),
  granularity: (ref) => periodOf(ref.period).granularity,
  countiesTotal: (ref) => countiesTotal(ref.regionCode),
  countiesCovered: async (ref, _args, ctx) => (await cells(ref, ctx)).countiesCovered,
  async coverageRate(ref, _args, ctx) {
    const total = countiesTotal(ref.regionCode);
    return total === 0 ? 0 : (await cells(ref, ctx)).countiesCovered / total;
  },
  registeredRecipients: async (ref, _args, ctx) =>
    peopleCount(ctx.caller, (await cells(ref, ctx)).registeredRecipients, await complement(ref, ctx, 'registeredRecipients')),
  standardizedRecipients: async (ref, _args, ctx) =>
    peopleCount(ctx.caller, (await cells(ref, ctx)).standardizedRecipients, await complement(ref, ctx, 'standardizedRecipients')),
  async standardizedServiceRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return rateOf(ctx.caller, c.standardizedRecipients, c.registeredRecipients, await complement(ref, ctx, 'standardizedRecipients', 'registeredRecipients'));
  },
  async meanWaitingDays(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return meanOf(ctx.caller, c.meanWaitingDays, c.acceptedReferrals, await complement(ref, ctx, 'acceptedReferrals'));
  },
  waitingOver90Days: async (ref, _args, ctx) =>
    peopleCount(ctx.caller, (await cells(ref, ctx)).waitingOver90Days, await complement(ref, ctx, 'waitingOver90Days')),
  async registrationOnTimeRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return rateOf(ctx.caller, c.reviewedOnTime, c.reviewedReferrals, await complement(ref, ctx, 'reviewedOnTime', 'reviewedReferrals'));
  },
  async dispatchOnTimeRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return rateOf(ctx.caller, c.dispatchedOnTime, c.dispatchedReferrals, await complement(ref, ctx, 'dispatchedOnTime', 'dispatchedReferrals'));
  },
  async staffTrainingComplianceRate(ref, _args, ctx) {
    // Staff are not the people this data protects: no suppression.
    const c = await cells(ref, ctx);
    return c.directServiceStaff === 0 ? null : c.trainedStaff / c.directServiceStaff;
  },
  async assessmentsOnTimeRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return rateOf(ctx.caller, c.assessmentsOnTime, c.assessmentsDue, await complement(ref, ctx, 'assessmentsOnTime', 'assessmentsDue'));
  },
  coverageTarget: (ref) => actionTarget('coverageRate', ref.year),
  standardizedServiceTarget: (ref) => actionTarget('standardizedServiceRate', ref.year),
  // The country's children are the provinces (no parent); a city that is its own only county lists none.
  children: async (ref, _args, ctx) =>
    (await ctx.loaders.divisionsByParentCode.load(ref.regionCode === NATIONWIDE ? '' : ref.regionCode))
      .filter((child) => child.code !== ref.regionCode)
      .map((child) => ({ regionCode: child.code, year: ref.year, period: ref.period })),
};
