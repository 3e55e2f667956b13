// A staff member of an institution, with the training hours of a year.
import { badInput } from '#platform/graphql/errors.js';
import type { InstitutionStaffResolvers } from '../generated/resolvers-types.js';
import { t } from '#platform/i18n/request-language.js';

export const InstitutionStaff: InstitutionStaffResolvers = {
  trainingHours: (staff, { year }, ctx) => {
    if (!Number.isInteger(year) || year < 1900 || year > 9999) throw badInput(t('welfare.calendarYear'), 'year');
    return ctx.loaders.trainingHoursByStaffYear.load({ staffId: staff.id, year });
  },
};
