// The registry record of one patient: its nested lists load in batches across records.
import { connectionOf, decodeCursor, pageSize } from '../../../shared/src/pagination.js';
import type { RegistryRecordResolvers } from '../generated/resolvers-types.js';

export const RegistryRecord: RegistryRecordResolvers = {
  regionCode: (record) => record.countyCode,
  async followUps(record, { first, after }, ctx) {
    const limit = pageSize(first, 20);
    const cursor = after ? decodeCursor(after, 2) : null;
    const page = await ctx.loaders
      .followUpPageByPid({ limit, after: cursor ? { date: String(cursor[0]), id: Number(cursor[1]) } : null })
      .load(record.pid);
    return connectionOf(page.rows, page.hasMore, (row) => [row.date, row.id], (row) => row);
  },
  hospitalizations: (record, _args, ctx) => ctx.loaders.hospitalizationsByPid.load(record.pid),
};
