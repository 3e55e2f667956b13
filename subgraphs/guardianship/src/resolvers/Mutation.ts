// Mutation.recordGuardianshipEntry: checked input, one transaction with its audit row, idempotent under the caller's key.
import { writeAudit } from '../../../shared/src/audit.js';
import { clientOperationName } from '../../../shared/src/audit-plugin.js';
import { inScope } from '../../../shared/src/auth/region-scope.js';
import { isCountyCode } from '../../../shared/src/division.js';
import { badInput, ErrorCode, graphError } from '../../../shared/src/errors.js';
import { idempotent } from '../../../shared/src/idempotency.js';
import { isPid } from '../../../shared/src/pid.js';
import { chinaToday } from '../../../shared/src/scalars.js';
import { insertEntry } from '../data/entries.js';
import { parseEntryKind } from '../domain/entry-kind.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';

export const recordGuardianshipEntry: NonNullable<MutationResolvers['recordGuardianshipEntry']> = async (_parent, { input }, ctx, info) => {
  if (!isPid(input.pid)) throw badInput('input.pid must be 32 base32 characters (a-z, 2-7)', 'input.pid');
  const kind = parseEntryKind(input.kind);
  if (!kind.ok) throw badInput(`input.kind ${kind.problem}`, 'input.kind');
  if (input.recordedOn > chinaToday()) throw badInput('input.recordedOn must not be in the future', 'input.recordedOn');
  if (!isCountyCode(input.countyCode)) throw badInput('input.countyCode must be a county-level GB/T 2260 division', 'input.countyCode');
  if (!inScope(ctx.caller, input.countyCode)) throw graphError(ErrorCode.FORBIDDEN, 'input.countyCode is outside the region of your role');
  const write = { subject: ctx.caller.subject, key: input.idempotencyKey, operation: 'recordGuardianshipEntry', payload: input };
  return idempotent(ctx.db, write, async (trx) => {
    const entry = await insertEntry(trx, { pid: input.pid, kind: kind.kind, recordedOn: input.recordedOn, countyCode: input.countyCode });
    await writeAudit(trx, { requestId: ctx.requestId, caller: ctx.caller, operationName: clientOperationName(info.operation.name?.value) }, [
      { action: 'WRITE', pid: input.pid, fields: ['guardianship_entry'] },
    ]);
    return entry;
  });
};
