// A referral on the national platform.
import { waitingDays } from '../domain/waiting.js';
import type { ReferralResolvers } from '../generated/resolvers-types.js';

export const Referral: ReferralResolvers = {
  person: (referral) => ({ pid: referral.pid }),
  regionCode: (referral) => referral.countyCode,
  institution: (referral, _args, ctx) => (referral.institutionId ? ctx.loaders.institutionById.load(referral.institutionId) : null),
  waitingDays: (referral) => waitingDays(referral.registeredAt, referral.acceptedAt, referral.status, new Date()),
  history: (referral, _args, ctx) => ctx.loaders.transitionsByReferralId.load(referral.id),
  consents: (referral, _args, ctx) => ctx.loaders.consentsByReferralId.load(referral.id),
};
