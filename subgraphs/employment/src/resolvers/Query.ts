// Query roots of the employment subgraph: a region's referrals, people waiting for work, placements ending, courses and employers.
import { scopedPrefix } from '#platform/access/region-scope.js';
import { badInput } from '#platform/graphql/errors.js';
import { type CursorOwner, decodeCursor, emptyConnection, type ListCursor, listCursor, pageSize, toConnection } from '#platform/graphql/pagination.js';
import { regionPrefixArg } from '#platform/statistics/region-code.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import type { EmploymentContext } from '../context.js';
import { listEmployers } from '../data/employers.js';
import { listPlacementsEndingSoon } from '../data/placements.js';
import { listReferrals, listReferredNotPlaced } from '../data/referrals.js';
import { listCourses } from '../data/training.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { t } from '#platform/i18n/request-language.js';

const MAX_WITHIN_DAYS = 365;

/** The part of the asked region the caller may see, as a county prefix; null when none of it. */
function visiblePrefix(ctx: EmploymentContext, regionCode: string): string | null {
  return scopedPrefix(ctx.caller, regionPrefixArg(regionCode));
}

/** Each list's cursor: referral lists by (microseconds, uuid), placements by (end date, id), courses and employers by id. */
const EMPLOYMENT_REFERRALS = listCursor('employment.employmentReferrals', 'number', 'string');
const REFERRED_NOT_PLACED = listCursor('employment.referredNotPlaced', 'number', 'string');
const PLACEMENTS_ENDING = listCursor('employment.placementsEndingSoon', 'string', 'number');
const TRAINING_COURSES = listCursor('employment.trainingCourses', 'string');
const EMPLOYERS = listCursor('employment.employers', 'string');

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A cursor of [microseconds, uuid], as the referral lists write them. */
function timedCursor(after: string | null | undefined, kind: ListCursor<[number, string]>, owner: CursorOwner): { micros: number; id: string } | null {
  if (!after) return null;
  const [micros, id] = decodeCursor(after, kind, owner);
  return { micros, id };
}

function idCursor(after: string | null | undefined, kind: ListCursor<[string]>, owner: CursorOwner): string | null {
  return after ? decodeCursor(after, kind, owner)[0] : null;
}

export const Query: QueryResolvers = {
  async employmentReferrals(_parent, { regionCode, status, first, after }, ctx) {
    const size = pageSize(first);
    const countyPrefix = visiblePrefix(ctx, regionCode);
    if (countyPrefix === null) return emptyConnection();
    const cursor = timedCursor(after, EMPLOYMENT_REFERRALS, ctx.caller);
    const rows = await listReferrals(ctx.db, {
      countyPrefix,
      status: status ?? 'RECEIVED',
      after: cursor && { receivedMicros: cursor.micros, id: cursor.id },
      limit: size + 1,
    });
    return toConnection(
      rows,
      size,
      EMPLOYMENT_REFERRALS,
      ctx.caller,
      (row) => [row.positionMicros, row.id],
      (row) => row,
    );
  },

  async referredNotPlaced(_parent, { regionCode, first, after }, ctx) {
    const size = pageSize(first);
    const countyPrefix = visiblePrefix(ctx, regionCode);
    if (countyPrefix === null) return emptyConnection();
    const cursor = timedCursor(after, REFERRED_NOT_PLACED, ctx.caller);
    const rows = await listReferredNotPlaced(ctx.db, { countyPrefix, after: cursor && { answeredMicros: cursor.micros, id: cursor.id }, limit: size + 1 });
    return toConnection(
      rows,
      size,
      REFERRED_NOT_PLACED,
      ctx.caller,
      (row) => [row.positionMicros, row.id],
      (row) => row,
    );
  },

  async placementsEndingSoon(_parent, { regionCode, withinDays, first, after }, ctx) {
    const days = withinDays ?? 30;
    if (!Number.isInteger(days) || days < 1 || days > MAX_WITHIN_DAYS) throw badInput(t('employment.withinDays', { max: MAX_WITHIN_DAYS }), 'withinDays');
    const size = pageSize(first);
    const countyPrefix = visiblePrefix(ctx, regionCode);
    if (countyPrefix === null) return emptyConnection();
    const today = chinaToday();
    const [endedOn, id] = after ? decodeCursor(after, PLACEMENTS_ENDING, ctx.caller) : [null, null];
    const rows = await listPlacementsEndingSoon(ctx.db, {
      countyPrefix,
      from: today,
      to: addDays(today, days),
      after: endedOn === null ? null : { endedOn, id },
      limit: size + 1,
    });
    return toConnection(
      rows,
      size,
      PLACEMENTS_ENDING,
      ctx.caller,
      (row) => [row.endedOn!, Number(row.id)],
      (row) => row,
    );
  },

  async trainingCourses(_parent, { regionCode, first, after }, ctx) {
    const size = pageSize(first);
    const countyPrefix = visiblePrefix(ctx, regionCode);
    if (countyPrefix === null) return emptyConnection();
    const rows = await listCourses(ctx.db, { countyPrefix, afterId: idCursor(after, TRAINING_COURSES, ctx.caller), limit: size + 1 });
    return toConnection(
      rows,
      size,
      TRAINING_COURSES,
      ctx.caller,
      (row) => [row.id],
      (row) => row,
    );
  },

  async employers(_parent, { regionCode, first, after }, ctx) {
    const size = pageSize(first);
    const countyPrefix = visiblePrefix(ctx, regionCode);
    if (countyPrefix === null) return emptyConnection();
    const rows = await listEmployers(ctx.db, { countyPrefix, afterId: idCursor(after, EMPLOYERS, ctx.caller), limit: size + 1 });
    return toConnection(
      rows,
      size,
      EMPLOYERS,
      ctx.caller,
      (row) => [row.id],
      (row) => row,
    );
  },
};
