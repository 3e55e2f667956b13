// Query roots of civil affairs' registers: one institution, social workers.
import { scopedPrefix } from '#platform/access/region-scope.js';
import { decodeCursor, emptyConnection, listCursor, pageSize, toConnection } from '#platform/graphql/pagination.js';
import { regionPrefixArg } from '#platform/statistics/region-code.js';
import { listSocialWorkers } from '../data/social-workers.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

/** Social workers by id. */
const SOCIAL_WORKERS = listCursor('welfare.socialWorkers', 'string');

export const institutionQueries: Pick<QueryResolvers, 'rehabInstitution' | 'socialWorkers'> = {
  // Institutions are public registers: any authenticated caller may read one, wherever it is.
  rehabInstitution: (_parent, { id }, ctx) => ctx.loaders.institutionById.load(id),

  async socialWorkers(_parent, { regionCode, first, after }, ctx) {
    const size = pageSize(first);
    // Any division matches every county below it, narrowed to the caller's region; outside it the list is empty.
    const countyPrefix = scopedPrefix(ctx.caller, regionPrefixArg(regionCode));
    const [afterId] = after ? decodeCursor(after, SOCIAL_WORKERS, ctx.caller) : [null];
    if (countyPrefix === null) return emptyConnection();
    const rows = await listSocialWorkers(ctx.db, { countyPrefix, afterId, limit: size + 1 });
    return toConnection(
      rows,
      size,
      SOCIAL_WORKERS,
      ctx.caller,
      (row) => [row.id],
      (row) => row,
    );
  },
};
