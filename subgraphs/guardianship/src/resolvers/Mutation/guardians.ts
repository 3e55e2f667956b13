// Guardians: registered for a ward, and ended (only once their agreement no longer binds them).
import { writeAudit } from '#platform/audit/audit.js';
import { badInput } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { guardianHasAgreementInForce } from '../../data/agreements.js';
import { guardianById, insertGuardian, updateGuardianEnd } from '../../data/guardians.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, idArg, notFound, pastDateArg, pidArg, writableWard } from './write-context.js';
import { t } from '#platform/i18n/request-language.js';

export const registerGuardian: NonNullable<MutationResolvers['registerGuardian']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const since = pastDateArg(input.since, 'input.since');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'registerGuardian', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    await writableWard(trx, ctx, pid, info);
    const guardian = await insertGuardian(trx, { pid, relationship: input.relationship, since });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['guardian'] }]);
    return guardian;
  });
};

export const endGuardian: NonNullable<MutationResolvers['endGuardian']> = async (_parent, { input }, ctx, info) => {
  const id = idArg(input.guardianId, 'input.guardianId');
  const endedOn = pastDateArg(input.endedOn, 'input.endedOn');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'endGuardian', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    const found = await guardianById(trx, id);
    if (!found) notFound('thing.guardian');
    await writableWard(trx, ctx, found.pid, info);
    // Read again under the ward's lock: an earlier write may have ended it meanwhile.
    const guardian = (await guardianById(trx, id))!;
    if (guardian.endedOn !== null) throw badInput(t('guardianship.guardianEnded'), 'input.guardianId');
    if (endedOn < guardian.since) throw badInput(t('guardianship.endBeforeStart'), 'input.endedOn');
    if (await guardianHasAgreementInForce(trx, id)) throw badInput(t('guardianship.agreementInForce'), 'input.guardianId');
    const ended = await updateGuardianEnd(trx, id, endedOn);
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: guardian.pid, fields: ['guardian'] }]);
    return ended;
  });
};
