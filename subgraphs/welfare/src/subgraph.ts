// The welfare subgraph as a definition the shared bootstrap can serve (and tests can start).
import type { SubgraphDefinition } from '#platform/server/server.js';
import { createWelfareLoaders, type WelfareLoaders } from './data/loaders.js';
import { resolvers } from './resolvers/index.js';
import { welfarePolicies } from './access.js';
import { startReferralImporter } from './referral-importer.js';
import type { WelfareSettings } from './settings.js';
import { DEFAULT_ASSESSMENT_INTERVAL_MONTHS } from './domain/assessment-schedule.js';
import { createLogger } from '#platform/server/logger.js';
import { syncWorkingDayCalendar } from '#platform/calendar/working-day-table.js';

export const welfareSubgraph: SubgraphDefinition<WelfareLoaders, WelfareSettings> = {
  name: 'welfare',
  resolvers,
  // In-process (tests) the importer is off; the process reads its settings (server.ts).
  settings: { importer: null, periodicAssessmentIntervalMonths: DEFAULT_ASSESSMENT_INTERVAL_MONTHS },
  startWorkers: (db, settings) =>
    settings.importer ? startReferralImporter(db, { ...settings.importer, batchSize: 100, logger: createLogger('welfare') }) : { stop: async () => undefined },
  // The SQL indicators count working days in working_day_calendar: in step with the holiday data this process loaded.
  prepareDatabase: async (db) => {
    await syncWorkingDayCalendar(db);
  },
  createLoaders: createWelfareLoaders,
  policies: welfarePolicies,
};
