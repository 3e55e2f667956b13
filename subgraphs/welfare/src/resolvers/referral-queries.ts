// Query roots of the referral workflow: overdue referrals, waiting lists, the employment hand-off outbox.
import { scopedPrefix } from '#platform/access/region-scope.js';
import { isCountyCode } from '#platform/statistics/division.js';
import { derivePid } from '#platform/identity/pid.js';
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { type CursorOwner, decodeCursor, emptyConnection, type ListCursor, listCursor, pageSize, toConnection } from '#platform/graphql/pagination.js';
import { regionPrefixArg } from '#platform/statistics/region-code.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import type { WelfareContext } from '../context.js';
import { type ClockListFilter, type ListedReferral, listByClock } from '../data/referral-lists.js';
import { freePlacesInCounty, queueHead, queueLength } from '../data/waiting-queue.js';
import { overdueAssessments } from '../data/assessment-lists.js';
import { DISPATCH_WORKING_DAYS, overdueIfStartedBefore, REVIEW_WORKING_DAYS } from '../domain/deadlines.js';
import { dispatchableNow, QUEUE_STATUSES } from '../domain/waiting-queue.js';
import type { QueryResolvers, ReferralDeadline } from '../generated/resolvers-types.js';
import { t } from '#platform/i18n/request-language.js';

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
function listPosition(after: string | null | undefined, kind: ClockCursor, owner: CursorOwner): ClockListFilter['after'] {
  if (!after) return null;
  const [clock, id] = decodeCursor(after, kind, owner);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(clock)) {
    throw badInput(t('input.cursor'), 'after');
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
  const rows = await listByClock(ctx.db, ctx.loaders.referralScope, { ...filter, after: listPosition(after, kind, ctx.caller), limit: size + 1 });
  for (const row of rows) ctx.loaders.referralById.prime(row.id, row);
  return toConnection(
    rows,
    size,
    kind,
    ctx.caller,
    (row: ListedReferral) => [row.position.clock, row.position.id],
    (row) => row,
  );
}

/** A county-level code where the list's policy entry (`coordinate`) lets the caller read: BAD_USER_INPUT otherwise, FORBIDDEN outside it. */
async function countyArg(ctx: WelfareContext, coordinate: string, countyCode: string): Promise<string> {
  if (!/^\d{6}$/.test(countyCode) || !isCountyCode(countyCode)) throw badInput(t('input.county', { argument: 'countyCode' }), 'countyCode');
  if (!(await ctx.access.allows(coordinate, { regionCode: countyCode })))
    throw graphError(ErrorCode.FORBIDDEN, t('input.outsideRegion', { argument: 'countyCode' }), { argument: 'countyCode' });
  return countyCode;
}

/** The overdue assessments, by (due day, id). */
const OVERDUE_ASSESSMENTS: ListCursor<[string, string]> = listCursor('welfare.overdueAssessments', 'string', 'string');

/** Where a page of overdue assessments starts: after the (due day, id) of the previous page's last case. */
function duePosition(after: string | null | undefined, owner: CursorOwner): { dueOn: string; id: string } | null {
  if (!after) return null;
  const [dueOn, id] = decodeCursor(after, OVERDUE_ASSESSMENTS, owner);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueOn)) throw badInput(t('input.cursor'), 'after');
  return { dueOn, id };
}

export const referralQueries: Pick<QueryResolvers, 'overdueReferrals' | 'overdueAssessments' | 'waitingList' | 'nextInLine' | 'referralsByCitizenId'> = {
  /**
   * Issue 16: a person's cases found by citizen ID (validated by the CitizenId scalar), through the
   * pid the registry derives too. The caller's scope applies in SQL, so a person with cases only
   * elsewhere, and one nobody knows, both answer an empty list; no other agency is asked.
   */
  referralsByCitizenId: (_parent, { citizenId }, ctx) => ctx.loaders.referralsByPid.load(derivePid(citizenId, ctx.linkageKey)),

  async overdueAssessments(_parent, { regionCode, first, after }, ctx) {
    const size = pageSize(first);
    const countyPrefix = scopedPrefix(ctx.caller, regionPrefixArg(regionCode));
    if (countyPrefix === null) return emptyConnection();
    const rows = await overdueAssessments(ctx.db, ctx.loaders.referralScope, {
      countyPrefix,
      today: chinaToday(),
      intervalMonths: ctx.settings.periodicAssessmentIntervalMonths,
      after: duePosition(after, ctx.caller),
      limit: size + 1,
    });
    for (const row of rows) ctx.loaders.referralById.prime(row.id, row);
    return toConnection(
      rows,
      size,
      OVERDUE_ASSESSMENTS,
      ctx.caller,
      (row) => [row.dueOn, row.id],
      (row) => row,
    );
  },

  overdueReferrals(_parent, { regionCode, deadline, first, after }, ctx) {
    const size = pageSize(first);
    // A region outside the caller's holds nothing for them, as the referrals list does.
    const countyPrefix = scopedPrefix(ctx.caller, regionPrefixArg(regionCode));
    if (countyPrefix === null) return emptyConnection();
    const { workingDays, ...watched } = DEADLINES[deadline];
    const startedBefore = overdueIfStartedBefore(chinaToday(), workingDays);
    // A case a re-review sent back for review is late only once its renewed deadline has passed.
    const notSentBackSince = deadline === 'REGISTRATION' ? startedBefore : null;
    return clockPage(ctx, OVERDUE_REFERRALS, { ...watched, countyPrefix, startedBefore, notSentBackSince }, size, after);
  },

  async waitingList(_parent, { countyCode, first, after }, ctx) {
    const county = await countyArg(ctx, 'Query.waitingList', countyCode);
    return clockPage(ctx, WAITING_LIST, { statuses: QUEUE_STATUSES, clock: 'registered_at', countyPrefix: county }, pageSize(first), after);
  },

  /** The head of the county's queue that its free places can take now: a place freed by a closure or a transfer shows up here at once. */
  async nextInLine(_parent, { countyCode }, ctx) {
    const county = await countyArg(ctx, 'Query.nextInLine', countyCode);
    const [freePlaces, waiting] = await Promise.all([freePlacesInCounty(ctx.db, county), queueLength(ctx.db, county)]);
    const referrals = await queueHead(ctx.db, county, dispatchableNow(freePlaces, waiting));
    for (const referral of referrals) ctx.loaders.referralById.prime(referral.id, referral);
    return { countyCode: county, freePlaces, waiting, referrals };
  },
};
