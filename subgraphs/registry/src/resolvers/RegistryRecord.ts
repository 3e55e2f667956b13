// The registry record of one patient: its nested lists load in batches across records.
import { connectionOf, decodeCursor, listCursor, pageSize } from '#platform/graphql/pagination.js';
import { badInput } from '#platform/graphql/errors.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { ageBand } from '../domain/age-band.js';
import { dischargeInfoDueOn, isDischargeInfoOverdue } from '../domain/discharge-rules.js';
import { isFollowUpOverdue } from '../domain/follow-up-rules.js';
import type { HospitalizationResolvers, RegistryRecordResolvers } from '../generated/resolvers-types.js';
import { t } from '#platform/i18n/request-language.js';

/** A record's follow-ups by (date, id). */
const FOLLOW_UPS = listCursor('registry.followUps', 'string', 'number');

export const RegistryRecord: RegistryRecordResolvers = {
  regionCode: (record) => record.countyCode,
  ageBand: (record) => ageBand(record.birthDate, chinaToday()),
  async followUps(record, { first, after }, ctx) {
    const limit = pageSize(first, 20);
    const cursor = after ? decodeCursor(after, FOLLOW_UPS, ctx.caller) : null;
    const page = await ctx.loaders.followUpPageByPid({ limit, after: cursor ? { date: cursor[0], id: cursor[1] } : null }).load(record.pid);
    return connectionOf(
      page.rows,
      page.hasMore,
      FOLLOW_UPS,
      ctx.caller,
      (row) => [row.date, row.id],
      (row) => row,
    );
  },
  hospitalizations: (record, _args, ctx) => ctx.loaders.hospitalizationsByPid.load(record.pid),
  riskHistory: (record, _args, ctx) => ctx.loaders.riskHistoryByPid.load(record.pid),
  relapses: (record, _args, ctx) => ctx.loaders.relapsesByPid.load(record.pid),
  consents: (record, _args, ctx) => ctx.loaders.consentsByPid.load(record.pid),
  referralUploads: (record, _args, ctx) => ctx.loaders.referralUploadsByPid.load(record.pid),
  nextFollowUpDue: async (record, _args, ctx) => (await ctx.loaders.latestFollowUpByPid.load(record.pid))?.nextDueOn ?? null,
  async followUpOverdue(record, _args, ctx) {
    if (record.managementStatus !== 'ACTIVE') return false;
    const latest = await ctx.loaders.latestFollowUpByPid.load(record.pid);
    return isFollowUpOverdue(latest?.nextDueOn ?? record.registeredOn, chinaToday());
  },
  followUpsInYear(record, { year }, ctx) {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput(t('input.year'), 'year');
    return ctx.loaders.followUpCountInYear(year).load(record.pid);
  },
};

export const Hospitalization: HospitalizationResolvers = {
  id: (stay) => String(stay.id),
  dischargeInformationDueOn: (stay) => (stay.dischargedOn ? dischargeInfoDueOn(stay.dischargedOn) : null),
  dischargeInformationOverdue: (stay) =>
    stay.dischargedOn !== null && isDischargeInfoOverdue(stay.dischargedOn, stay.dischargeAssessment?.assessedOn ?? null, chinaToday()),
};
