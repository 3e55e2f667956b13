// A referral from the platform: readiness flags only, its answer, and the placements that followed it.
import { isAnalyst } from '#platform/access/analyst-view.js';
import type { EmploymentReferralResolvers } from '../generated/resolvers-types.js';

export const EmploymentReferral: EmploymentReferralResolvers = {
  person: (referral) => ({ pid: referral.pid }),
  placements: (referral, _args, ctx) => ctx.loaders.placementsByReferralId.load(referral.id),
  // Free text about a person: analysts see de-identified rows only (DOMAIN.md §6).
  declineReason: (referral, _args, ctx) => (isAnalyst(ctx.caller) ? null : referral.declineReason),
};
