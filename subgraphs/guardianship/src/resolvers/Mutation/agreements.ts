// Responsibility agreements: signed by a current guardian, one in force per ward at a time, and terminated for a reason.
import { writeAudit } from '#platform/audit/audit.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { agreementById, agreementsByPids, insertAgreement, updateAgreementTermination } from '../../data/agreements.js';
import { guardianById } from '../../data/guardians.js';
import { signingProblem } from '../../domain/agreements.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, idArg, notFound, pastDateArg, pidArg, writableWard } from './write-context.js';
import { explain, t } from '#platform/i18n/request-language.js';

export const signResponsibilityAgreement: NonNullable<MutationResolvers['signResponsibilityAgreement']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const guardianId = idArg(input.guardianId, 'input.guardianId');
  const signedOn = pastDateArg(input.signedOn, 'input.signedOn');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'signResponsibilityAgreement', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    await writableWard(trx, ctx, pid, info);
    const guardian = await guardianById(trx, guardianId);
    if (!guardian) throw badInput(t('guardianship.notGuardianOfWard'), 'input.guardianId');
    const problem = signingProblem(pid, guardian, signedOn, await agreementsByPids(trx, [pid]));
    if (problem?.code === 'ALREADY_EXISTS') throw graphError(ErrorCode.ALREADY_EXISTS, explain(problem));
    if (problem) throw badInput(explain(problem), problem.argument);
    const agreement = await insertAgreement(trx, { pid, guardianId: guardian.id, signedOn });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['responsibility_agreement'] }]);
    return agreement;
  });
};

export const terminateResponsibilityAgreement: NonNullable<MutationResolvers['terminateResponsibilityAgreement']> = async (_parent, { input }, ctx, info) => {
  const id = idArg(input.agreementId, 'input.agreementId');
  const terminatedOn = pastDateArg(input.terminatedOn, 'input.terminatedOn');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'terminateResponsibilityAgreement', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    const found = await agreementById(trx, id);
    if (!found) notFound('thing.agreement');
    await writableWard(trx, ctx, found.pid, info);
    // Read again under the ward's lock: an earlier write may have terminated it meanwhile.
    const agreement = (await agreementById(trx, id))!;
    if (agreement.terminatedOn !== null) throw badInput(t('guardianship.agreementTerminated'), 'input.agreementId');
    if (terminatedOn < agreement.signedOn) throw badInput(t('guardianship.terminatedBeforeSigned'), 'input.terminatedOn');
    const terminated = await updateAgreementTermination(trx, id, terminatedOn, input.reason);
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: agreement.pid, fields: ['responsibility_agreement'] }]);
    return terminated;
  });
};
