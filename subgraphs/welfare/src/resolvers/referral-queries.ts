// Query roots of the referral workflow: overdue referrals, waiting lists, the employment hand-off outbox.
import { callerPrefix, inScope, scopedPrefix } from '#platform/access/region-scope.js';
import { isCountyCode } from '#platform/statistics/division.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { decodeCursor, emptyConnection, type ListCursor, listCursor, pageSize, toConnection } from '#platform/graphql/pagination.js';
import { regionPrefixArg } from '#platform/statistics/region-code.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import type { WelfareContext } from '../context.js';
import { pendingHandoffs } from '../data/handoffs.js';
import { type ClockListFilter, type ListedReferral, listByClock } from '../data/referral-lists.js';
import { DISPATCH_WORKING_DAYS, overdueIfStartedBefore, REVIEW_WORKING_DAYS } from '../domain/deadlines.js';
import type { QueryResolvers, ReferralDeadline } from '../generated/resolvers-types.js';

/** Which cases each deadline watches, and the timestamp its clock runs from. */
const DEADLINES: Record<ReferralDeadline, Pick<ClockListFilter, 'statuses' | 'clock'> & { workingDays: number }> = {
  REGISTRATION: { statuses: ['SUBMITTED'], clock: 'submitted_at', workingDays: REVIEW_WORKING_DAYS },
  DISPATCH: { statuses: ['REGISTERED'], clock: 'registered_at', workingDays: DISPATCH_WORKING_DAYS },
};

/** The clock-ordered lists, by (clock, id): each its own, since each runs on its own clock. */
type ClockCursor = ListCursor<[string, string]>;
const OVERDUE_REFERRALS: ClockCursor = listCursor('welfare.overdueReferrals', 'string', 'string');
const WAITING_LIST: ClockCursor = listCursor('welfare.waitingList', 'string', 'string');

/** Where a page starts: after the (clock, id) of the previous page's last case. */
function listPosition(after: string | null | undefined, kind: ClockCursor): ClockListFilter['after'] {
  if (!after) return null;
  const [clock, id] = decodeCursor(after, kind);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(clock)) {
    throw badInput('after is not a cursor returned by this list', 'after');
  }
  return { clock, id };
}

/** One page of a clock-ordered list, primed into the request's referral loader. */
async function clockPage(
  ctx: WelfareContext,
  kind: ClockCursor,
  filter: Omit<ClockListFilter, 'after' | 'limit'>,
  size: number,
  after: string | null | undefined,
) {
  const rows = await listByClock(ctx.db, ctx.loaders.referralScope, { ...filter, after: listPosition(after, kind), limit: size + 1 });
  for (const row of rows) ctx.loaders.referralById.prime(row.id, row);
  return toConnection(
    rows,
    size,
    kind,
    (row: ListedReferral) => [row.position.clock, row.position.id],
    (row) => row,
  );
}

export const referralQueries: Pick<QueryResolvers, 'overdueReferrals' | 'waitingList' | 'pendingEmploymentHandoffs'> = {
  overdueReferrals(_parent, { regionCode, deadline, first, after }, ctx) {
    const size = pageSize(first);
    // A region outside the caller's holds nothing for them, as the referrals list does.
    const countyPrefix = scopedPrefix(ctx.caller, regionPrefixArg(regionCode));
    if (countyPrefix === null) return emptyConnection();
    const { workingDays, ...watched } = DEADLINES[deadline];
    return clockPage(ctx, OVERDUE_REFERRALS, { ...watched, countyPrefix, startedBefore: overdueIfStartedBefore(chinaToday(), workingDays) }, size, after);
  },

  waitingList(_parent, { countyCode, first, after }, ctx) {
    if (!/^\d{6}$/.test(countyCode) || !isCountyCode(countyCode)) throw badInput('countyCode must be a county-level GB/T 2260 division', 'countyCode');
    if (!inScope(ctx.caller, countyCode)) throw graphError(ErrorCode.FORBIDDEN, 'countyCode is outside the region of your role', { argument: 'countyCode' });
    return clockPage(ctx, WAITING_LIST, { statuses: ['REGISTERED', 'WAITLISTED'], clock: 'registered_at', countyPrefix: countyCode }, pageSize(first), after);
  },

  pendingEmploymentHandoffs: (_parent, { first }, ctx) => pendingHandoffs(ctx.db, callerPrefix(ctx.caller), pageSize(first, 100)),
};
