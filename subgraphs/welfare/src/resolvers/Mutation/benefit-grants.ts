// Mutation.grantBenefit and Mutation.endBenefit: social-assistance and disability benefits of a person.
import { writeAudit } from '#platform/audit/audit.js';
import type { PersonRef } from '#platform/graphql/context.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { isPid } from '#platform/identity/pid.js';
import { type BenefitRecord, insertBenefit, lockBenefit, markBenefitEnded } from '../../data/benefits.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, countyInRegionArg, idempotentWrite, intRangeArg } from './institution-write-context.js';
import { t } from '#platform/i18n/request-language.js';

/** 100,000 yuan a month: above any benefit the standards know, below any integer overflow. */
const MAX_MONTHLY_AMOUNT_CENTS = 10_000_000;

type BenefitResult = { benefit: BenefitRecord; person: PersonRef };

const payloadOf = (benefit: BenefitRecord): BenefitResult => ({ benefit, person: { pid: benefit.pid } });

function pidArg(pid: string): string {
  if (!isPid(pid)) throw badInput(t('input.pid', { argument: 'input.pid' }), 'input.pid');
  return pid;
}

function benefitIdArg(value: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw badInput(t('welfare.notBenefitId'), 'input.benefitId');
  return Number(value);
}

export const grantBenefit: NonNullable<MutationResolvers['grantBenefit']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const countyCode = await countyInRegionArg(ctx, 'Mutation.grantBenefit', input.countyCode, 'input.countyCode');
  const monthlyAmountCents = intRangeArg(input.monthlyAmountCents, 'input.monthlyAmountCents', 0, MAX_MONTHLY_AMOUNT_CENTS);
  const endedOn = input.endedOn ?? null;
  if (endedOn !== null && endedOn < input.startedOn) throw badInput(t('welfare.benefitEndBeforeStart'), 'input.endedOn');
  return idempotent(ctx.db, idempotentWrite(ctx, 'grantBenefit', input), async (trx) => {
    const benefit = await insertBenefit(trx, { pid, kind: input.kind, countyCode, startedOn: input.startedOn, endedOn, monthlyAmountCents });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['benefit'] }]);
    return payloadOf(benefit);
  });
};

export const endBenefit: NonNullable<MutationResolvers['endBenefit']> = async (_parent, { input }, ctx, info) => {
  const id = benefitIdArg(input.benefitId);
  return idempotent(ctx.db, idempotentWrite(ctx, 'endBenefit', input), async (trx) => {
    const benefit = await lockBenefit(trx, id);
    // Unknown, or outside the caller's region: the same NOT_FOUND, so a write cannot probe for people elsewhere.
    if (!benefit || !(await ctx.access.allows('Mutation.endBenefit', { pid: benefit.pid, regionCode: benefit.countyCode })))
      throw graphError(ErrorCode.NOT_FOUND, t('input.notFound', { what: t('thing.benefit') }));
    if (benefit.endedOn !== null) throw badInput(t('welfare.benefitEnded'), 'input.benefitId');
    if (input.endedOn < benefit.startedOn) throw badInput(t('welfare.benefitEndBeforeStarted'), 'input.endedOn');
    const ended = await markBenefitEnded(trx, id, input.endedOn);
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: ended.pid, fields: ['benefit'] }]);
    return payloadOf(ended);
  });
};
