// A community rehabilitation institution: capacity and places, service forms with their prices, staff.
import type { StaffRecord } from '../data/staff.js';
import type { RehabInstitutionResolvers } from '../generated/resolvers-types.js';

/** Share of staff with a professional qualification (the action asks for at least 30 %); null without staff. */
export function qualifiedShare(staff: readonly StaffRecord[]): number | null {
  return staff.length === 0 ? null : staff.filter((member) => member.qualified).length / staff.length;
}

export const RehabInstitution: RehabInstitutionResolvers = {
  regionCode: (institution) => institution.countyCode,
  activeRecipients: (institution, _args, ctx) => ctx.loaders.activeRecipientsByInstitutionId.load(institution.id),
  placesTaken: (institution, _args, ctx) => ctx.loaders.placesTakenByInstitutionId.load(institution.id),
  staff: (institution, _args, ctx) => ctx.loaders.staffByInstitutionId.load(institution.id),
  qualifiedStaffShare: async (institution, _args, ctx) => qualifiedShare(await ctx.loaders.staffByInstitutionId.load(institution.id)),
};
