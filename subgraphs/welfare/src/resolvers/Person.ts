// Person as the referral platform knows it: referrals, benefits, and the platform's events of the journey.
import type { JourneyEventRecord } from '../../../shared/src/journey.js';
import { BENEFIT_READERS, CASE_RECORD_READERS, REFERRAL_READERS } from '../access.js';
import type { WelfareContext } from '../context.js';
import type { ReferralRecord } from '../data/referrals.js';
import { benefitEvents, type CaseHistory, caseEvents } from '../domain/journey-events.js';
import type { PersonResolvers } from '../generated/resolvers-types.js';

/** A journey holds a case's services up to this many, newest first. */
const SERVICES_PER_CASE = 500;

/** One case's history; across the cases of a request each list is one batched statement. */
async function historyOf(referral: ReferralRecord, ctx: WelfareContext): Promise<CaseHistory> {
  const records = CASE_RECORD_READERS.has(ctx.caller.role);
  const [transitions, consents, agreement, assessments, services] = await Promise.all([
    ctx.loaders.transitionsByReferralId.load(referral.id),
    ctx.loaders.consentsByReferralId.load(referral.id),
    records ? ctx.loaders.serviceAgreementByReferralId.load(referral.id) : null,
    records ? ctx.loaders.assessmentsByReferralId.load(referral.id) : [],
    records ? ctx.loaders.servicePage.load({ referralId: referral.id, limit: SERVICES_PER_CASE, before: null }) : [],
  ]);
  return { transitions, consents, agreement, assessments, services };
}

export const Person: PersonResolvers = {
  // The key is all the platform needs; fields batch through per-request loaders.
  __resolveReference: (reference) => ({ pid: reference.pid }),
  referrals: (person, _args, ctx) => ctx.loaders.referralsByPid.load(person.pid),
  benefits: (person, _args, ctx) => ctx.loaders.benefitsByPid.load(person.pid),
  async welfareJourney(person, _args, ctx) {
    const events: JourneyEventRecord[] = [];
    if (REFERRAL_READERS.has(ctx.caller.role)) {
      const referrals = await ctx.loaders.referralsByPid.load(person.pid);
      for (const history of await Promise.all(referrals.map((referral) => historyOf(referral, ctx)))) events.push(...caseEvents(history));
    }
    if (BENEFIT_READERS.has(ctx.caller.role)) events.push(...benefitEvents(await ctx.loaders.benefitsByPid.load(person.pid)));
    return events;
  },
};
