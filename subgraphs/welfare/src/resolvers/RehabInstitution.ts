// A community rehabilitation institution.
import type { RehabInstitutionResolvers } from '../generated/resolvers-types.js';

export const RehabInstitution: RehabInstitutionResolvers = {
  regionCode: (institution) => institution.countyCode,
  activeRecipients: (institution, _args, ctx) => ctx.loaders.activeRecipientsByInstitutionId.load(institution.id),
};
