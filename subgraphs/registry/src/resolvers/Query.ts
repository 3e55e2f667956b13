// Query roots of the registry: one person, and the patients of a division.
import { badInput } from '#platform/graphql/errors.js';
import { decodeCursor, emptyConnection, listCursor, pageSize, toConnection } from '#platform/graphql/pagination.js';
import { isPid } from '#platform/identity/pid.js';
import { regionPrefixArg } from '#platform/statistics/region-code.js';
import { scopedPrefix } from '#platform/access/region-scope.js';
import { grantsForReview } from '../data/break-glass.js';
import { overdueFollowUps } from '../data/overdue.js';
import { listPatients } from '../data/patients.js';
import { isCountyCode } from '#platform/statistics/division.js';
import { ErrorCode, graphError } from '#platform/graphql/errors.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { t } from '#platform/i18n/request-language.js';

/** Overdue patients by (due date, pid); patients by pid. */
const OVERDUE_FOLLOW_UPS = listCursor('registry.overdueFollowUps', 'string', 'string');
const PATIENTS = listCursor('registry.patients', 'string');

export function pidArg(pid: string): string {
  if (!isPid(pid)) throw badInput(t('input.pid', { argument: 'pid' }), 'pid');
  return pid;
}

export const Query: QueryResolvers = {
  async person(_parent, args, ctx) {
    const pid = pidArg(args.pid);
    // Unknown, or outside the caller's scope: a person does not exist, as far as the answer tells.
    return (await ctx.access.allows('Query.person', { pid })) ? { pid } : null;
  },

  auditTrail: (_parent, { pid }) => ({ pid: pidArg(pid) }),

  readerTrail(_parent, { subject }) {
    if (subject.length === 0 || subject.length > 128) throw badInput(t('input.subject', { argument: 'subject' }), 'subject');
    return { subject };
  },

  breakGlassReviews: (_parent, { reviewed }, ctx) => grantsForReview(ctx.db, reviewed ?? false),

  async overdueFollowUps(_parent, { countyCode, asOf, first, after }, ctx) {
    if (!isCountyCode(countyCode)) throw badInput(t('input.county', { argument: 'countyCode' }), 'countyCode');
    if (!(await ctx.access.allows('Query.overdueFollowUps', { regionCode: countyCode })))
      throw graphError(ErrorCode.FORBIDDEN, t('input.outsideRegion', { argument: 'countyCode' }));
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after, OVERDUE_FOLLOW_UPS, ctx.caller) : null;
    const rows = await overdueFollowUps(ctx.db, countyCode, asOf ?? chinaToday(), cursor ? { dueOn: cursor[0], pid: cursor[1] } : null, size + 1);
    const today = asOf ?? chinaToday();
    return toConnection(
      rows,
      size,
      OVERDUE_FOLLOW_UPS,
      ctx.caller,
      (row) => [row.dueOn, row.pid],
      (row) => ({
        ...row,
        daysOverdue: Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${row.dueOn}T00:00:00Z`)) / 86_400_000),
      }),
    );
  },

  async patients(_parent, { filter, first, after }, ctx) {
    const size = pageSize(first);
    const countyPrefix = scopedPrefix(ctx.caller, regionPrefixArg(filter.regionCode, 'filter.regionCode'));
    if (countyPrefix === null) return emptyConnection();
    if (filter.minRiskLevel !== null && filter.minRiskLevel !== undefined && (filter.minRiskLevel < 0 || filter.minRiskLevel > 5)) {
      throw badInput(t('registry.minRiskLevel'), 'filter.minRiskLevel');
    }
    // Cursors carry the last pid, sealed.
    const [afterPid] = after ? decodeCursor(after, PATIENTS, ctx.caller) : [null];
    const rows = await listPatients(ctx.db, {
      countyPrefix,
      diagnosis: filter.diagnosis,
      minRiskLevel: filter.minRiskLevel,
      managementStatus: filter.managementStatus,
      afterPid,
      limit: size + 1,
    });
    // The page's records are primed into the loader so that `registry` on each node costs nothing.
    for (const row of rows) ctx.loaders.patientByPid.prime(row.pid, row);
    return toConnection(
      rows,
      size,
      PATIENTS,
      ctx.caller,
      (row): [string] => [row.pid],
      (row) => ({ pid: row.pid }),
    );
  },
};
