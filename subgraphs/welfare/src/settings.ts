// The welfare platform's own settings: its outbox relay, which delivers employment hand-offs to the disability federation, and the assessment schedule.
import { z } from 'zod';
import { readConfig, variable } from '#platform/config/config.js';
import { type RelaySettings, readRelaySettings, relayVariables } from '#platform/outbox/outbox-settings.js';
import { DEFAULT_ASSESSMENT_INTERVAL_MONTHS } from './domain/assessment-schedule.js';

const scheduleVariables = {
  periodicAssessmentIntervalMonths: variable(
    'PERIODIC_ASSESSMENT_INTERVAL_MONTHS',
    'Months between periodic assessments of a case in service (Referral.periodicAssessmentDueOn)',
    z.coerce.number().int().min(1).max(24).default(DEFAULT_ASSESSMENT_INTERVAL_MONTHS),
    String(DEFAULT_ASSESSMENT_INTERVAL_MONTHS),
  ),
};

export const welfareVariables = { ...relayVariables('employment'), ...scheduleVariables };

export interface WelfareSettings {
  /** Null: no relay (tests in-process deliver by calling its rounds). */
  relay: RelaySettings | null;
  /** Months between periodic assessments of a case in service. */
  periodicAssessmentIntervalMonths: number;
}

export function readWelfareSettings(env: NodeJS.ProcessEnv = process.env): WelfareSettings {
  const { periodicAssessmentIntervalMonths } = readConfig(scheduleVariables, env);
  return { relay: readRelaySettings('welfare', 'employment', 'EMPLOYMENT', env), periodicAssessmentIntervalMonths };
}
