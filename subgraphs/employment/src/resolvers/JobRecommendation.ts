// A job recommended to a person, with the employer it is at.
import { ErrorCode, graphError } from '#platform/graphql/errors.js';
import type { JobRecommendationResolvers } from '../generated/resolvers-types.js';
import { t } from '#platform/i18n/request-language.js';

export const JobRecommendation: JobRecommendationResolvers = {
  async employer(recommendation, _args, ctx) {
    const employer = await ctx.loaders.employerById.load(recommendation.employerId);
    // The foreign key makes this impossible; say so rather than answer null for a non-null field.
    if (!employer) throw graphError(ErrorCode.INTERNAL_SERVER_ERROR, t('employment.unknownEmployer'));
    return employer;
  },
};
