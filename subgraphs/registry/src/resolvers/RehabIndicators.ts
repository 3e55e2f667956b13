// The registry's contribution to the action's indicators: rates of relapse, management and regular medication.
import { indicatorsRefOf, type IndicatorsRef, peopleCount, rateOf } from '#platform/statistics/indicators.js';
import type { RegistryContext } from '../context.js';
import type { RegistryIndicatorCells } from '../data/indicators.js';
import type { RehabIndicatorsResolvers } from '../generated/resolvers-types.js';

/** The cells of a visible region, batched with every other region of the same period in the request. */
async function cells(ref: IndicatorsRef, ctx: RegistryContext): Promise<RegistryIndicatorCells | null> {
  // Only regions the caller may see arrive here: the access policy answers a null entity for any other (_entities.RehabIndicators).
  return ctx.loaders.indicatorsInPeriod(ref.period).load(ref.regionCode);
}

export const RehabIndicators: RehabIndicatorsResolvers = {
  __resolveReference: (ref) => indicatorsRefOf(ref),
  async relapseRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && rateOf(ctx.caller, c.relapsedPatients, c.activePatients);
  },
  async managementRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && rateOf(ctx.caller, c.managedPatients, c.activePatients);
  },
  async regularMedicationRate(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && rateOf(ctx.caller, c.regularMedicationPatients, c.activePatients);
  },
  async registryActivePatients(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && peopleCount(ctx.caller, c.activePatients);
  },
  async registryRelapsedPatients(ref, _args, ctx) {
    const c = await cells(ref, ctx);
    return c && peopleCount(ctx.caller, c.relapsedPatients);
  },
};
