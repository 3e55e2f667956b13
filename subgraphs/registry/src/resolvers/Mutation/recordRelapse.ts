// Mutation.recordRelapse and Mutation.setManagementStatus: a relapse with its emergency handling, and the management status (told to the platform with consent).
import { writeAudit } from '#platform/audit/audit.js';
import { badInput } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { isCountyCode } from '#platform/statistics/division.js';
import { insertRelapse, updateManagementStatus } from '../../data/clinical-writes.js';
import { liveUploadConsentGrantors } from '../../data/consents.js';
import { enqueueStatusChange, insertStatusChange } from '../../data/management-status.js';
import { movedToCountyProblem, statusNoticeAllowed } from '../../domain/status-notice.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { pidArg } from '../Query.js';
import { auditRequestOf, notBeforeRegistration, pastDateArg, riskGradeArg, writablePatient } from './write-context.js';
import { explain, t } from '#platform/i18n/request-language.js';

export const recordRelapse: NonNullable<MutationResolvers['recordRelapse']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const riskLevel = riskGradeArg(input.riskLevel, 'input.riskLevel');
  const occurredOn = pastDateArg(input.occurredOn, 'input.occurredOn');
  return idempotent(ctx.db, { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'recordRelapse', payload: input }, async (trx) => {
    const patient = await writablePatient(trx, ctx, pid, 'Mutation.recordRelapse');
    notBeforeRegistration(occurredOn, patient, 'input.occurredOn');
    await insertRelapse(trx, { pid, occurredOn, riskLevel, handledBy: input.handledBy, handling: input.handling, admitted: input.admitted });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['relapse', 'risk_assessment'] }]);
    return { person: { pid } };
  });
};

export const setManagementStatus: NonNullable<MutationResolvers['setManagementStatus']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const since = pastDateArg(input.since, 'input.since');
  if (input.movedToCountyCode != null && !isCountyCode(input.movedToCountyCode)) {
    throw badInput(t('registry.movedToCounty'), 'input.movedToCountyCode');
  }
  return idempotent(ctx.db, { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'setManagementStatus', payload: input }, async (trx) => {
    const patient = await writablePatient(trx, ctx, pid, 'Mutation.setManagementStatus');
    notBeforeRegistration(since, patient, 'input.since');
    if (!['ACTIVE', 'LOST_TO_FOLLOW_UP', 'MOVED_OUT', 'DECEASED'].includes(input.status)) throw badInput(t('registry.managementStatus'), 'input.status');
    const movedTo = input.movedToCountyCode ?? null;
    const problem = movedToCountyProblem(input.status, movedTo, patient.countyCode);
    if (problem) throw badInput(explain(problem), 'input.movedToCountyCode');
    await updateManagementStatus(trx, pid, input.status, since);
    const change = await insertStatusChange(trx, { pid, status: input.status, since, movedToCountyCode: movedTo, recordedBy: ctx.caller.subject });
    // The platform hears of it in this transaction's outbox, and only with the person's consent.
    if (statusNoticeAllowed(input.status, await liveUploadConsentGrantors(trx, pid), patient.hasGuardian)) await enqueueStatusChange(trx, change.id);
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['management_status'] }]);
    return { person: { pid } };
  });
};
