// The welfare platform's own settings: its outbox relay, which delivers employment hand-offs to the disability federation and green-channel relapses to the registry, and the assessment schedule.
import { z } from 'zod';
import type { AgencyEndpoint } from '#platform/agency-calls/agency-client.js';
import { readConfig, variable } from '#platform/config/config.js';
import { serviceTokenSource } from '#platform/identity/service-token.js';
import { type RelaySettings, readRelaySettings, relayVariables } from '#platform/outbox/outbox-settings.js';
import { dataDir } from '#platform/server/paths.js';
import { subgraphUrlVariable } from '#platform/server/subgraph-config.js';
import { DEFAULT_ASSESSMENT_INTERVAL_MONTHS } from './domain/assessment-schedule.js';

const scheduleVariables = {
  periodicAssessmentIntervalMonths: variable(
    'PERIODIC_ASSESSMENT_INTERVAL_MONTHS',
    'Months between periodic assessments of a case in service (Referral.periodicAssessmentDueOn)',
    z.coerce.number().int().min(1).max(24).default(DEFAULT_ASSESSMENT_INTERVAL_MONTHS),
    String(DEFAULT_ASSESSMENT_INTERVAL_MONTHS),
  ),
};

// The same relay also tells the registry of green-channel referrals (its SERVICE mutation receiveGreenChannelRelapse).
const registryVariables = { registryUrl: subgraphUrlVariable('registry') };

export const welfareVariables = { ...relayVariables('employment'), ...registryVariables, ...scheduleVariables };

export interface WelfareSettings {
  /** Null: no relay (tests in-process deliver by calling its rounds). */
  relay: RelaySettings | null;
  /** The registry, where the relay sends green-channel relapses; null with the relay. */
  registry: AgencyEndpoint | null;
  /** Months between periodic assessments of a case in service. */
  periodicAssessmentIntervalMonths: number;
}

export function readWelfareSettings(env: NodeJS.ProcessEnv = process.env): WelfareSettings {
  const { periodicAssessmentIntervalMonths, registryUrl } = readConfig({ ...scheduleVariables, ...registryVariables }, env);
  return {
    relay: readRelaySettings('welfare', 'employment', 'EMPLOYMENT', env),
    registry: { agency: 'registry', url: registryUrl, token: serviceTokenSource('welfare', 'REFERRAL', dataDir(env), env) },
    periodicAssessmentIntervalMonths,
  };
}
