// Person as the referral platform knows it: referrals, benefits, and the platform's events of the journey.
import { benefitEvents, caseEvents } from '../data/journey-events.js';
import type { PersonResolvers } from '../generated/resolvers-types.js';

export const Person: PersonResolvers = {
  // The key is all the platform needs; fields batch through per-request loaders.
  __resolveReference: (reference) => ({ pid: reference.pid }),
  referrals: (person, _args, ctx) => ctx.loaders.referralsByPid.load(person.pid),
  benefits: (person, _args, ctx) => ctx.loaders.benefitsByPid.load(person.pid),
  // The caller's role decides which parts are read (see WelfareJourneyAccess); one statement for all the people.
  async welfareJourney(person, _args, ctx) {
    const { cases, benefits } = await ctx.loaders.journeySourcesByPid.load(person.pid);
    return [...cases.flatMap(({ history }) => caseEvents(history)), ...benefitEvents(benefits)];
  },
};
