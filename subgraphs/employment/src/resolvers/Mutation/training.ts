// Vocational training: courses registered by officers, people enrolled in them, trainings completed.
import { writeAudit } from '#platform/audit/audit.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import {
  courseById,
  enrolmentForUpdate,
  insertCourse,
  insertEnrolment,
  markCompleted,
  openEnrolmentExists,
  type TrainingCourseRecord,
} from '../../data/training.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, countyArg, idArg, notFound, pastDateArg, pidArg, textArg, uuidArg, writablePerson, writableRegion } from './write-context.js';
import { t } from '#platform/i18n/request-language.js';

export const createTrainingCourse: NonNullable<MutationResolvers['createTrainingCourse']> = async (_parent, { input }, ctx, info) => {
  const name = textArg(input.name, 'input.name', 100);
  const countyCode = await countyArg(ctx, 'Mutation.createTrainingCourse', input.countyCode, 'input.countyCode');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'createTrainingCourse', payload: input };
  return idempotent<TrainingCourseRecord>(ctx.db, write, async (trx) => {
    const course = await insertCourse(trx, { name, countyCode });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: null, fields: ['training_course'] }]);
    return course;
  });
};

export const enrolInTraining: NonNullable<MutationResolvers['enrolInTraining']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const courseId = uuidArg(input.courseId, 'input.courseId');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'enrolInTraining', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    const course = await courseById(trx, courseId);
    if (!course || !(await writableRegion(ctx, info, course.countyCode))) notFound('thing.trainingCourse');
    await writablePerson(trx, ctx, pid, info);
    if (await openEnrolmentExists(trx, pid, courseId)) throw graphError(ErrorCode.ALREADY_EXISTS, t('employment.enrolled'));
    await insertEnrolment(trx, { pid, courseId, startedOn: input.startedOn });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['training_enrolment'] }]);
    return { person: { pid } };
  });
};

export const completeTraining: NonNullable<MutationResolvers['completeTraining']> = async (_parent, { input }, ctx, info) => {
  const id = idArg(input.enrolmentId, 'input.enrolmentId');
  const completedOn = pastDateArg(input.completedOn, 'input.completedOn');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'completeTraining', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    const training = await enrolmentForUpdate(trx, id);
    if (!training || !(await writableRegion(ctx, info, training.countyCode))) notFound('thing.training');
    if (training.completedOn !== null) throw badInput(t('employment.trainingCompleted'), 'input.enrolmentId');
    if (completedOn < training.startedOn) throw badInput(t('employment.completedBeforeStart'), 'input.completedOn');
    await markCompleted(trx, id, completedOn);
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: training.pid, fields: ['training_enrolment'] }]);
    return { person: { pid: training.pid } };
  });
};
