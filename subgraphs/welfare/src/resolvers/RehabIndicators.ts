// The indicators' root and tree (DOMAIN.md §5): the region and year, its counties, the action's targets, and its children.
import { NATIONWIDE } from '#platform/identity/identity.js';
import { countyDivisions, divisionPrefix, isDivisionCode } from '#platform/statistics/division.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { actionTarget, type IndicatorsRef, indicatorsVisible, meanOf, peopleCount, rateOf } from '#platform/statistics/indicators.js';
import type { WelfareContext } from '../context.js';
import type { WelfareIndicatorCells } from '../data/indicators.js';
import type { Caller } from '#platform/identity/identity.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import type { RehabIndicatorsResolvers } from '../generated/resolvers-types.js';

const FIRST_YEAR = 2000;

/** A valid (region, year) key, checked against the caller's region; FORBIDDEN outside it. */
export function indicatorsKeyArg(regionCode: string, year: number, caller?: Caller): IndicatorsRef {
  if (regionCode !== NATIONWIDE && !/^\d{6}$/.test(regionCode))
    throw badInput('regionCode must be a 6-digit GB/T 2260 division code, or 000000 for the country', 'regionCode');
  if (regionCode !== NATIONWIDE && !isDivisionCode(regionCode)) throw badInput('regionCode is not a division in GB/T 2260', 'regionCode');
  const thisYear = Number(chinaToday().slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > thisYear) throw badInput(`year must be a calendar year from ${FIRST_YEAR} to ${thisYear}`, 'year');
  if (caller && !indicatorsVisible(caller, regionCode)) throw graphError(ErrorCode.FORBIDDEN, 'regionCode is outside the region of your role');
  return { regionCode, year };
}

const countyPrefix = (regionCode: string): string => (regionCode === NATIONWIDE ? '' : divisionPrefix(regionCode));

function countiesTotal(regionCode: string): number {
  const prefix = countyPrefix(regionCode);
  return countyDivisions().filter((county) => county.code.startsWith(prefix)).length;
}

/** The cells of a region the caller may see (the root was checked; children lie inside it), batched per year. */
const cells = (ref: IndicatorsRef, ctx: WelfareContext): Promise<WelfareIndicatorCells> => ctx.loaders.indicatorsInYear(ref.year).load(ref.regionCode);

export const RehabIndicators: RehabIndicatorsResolvers = {
  // A region outside the caller's is no entity at all (several of welfare's figures are non-null), as the root field refuses it.
  __resolveReference: (ref, ctx) => (indicatorsVisible(ctx.caller, ref.regionCode) ? { regionCode: ref.regionCode, year: ref.year } : null),
  countiesTotal: (ref) => countiesTotal(ref.regionCode),
  countiesCovered: async (ref, _args, ctx) => (await cells(ref, ctx)).countiesCovered,
  async coverageRate(ref, _args, ctx) {
    const total = countiesTotal(ref.regionCode);
    return total === 0 ? 0 : (await cells(ref, ctx)).countiesCovered / total;
  },
  registeredRecipients: async (ref, _args, ctx) => peopleCount(ctx.caller, (await cells(ref, ctx)).registeredRecipients),
  standardizedRecipients: async (ref, _args, ctx) => peopleCount(ctx.caller, (await cells(ref, ctx)).standardizedRecipients),
  async standardizedServiceRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return rateOf(ctx.caller, c.standardizedRecipients, c.registeredRecipients);
  },
  async meanWaitingDays(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return meanOf(ctx.caller, c.meanWaitingDays, c.acceptedReferrals);
  },
  waitingOver90Days: async (ref, _args, ctx) => peopleCount(ctx.caller, (await cells(ref, ctx)).waitingOver90Days),
  async registrationOnTimeRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return rateOf(ctx.caller, c.reviewedOnTime, c.reviewedReferrals);
  },
  async dispatchOnTimeRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return rateOf(ctx.caller, c.dispatchedOnTime, c.dispatchedReferrals);
  },
  async staffTrainingComplianceRate(ref, _args, ctx) {
    // Staff are not the people this data protects: no suppression.
    const c = await cells(ref, ctx);
    return c.directServiceStaff === 0 ? null : c.trainedStaff / c.directServiceStaff;
  },
  async assessmentsOnTimeRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return rateOf(ctx.caller, c.assessmentsOnTime, c.assessmentsDue);
  },
  coverageTarget: (ref) => actionTarget('coverageRate', ref.year),
  standardizedServiceTarget: (ref) => actionTarget('standardizedServiceRate', ref.year),
  // The country's children are the provinces (no parent); a city that is its own only county lists none.
  children: async (ref, _args, ctx) =>
    (await ctx.loaders.divisionsByParentCode.load(ref.regionCode === NATIONWIDE ? '' : ref.regionCode))
      .filter((child) => child.code !== ref.regionCode)
      .map((child) => ({ regionCode: child.code, year: ref.year })),
};
