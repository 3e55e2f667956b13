// A post-rehabilitation referral as handed to the disability federation; analysts get their token's pseudonym, never the pid.
import { isAnalyst, pseudonymize } from '#platform/access/analyst-view.js';
import type { EmploymentHandoffResolvers } from '../generated/resolvers-types.js';

export const EmploymentHandoff: EmploymentHandoffResolvers = {
  pid: (handoff, _args, ctx) => (isAnalyst(ctx.caller) ? pseudonymize(handoff.pid, ctx.linkageKey, ctx.caller) : handoff.pid),
};
