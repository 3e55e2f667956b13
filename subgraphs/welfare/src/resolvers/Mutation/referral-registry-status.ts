// The registry's notice of a person's management status, as its outbox relay delivers it (SERVICE only, by the SDL).
import { badInput } from '#platform/graphql/errors.js';
import { isPid } from '#platform/identity/pid.js';
import { crashIfArmed } from '#platform/outbox/crash-points.js';
import { isCountyCode } from '#platform/statistics/division.js';
import { receiveStatusNotice } from '../../data/registry-status.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { auditRequestOf } from './institution-write-context.js';
import { t } from '#platform/i18n/request-language.js';

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

const CHANGE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A death closes the person's open cases (reason DECEASED), a move to a county moves them there; the same notice again changes nothing. */
export const receiveRegistryStatus: Resolver<'receiveRegistryStatus'> = async (_parent, { input }, ctx, info) => {
  if (!CHANGE_ID.test(input.changeId)) throw badInput(t('welfare.notStatusChangeId'), 'input.changeId');
  if (!isPid(input.pid)) throw badInput(t('input.pid', { argument: 'input.pid' }), 'input.pid');
  const movedTo = input.movedToCountyCode ?? null;
  if (movedTo !== null && (input.status !== 'MOVED_OUT' || !isCountyCode(movedTo))) {
    throw badInput(t('welfare.movedToCounty'), 'input.movedToCountyCode');
  }
  const receipt = await ctx.db.transaction((trx) =>
    receiveStatusNotice(
      trx,
      { changeId: input.changeId, pid: input.pid, status: input.status, since: input.since, movedToCountyCode: movedTo },
      auditRequestOf(ctx, info),
    ),
  );
  crashIfArmed('received', true);
  return receipt;
};
