// Person as the referral platform knows it: referrals and benefits.
import type { PersonResolvers } from '../generated/resolvers-types.js';

export const Person: PersonResolvers = {
  // The key is all the platform needs; fields batch through per-request loaders.
  __resolveReference: (reference) => ({ pid: reference.pid }),
  referrals: (person, _args, ctx) => ctx.loaders.referralsByPid.load(person.pid),
  benefits: (person, _args, ctx) => ctx.loaders.benefitsByPid.load(person.pid),
};
