// The welfare subgraph as a definition the shared bootstrap can serve (and tests can start).
import type { SubgraphDefinition } from '#platform/server/server.js';
import { createWelfareLoaders, type WelfareLoaders } from './data/loaders.js';
import { resolvers } from './resolvers/index.js';
import { welfarePolicy } from './access-policy.js';
import { handoffHandlers } from './employment-handoff-relay.js';
import { greenChannelHandlers } from './green-channel-relay.js';
import { uploadCaseHandlers } from './upload-case-relay.js';
import { caseHoldingHandlers } from './case-holding-relay.js';
import { sharingRevocationHandlers } from './sharing-revocation-relay.js';
import { startOutboxRelay } from '#platform/outbox/relay.js';
import type { WelfareSettings } from './settings.js';
import { DEFAULT_ASSESSMENT_INTERVAL_MONTHS } from './domain/assessment-schedule.js';
import { createLogger } from '#platform/server/logger.js';
import { syncWorkingDayCalendar } from '#platform/calendar/working-day-table.js';
import { rebuildStatistics } from '#platform/statistics/maintained.js';
import { WELFARE_STATISTICS } from './data/statistics.js';

export const welfareSubgraph: SubgraphDefinition<WelfareLoaders, WelfareSettings> = {
  name: 'welfare',
  resolvers,
  // In-process (tests) the relay is off; the process reads its settings (server.ts).
  settings: { relay: null, registry: null, periodicAssessmentIntervalMonths: DEFAULT_ASSESSMENT_INTERVAL_MONTHS },
  startWorkers: (db, settings, { metrics }) =>
    settings.relay
      ? startOutboxRelay(
          db,
          {
            ...handoffHandlers(db, settings.relay.peer),
            ...sharingRevocationHandlers(db, settings.relay.peer),
            ...(settings.registry
              ? { ...greenChannelHandlers(db, settings.registry), ...uploadCaseHandlers(db, settings.registry), ...caseHoldingHandlers(db, settings.registry) }
              : {}),
          },
          settings.relay,
          { metrics, logger: createLogger('welfare') },
        )
      : { stop: async () => undefined },
  // The SQL indicators count working days in working_day_calendar: in step with the holiday data this process loaded,
  // and the deadlines the maintained statistics hold counted again when it changed.
  prepareDatabase: async (db) => {
    if (await syncWorkingDayCalendar(db)) await rebuildStatistics(db, WELFARE_STATISTICS);
  },
  createLoaders: createWelfareLoaders,
  policy: welfarePolicy,
};
