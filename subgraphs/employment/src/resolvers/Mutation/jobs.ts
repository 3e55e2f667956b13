// Employers registered by officers, and jobs at them recommended to people.
import { writeAudit } from '#platform/audit/audit.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { employerById, type EmployerRecord, insertEmployer } from '../../data/employers.js';
import { insertRecommendation } from '../../data/recommendations.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, countyArg, notFound, pastDateArg, pidArg, textArg, uuidArg, writablePerson, writableRegion } from './write-context.js';

export const registerEmployer: NonNullable<MutationResolvers['registerEmployer']> = async (_parent, { input }, ctx, info) => {
  const name = textArg(input.name, 'input.name', 200);
  const countyCode = await countyArg(ctx, 'Mutation.registerEmployer', input.countyCode, 'input.countyCode');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'registerEmployer', payload: input };
  return idempotent<EmployerRecord>(ctx.db, write, async (trx) => {
    const employer = await insertEmployer(trx, { name, countyCode, kind: input.kind });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: null, fields: ['employer'] }]);
    return employer;
  });
};

export const recommendJob: NonNullable<MutationResolvers['recommendJob']> = async (_parent, { input }, ctx, info) => {
  const pid = pidArg(input.pid);
  const employerId = uuidArg(input.employerId, 'input.employerId');
  const position = textArg(input.position, 'input.position', 100);
  const recommendedOn = pastDateArg(input.recommendedOn, 'input.recommendedOn');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'recommendJob', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    const employer = await employerById(trx, employerId);
    if (!employer || !(await writableRegion(ctx, info, employer.countyCode))) notFound('thing.employer');
    await writablePerson(trx, ctx, pid, info);
    // The recommendation belongs to the employer's county: that is where the job is.
    await insertRecommendation(trx, { pid, employerId, position, recommendedOn, countyCode: employer.countyCode });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid, fields: ['job_recommendation'] }]);
    return { person: { pid } };
  });
};
