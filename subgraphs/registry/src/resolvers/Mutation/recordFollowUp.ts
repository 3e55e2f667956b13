// Mutation.recordFollowUp: one visit; classification and next due date follow from the domain rules.
import { writeAudit } from '#platform/audit/audit.js';
import { badInput } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { insertFollowUp } from '../../data/clinical-writes.js';
import { classifyFollowUp, nextFollowUpDue } from '../../domain/follow-up-rules.js';
import type { MutationResolvers, SocialFunctionInput } from '../../generated/resolvers-types.js';
import { pidArg } from '../Query.js';
import { auditRequestOf, notBeforeRegistration, pastDateArg, riskGradeArg, writablePatient } from './write-context.js';
import { t } from '#platform/i18n/request-language.js';

function socialFunctionArg(items: SocialFunctionInput): SocialFunctionInput {
  for (const [item, score] of Object.entries(items)) {
    if (!Number.isInteger(score) || score < 0 || score > 2) throw badInput(t('registry.socialFunction', { item }), `input.socialFunction.${item}`);
  }
  return items;
}

export const recordFollowUp: NonNullable<MutationResolvers['recordFollowUp']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const riskLevel = riskGradeArg(input.riskLevel, 'input.riskLevel');
  const date = pastDateArg(input.date, 'input.date');
  const socialFunction = socialFunctionArg(input.socialFunction);
  const condition = classifyFollowUp({ riskGrade: riskLevel, symptomsResolved: input.symptomsResolved, adverseReactions: input.adverseReactions });
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'recordFollowUp', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    const patient = await writablePatient(trx, ctx, pid, 'Mutation.recordFollowUp');
    notBeforeRegistration(date, patient, 'input.date');
    await insertFollowUp(trx, {
      pid,
      date,
      mode: input.mode,
      riskLevel,
      symptomsResolved: input.symptomsResolved,
      insight: input.insight,
      socialFunction,
      medicationAdherence: input.medicationAdherence,
      adverseReactions: input.adverseReactions,
      hospitalizedSinceLastVisit: input.hospitalizedSinceLastVisit,
      condition,
      nextDueOn: nextFollowUpDue(date, condition, ctx.settings.followUpIntervals),
    });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['follow_up', 'risk_assessment'] }]);
    return { person: { pid } };
  });
};
