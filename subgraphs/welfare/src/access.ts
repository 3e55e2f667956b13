// The named rules the SDL's @policy directives refer to; which referrals a caller sees is decided in SQL by data/referral-scope.ts.
import type { Policy } from '#platform/access/access-directives.js';
import { BENEFIT_READERS, REFERRAL_READERS } from './domain/readers.js';

export const welfarePolicies: Record<string, Policy> = {
  // The journey shows what Person.referrals and Person.benefits show the caller, no more.
  'welfare-journey-visible': (_person, ctx) => REFERRAL_READERS.has(ctx.caller.role) || BENEFIT_READERS.has(ctx.caller.role),
};
