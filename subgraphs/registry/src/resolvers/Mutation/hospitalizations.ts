// Mutations of hospital stays: admission, discharge, and the discharge rehabilitation assessment.
import { writeAudit } from '#platform/audit/audit.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { insertAdmission, staysOverlapping, updateDischarge } from '../../data/clinical-writes.js';
import { noticeDischarge } from '../../data/discharge-notice.js';
import { hospitalizationForUpdate, type HospitalizationRecord } from '../../data/hospitalizations.js';
import type { RegistryContext } from '../../context.js';
import type { Db } from '#platform/database/db.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { pidArg } from '../Query.js';
import { auditRequestOf, idArg, pastDateArg, textArg, writablePatient } from './write-context.js';
import { t } from '#platform/i18n/request-language.js';

export const recordAdmission: NonNullable<MutationResolvers['recordAdmission']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const admittedOn = pastDateArg(input.admittedOn, 'input.admittedOn');
  const hospitalName = textArg(input.hospitalName, 'input.hospitalName', 100);
  return idempotent(ctx.db, { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'recordAdmission', payload: input }, async (trx) => {
    await writablePatient(trx, ctx, pid, 'Mutation.recordAdmission');
    if (await staysOverlapping(trx, pid, admittedOn)) throw badInput(t('registry.stayOverlaps'), 'input.admittedOn');
    await insertAdmission(trx, pid, hospitalName, admittedOn);
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['hospitalization'] }]);
    return { person: { pid } };
  });
};

/** The stay, locked, of a person in the caller's region; NOT_FOUND otherwise. */
async function writableStay(trx: Db, ctx: RegistryContext, id: string, coordinate: string): Promise<HospitalizationRecord> {
  const stay = await hospitalizationForUpdate(trx, idArg(id, 'input.hospitalizationId'));
  if (!stay) throw graphError(ErrorCode.NOT_FOUND, t('input.notFound', { what: t('thing.hospitalization') }));
  await writablePatient(trx, ctx, stay.pid, coordinate);
  return stay;
}

export const recordDischarge: NonNullable<MutationResolvers['recordDischarge']> = async (_parent, { input }, ctx, info) => {
  const dischargedOn = pastDateArg(input.dischargedOn, 'input.dischargedOn');
  return idempotent(ctx.db, { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'recordDischarge', payload: input }, async (trx) => {
    const stay = await writableStay(trx, ctx, input.hospitalizationId, 'Mutation.recordDischarge');
    if (stay.dischargedOn !== null) throw badInput(t('registry.stayDischarged'), 'input.hospitalizationId');
    if (dischargedOn < stay.admittedOn) throw badInput(t('registry.dischargeBeforeAdmission'), 'input.dischargedOn');
    await updateDischarge(trx, stay.id, dischargedOn, input.assessment ?? null, chinaToday());
    // A person the platform sent back by the green channel: the platform hears of the discharge in this transaction's outbox.
    const noticed = await noticeDischarge(trx, stay, dischargedOn);
    const fields = input.assessment ? ['hospitalization', 'discharge_assessment'] : ['hospitalization'];
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: stay.pid, fields: noticed ? [...fields, 'discharge_notice'] : fields }]);
    return { person: { pid: stay.pid } };
  });
};

export const recordDischargeAssessment: NonNullable<MutationResolvers['recordDischargeAssessment']> = async (_parent, { input }, ctx, info) =>
  idempotent(ctx.db, { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'recordDischargeAssessment', payload: input }, async (trx) => {
    const stay = await writableStay(trx, ctx, input.hospitalizationId, 'Mutation.recordDischargeAssessment');
    if (stay.dischargedOn === null) throw badInput(t('registry.stayOpen'), 'input.hospitalizationId');
    if (stay.dischargeAssessment !== null) throw badInput(t('registry.stayAssessed'), 'input.hospitalizationId');
    await updateDischarge(trx, stay.id, null, input.assessment, chinaToday());
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: stay.pid, fields: ['discharge_assessment'] }]);
    return { person: { pid: stay.pid } };
  });
