// The committees' contribution to the action's indicators: HIGH_RISK wards, those with a responsibility agreement, and their share.
import { withheldAsComplement } from '#platform/statistics/complementary.js';
import { indicatorsRefOf, type IndicatorsRef, peopleCount, rateOf } from '#platform/statistics/indicators.js';
import type { GuardianshipContext } from '../context.js';
import type { GUARDIANSHIP_COUNTS, GuardianshipIndicatorCells } from '../data/indicators.js';
import type { RehabIndicatorsResolvers } from '../generated/resolvers-types.js';

/** The cells of a visible region, batched with every other region of the same period in the request. */
async function cells(ref: IndicatorsRef, ctx: GuardianshipContext): Promise<GuardianshipIndicatorCells | null> {
  // Only regions the caller may see arrive here: the access policy answers a null entity for any other (_entities.RehabIndicators).
  return ctx.loaders.indicatorsInPeriod(ref.period).load(ref.regionCode);
}

/** For analysts, whether a small cell could be recomputed from any of these counts of the region and period. */
const complement = (ref: IndicatorsRef, ctx: GuardianshipContext, ...counts: (typeof GUARDIANSHIP_COUNTS)[number][]): Promise<boolean> =>
  withheldAsComplement(ctx.caller, ref, ctx.loaders.withheldCells, counts);

export const RehabIndicators: RehabIndicatorsResolvers = {
  __resolveReference: (ref) => indicatorsRefOf(ref),
  async guardianshipEligibleHighRisk(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && peopleCount(ctx.caller, c.eligibleHighRisk, await complement(ref, ctx, 'eligibleHighRisk'));
  },
  async guardianshipAgreementsSigned(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && peopleCount(ctx.caller, c.agreementsSigned, await complement(ref, ctx, 'agreementsSigned'));
  },
  async guardianshipAgreementRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && rateOf(ctx.caller, c.agreementsSigned, c.eligibleHighRisk, await complement(ref, ctx, 'agreementsSigned', 'eligibleHighRisk'));
  },
};
