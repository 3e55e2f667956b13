// The federation's contribution to the action's indicators: referrals to work acknowledged, those placed, and the employment rate.
import { withheldAsComplement } from '#platform/statistics/complementary.js';
import { indicatorsRefOf, type IndicatorsRef, peopleCount, rateOf } from '#platform/statistics/indicators.js';
import type { EmploymentContext } from '../context.js';
import type { EMPLOYMENT_COUNTS, EmploymentIndicatorCells } from '../data/indicators.js';
import type { RehabIndicatorsResolvers } from '../generated/resolvers-types.js';

/** The cells of a visible region, batched with every other region of the same period in the request. */
async function cells(ref: IndicatorsRef, ctx: EmploymentContext): Promise<EmploymentIndicatorCells | null> {
  // Only regions the caller may see arrive here: the access policy answers a null entity for any other (_entities.RehabIndicators).
  return ctx.loaders.indicatorsInPeriod(ref.period).load(ref.regionCode);
}

/** For analysts, whether a small cell could be recomputed from any of these counts of the region and period. */
const complement = (ref: IndicatorsRef, ctx: EmploymentContext, ...counts: (typeof EMPLOYMENT_COUNTS)[number][]): Promise<boolean> =>
  withheldAsComplement(ctx.caller, ref, ctx.loaders.withheldCells, counts);

export const RehabIndicators: RehabIndicatorsResolvers = {
  __resolveReference: (ref) => indicatorsRefOf(ref),
  async employmentReferralsAcknowledged(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && peopleCount(ctx.caller, c.acknowledged, await complement(ref, ctx, 'acknowledged'));
  },
  async employmentReferralsPlaced(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && peopleCount(ctx.caller, c.placed, await complement(ref, ctx, 'placed'));
  },
  async employmentRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && rateOf(ctx.caller, c.placed, c.acknowledged, await complement(ref, ctx, 'placed', 'acknowledged'));
  },
};
