// The registry's contribution to the action's indicators: rates of relapse, management and regular medication.
import { withheldAsComplement } from '#platform/statistics/complementary.js';
import { indicatorsRefOf, type IndicatorsRef, peopleCount, rateOf } from '#platform/statistics/indicators.js';
import type { RegistryContext } from '../context.js';
import type { REGISTRY_COUNTS, RegistryIndicatorCells } from '../data/indicators.js';
import type { RehabIndicatorsResolvers } from '../generated/resolvers-types.js';

/** The cells of a visible region, batched with every other region of the same period in the request. */
async function cells(ref: IndicatorsRef, ctx: RegistryContext): Promise<RegistryIndicatorCells | null> {
  // Only regions the caller may see arrive here: the access policy answers a null entity for any other (_entities.RehabIndicators).
  return ctx.loaders.indicatorsInPeriod(ref.period).load(ref.regionCode);
}

/** For analysts, whether a small cell could be recomputed from any of these counts of the region and period. */
const complement = (ref: IndicatorsRef, ctx: RegistryContext, ...counts: (typeof REGISTRY_COUNTS)[number][]): Promise<boolean> =>
  withheldAsComplement(ctx.caller, ref, ctx.loaders.withheldCells, counts);

export const RehabIndicators: RehabIndicatorsResolvers = {
  __resolveReference: (ref) => indicatorsRefOf(ref),
  async relapseRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && rateOf(ctx.caller, c.relapsedPatients, c.activePatients, await complement(ref, ctx, 'relapsedPatients', 'activePatients'));
  },
  async managementRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && rateOf(ctx.caller, c.managedPatients, c.activePatients, await complement(ref, ctx, 'managedPatients', 'activePatients'));
  },
  async regularMedicationRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && rateOf(ctx.caller, c.regularMedicationPatients, c.activePatients, await complement(ref, ctx, 'regularMedicationPatients', 'activePatients'));
  },
  async registryActivePatients(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && peopleCount(ctx.caller, c.activePatients, await complement(ref, ctx, 'activePatients'));
  },
  async registryRelapsedPatients(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && peopleCount(ctx.caller, c.relapsedPatients, await complement(ref, ctx, 'relapsedPatients'));
  },
};
