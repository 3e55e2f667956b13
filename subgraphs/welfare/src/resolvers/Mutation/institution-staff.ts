// Mutation.addInstitutionStaff and Mutation.recordStaffTraining: an institution's staff and their yearly training hours.
import { randomUUID } from 'node:crypto';
import { writeAudit } from '#platform/audit/audit.js';
import { ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import type { InstitutionRecord } from '../../data/institutions.js';
import { addTrainingHours, insertStaff, staffById } from '../../data/staff.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, forgetInstitution, idempotentWrite, intRangeArg, manageableInstitution, pastYearArg } from './institution-write-context.js';
import { t } from '#platform/i18n/request-language.js';

/** Hours recorded at once: a year's courses for one person, not a typing slip. */
const MAX_HOURS_PER_RECORD = 200;

export const addInstitutionStaff: NonNullable<MutationResolvers['addInstitutionStaff']> = async (_parent, { input }, ctx, info) => {
  const result = await idempotent(ctx.db, idempotentWrite(ctx, 'addInstitutionStaff', input), async (trx): Promise<InstitutionRecord> => {
    const institution = await manageableInstitution(trx, ctx, 'Mutation.addInstitutionStaff', input.institutionId, { lock: false });
    await insertStaff(trx, {
      id: randomUUID(),
      institutionId: institution.id,
      role: input.role,
      qualified: input.qualified,
      directService: input.directService,
    });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: null, fields: ['institution_staff'] }]);
    return institution;
  });
  forgetInstitution(ctx, result.id);
  return result;
};

export const recordStaffTraining: NonNullable<MutationResolvers['recordStaffTraining']> = async (_parent, { input }, ctx, info) => {
  const year = pastYearArg(input.year, 'input.year');
  const hours = intRangeArg(input.hours, 'input.hours', 1, MAX_HOURS_PER_RECORD);
  const result = await idempotent(ctx.db, idempotentWrite(ctx, 'recordStaffTraining', input), async (trx): Promise<InstitutionRecord> => {
    const staff = await staffById(trx, input.staffId);
    if (!staff) throw graphError(ErrorCode.NOT_FOUND, t('input.unknownId', { what: t('thing.institutionStaff') }));
    const institution = await manageableInstitution(trx, ctx, 'Mutation.recordStaffTraining', staff.institutionId, { lock: false });
    await addTrainingHours(trx, { staffId: staff.id, year, hours });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: null, fields: ['staff_training'] }]);
    return institution;
  });
  ctx.loaders.trainingHoursByStaffYear.clear({ staffId: input.staffId, year });
  forgetInstitution(ctx, result.id);
  return result;
};
