// Query roots of the welfare subgraph: one referral, one division.
import { badInput } from '../../../shared/src/errors.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  referral: (_parent, { id }, ctx) => ctx.loaders.referralById.load(id),
  region(_parent, { code }, ctx) {
    if (!/^\d{6}$/.test(code)) throw badInput('code must be a 6-digit GB/T 2260 division code', 'code');
    return ctx.loaders.divisionByCode.load(code);
  },
};
