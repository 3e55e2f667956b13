// Query roots of the welfare subgraph: referrals, institutions, divisions.
import { badInput, ErrorCode, graphError } from '#platform/graphql/errors.js';
import { decodeCursor, listCursor, pageSize, toConnection } from '#platform/graphql/pagination.js';
import { regionPrefixArg } from '#platform/statistics/region-code.js';
import { listInstitutions } from '../data/institutions.js';
import { listReferrals } from '../data/referrals.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { indicatorSeriesArg, indicatorsKeyArg } from './RehabIndicators.js';
import { institutionQueries } from './institution-queries.js';
import { referralQueries } from './referral-queries.js';
import { t } from '#platform/i18n/request-language.js';

/** A day in China Standard Time as the instant it starts. */
const startOfChinaDay = (date: string) => new Date(`${date}T00:00:00+08:00`);

/** Referrals by (submission in ms, id), newest first; institutions by id. */
const REFERRALS = listCursor('welfare.referrals', 'number', 'string');
const INSTITUTIONS = listCursor('welfare.rehabInstitutions', 'string');

/** A region outside the caller's: the root field says so (an indicator of no region would be an error too). */
const outsideRegion = () => graphError(ErrorCode.FORBIDDEN, t('input.outsideRegion', { argument: 'regionCode' }), { argument: 'regionCode' });

export const Query: QueryResolvers = {
  ...referralQueries,
  ...institutionQueries,
  referral: (_parent, { id }, ctx) => ctx.loaders.referralById.load(id),

  async referrals(_parent, { filter, first, after }, ctx) {
    const size = pageSize(first);
    const countyPrefix = regionPrefixArg(filter.regionCode, 'filter.regionCode');
    const cursor = after ? decodeCursor(after, REFERRALS, ctx.caller) : null;
    const rows = await listReferrals(ctx.db, ctx.loaders.referralScope, {
      countyPrefix,
      status: filter.status,
      channel: filter.channel,
      submittedSince: filter.submittedSince ? startOfChinaDay(filter.submittedSince) : null,
      before: cursor ? { submittedAt: new Date(cursor[0]), id: cursor[1] } : null,
      limit: size + 1,
    });
    for (const row of rows) ctx.loaders.referralById.prime(row.id, row);
    return toConnection(
      rows,
      size,
      REFERRALS,
      ctx.caller,
      (row) => [row.submittedAt.getTime(), row.id],
      (row) => row,
    );
  },

  async rehabInstitutions(_parent, { regionCode, first, after }, ctx) {
    const size = pageSize(first);
    const countyPrefix = regionPrefixArg(regionCode);
    const [afterId] = after ? decodeCursor(after, INSTITUTIONS, ctx.caller) : [null];
    const rows = await listInstitutions(ctx.db, { countyPrefix, afterId, limit: size + 1 });
    return toConnection(
      rows,
      size,
      INSTITUTIONS,
      ctx.caller,
      (row) => [row.id],
      (row) => row,
    );
  },

  region(_parent, { code }, ctx) {
    if (!/^\d{6}$/.test(code)) throw badInput(t('input.regionCodeShape', { argument: 'code' }), 'code');
    return ctx.loaders.divisionByCode.load(code);
  },

  async rehabIndicators(_parent, { regionCode, year, period }, ctx) {
    const key = indicatorsKeyArg(regionCode, year, period);
    await ctx.access.require('Query.rehabIndicators', { regionCode }, outsideRegion);
    return key;
  },

  async rehabIndicatorSeries(_parent, { regionCode, from, to, granularity }, ctx) {
    const series = indicatorSeriesArg(regionCode, from, to, granularity);
    await ctx.access.require('Query.rehabIndicatorSeries', { regionCode }, outsideRegion);
    return series;
  },
};
