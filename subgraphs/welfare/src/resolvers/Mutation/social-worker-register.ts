// Mutation.addSocialWorker: registers a social worker of a county, once per token subject.
import { randomUUID } from 'node:crypto';
import { writeAudit } from '#platform/audit/audit.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { insertSocialWorker, type SocialWorkerRecord } from '../../data/social-workers.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf, countyInRegionArg, idempotentWrite } from './institution-write-context.js';
import { t } from '#platform/i18n/request-language.js';

/** A token subject as the tokens carry it (claims `sub`, at most 128 characters). */
function subjectArg(value: string): string {
  if (value.length === 0 || value.length > 128 || value.trim() !== value) throw badInput(t('welfare.subject'), 'input.subject');
  return value;
}

export const addSocialWorker: NonNullable<MutationResolvers['addSocialWorker']> = async (_parent, { input }, ctx, info) => {
  const countyCode = await countyInRegionArg(ctx, 'Mutation.addSocialWorker', input.countyCode, 'input.countyCode');
  const subject = subjectArg(input.subject);
  return idempotent(ctx.db, idempotentWrite(ctx, 'addSocialWorker', input), async (trx): Promise<SocialWorkerRecord> => {
    const worker: SocialWorkerRecord = { id: randomUUID(), countyCode, subject, qualified: input.qualified };
    if (!(await insertSocialWorker(trx, worker)))
      throw graphError(ErrorCode.ALREADY_EXISTS, t('welfare.socialWorkerRegistered'), { argument: 'input.subject' });
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: null, fields: ['social_worker'] }]);
    return worker;
  });
};
