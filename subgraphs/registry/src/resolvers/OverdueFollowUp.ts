// A patient overdue for follow-up: the person is a reference; the registry record resolves through the access rules.
import type { OverdueFollowUpResolvers } from '../generated/resolvers-types.js';

export const OverdueFollowUp: OverdueFollowUpResolvers = {
  person: (row) => ({ pid: row.pid }),
  daysOverdue: (row) => row.daysOverdue ?? 0,
};
