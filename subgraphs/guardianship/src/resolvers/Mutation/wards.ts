// Mutation.enrolWard: a person becomes a ward of the incentive, once.
import { writeAudit } from '#platform/audit/audit.js';
import { ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { insertWard } from '../../data/wards.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, countyArg, pastDateArg, pidArg } from './write-context.js';
import { t } from '#platform/i18n/request-language.js';

export const enrolWard: NonNullable<MutationResolvers['enrolWard']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const countyCode = await countyArg(ctx, 'Mutation.enrolWard', input.countyCode, 'input.countyCode');
  const eligibleSince = pastDateArg(input.eligibleSince, 'input.eligibleSince');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'enrolWard', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    // The primary key decides between concurrent enrolments: the loser inserts nothing.
    const ward = await insertWard(trx, { pid, countyCode, eligibility: input.eligibility, eligibleSince }, new Date().toISOString());
    if (!ward) throw graphError(ErrorCode.ALREADY_EXISTS, t('guardianship.wardEnrolled'));
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['ward'] }]);
    return ward;
  });
};
