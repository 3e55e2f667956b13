// Mutation.recordQuarterlyReview: a community review of a ward's quarter, once the quarter has ended.
import { writeAudit } from '#platform/audit/audit.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { insertReview, reviewExists } from '../../data/reviews.js';
import { reviewDateProblem } from '../../domain/quarters.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, pidArg, writableWard } from './write-context.js';
import { explain, t } from '#platform/i18n/request-language.js';

export const recordQuarterlyReview: NonNullable<MutationResolvers['recordQuarterlyReview']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const problem = reviewDateProblem(input.year, input.quarter, input.reviewedOn, chinaToday());
  if (problem) throw badInput(explain(problem), problem.argument);
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'recordQuarterlyReview', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    await writableWard(trx, ctx, pid, info);
    if (await reviewExists(trx, pid, input.year, input.quarter)) throw graphError(ErrorCode.ALREADY_EXISTS, t('guardianship.reviewed'));
    const review = await insertReview(trx, {
      pid,
      year: input.year,
      quarter: input.quarter,
      reviewedOn: input.reviewedOn,
      outcome: input.outcome,
      incident: input.incident,
      reviewerRole: ctx.caller.role,
    });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['quarterly_review'] }]);
    return review;
  });
};
