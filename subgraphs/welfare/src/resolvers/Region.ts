// An administrative division with its parent and children.
import type { RegionResolvers } from '../generated/resolvers-types.js';

export const Region: RegionResolvers = {
  parent: (region, _args, ctx) => (region.parentCode ? ctx.loaders.divisionByCode.load(region.parentCode) : null),
  // A city sharing its code with its only county (Dongguan 441900) lists no children of its own code.
  children: async (region, _args, ctx) => (await ctx.loaders.divisionsByParentCode.load(region.code)).filter((child) => child.code !== region.code),
};
