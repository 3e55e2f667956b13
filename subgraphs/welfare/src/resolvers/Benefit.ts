// A social-assistance or disability benefit of a person.
import type { BenefitResolvers } from '../generated/resolvers-types.js';

export const Benefit: BenefitResolvers = {
  id: (benefit) => benefit.id,
};
