// Mutation.decideIncentivePayment: the yearly decision under the incentive rule, once per ward and year.
import { writeAudit } from '#platform/audit/audit.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { agreementsByPids } from '../../data/agreements.js';
import { insertPayment, paymentExists } from '../../data/payments.js';
import { reviewsOfYear } from '../../data/reviews.js';
import { decideIncentivePayment as decide } from '../../domain/incentive-payment.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, pidArg, writableWard } from './write-context.js';
import { explain, t } from '#platform/i18n/request-language.js';

export const decideIncentivePayment: NonNullable<MutationResolvers['decideIncentivePayment']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const today = chinaToday();
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > Number(today.slice(0, 4))) throw badInput(t('guardianship.year'), 'input.year');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'decideIncentivePayment', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    await writableWard(trx, ctx, pid, info);
    if (await paymentExists(trx, pid, input.year)) throw graphError(ErrorCode.ALREADY_EXISTS, t('guardianship.paymentDecided'));
    const result = decide(input.year, await agreementsByPids(trx, [pid]), await reviewsOfYear(trx, pid, input.year), ctx.settings.yearlyIncentiveYuan);
    if (!result.ok) throw badInput(t('guardianship.notPayable', { problem: explain(result.problem) }), 'input.year');
    const payment = await insertPayment(trx, { pid, year: input.year, decidedOn: today, ...result.decision });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['incentive_payment'] }]);
    return payment;
  });
};
