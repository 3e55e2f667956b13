// A placement: its workplace county and, when one is registered, its employer.
import { isAnalyst } from '#platform/access/analyst-view.js';
import type { PlacementResolvers } from '../generated/resolvers-types.js';

export const Placement: PlacementResolvers = {
  regionCode: (placement) => placement.countyCode,
  employer: (placement, _args, ctx) => (placement.employerId === null ? null : ctx.loaders.employerById.load(placement.employerId)),
  // A job coach is named: analysts see de-identified rows only (DOMAIN.md §6).
  jobCoach: (placement, _args, ctx) => (isAnalyst(ctx.caller) ? null : placement.jobCoach),
};
