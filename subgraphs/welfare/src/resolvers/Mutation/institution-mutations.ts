// Mutations of civil affairs' registers: institutions and their staff, social workers, benefits.
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { endBenefit, grantBenefit } from './benefit-grants.js';
import { createRehabInstitution, setInstitutionCapacity } from './institution-register.js';
import { addInstitutionStaff, recordStaffTraining } from './institution-staff.js';
import { addSocialWorker } from './social-worker-register.js';

export const institutionMutations: MutationResolvers = {
  createRehabInstitution,
  setInstitutionCapacity,
  addInstitutionStaff,
  recordStaffTraining,
  addSocialWorker,
  grantBenefit,
  endBenefit,
};
