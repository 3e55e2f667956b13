// A person's employment profile; the status is derived, never stored.
import { chinaToday } from '#platform/graphql/scalars.js';
import { employmentStatus } from '../domain/employment-status.js';
import type { EmploymentProfileResolvers } from '../generated/resolvers-types.js';

export const EmploymentProfile: EmploymentProfileResolvers = {
  status: (profile) => employmentStatus(profile, chinaToday()),
};
