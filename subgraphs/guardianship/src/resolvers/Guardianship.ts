// A ward's guardianship: its lists batch per table across every ward of the request.
import { inForce } from '../domain/agreements.js';
import type { GuardianshipResolvers } from '../generated/resolvers-types.js';

export const Guardianship: GuardianshipResolvers = {
  regionCode: (ward) => ward.countyCode,
  guardians: (ward, _args, ctx) => ctx.loaders.guardiansByPid.load(ward.pid),
  agreements: (ward, _args, ctx) => ctx.loaders.agreementsByPid.load(ward.pid),
  agreementInForce: async (ward, _args, ctx) => (await ctx.loaders.agreementsByPid.load(ward.pid)).find(inForce) ?? null,
  // Every year's reviews come in one statement; the year is chosen here.
  reviews: async (ward, { year }, ctx) => {
    const reviews = await ctx.loaders.reviewsByPid.load(ward.pid);
    return year === null || year === undefined ? reviews : reviews.filter((review) => review.year === year);
  },
  payments: (ward, _args, ctx) => ctx.loaders.paymentsByPid.load(ward.pid),
};
