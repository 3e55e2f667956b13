// The welfare platform's own settings: where the registry is, and how its consented uploads are imported.
import { z } from 'zod';
import { type TokenSource, serviceTokenSource, serviceTokenVariables } from '#platform/identity/service-token.js';
import { readConfig, variable } from '#platform/config/config.js';
import { dataDir } from '#platform/server/paths.js';
import { subgraphUrlVariable } from '#platform/server/subgraph-config.js';
import { DEFAULT_ASSESSMENT_INTERVAL_MONTHS } from './domain/assessment-schedule.js';

export const welfareVariables = {
  registryUrl: subgraphUrlVariable('registry'),
  importIntervalMs: variable(
    'REFERRAL_IMPORT_INTERVAL_MS',
    "Pause between the platform's imports of the registry's consented referral uploads; 0 turns the importer off",
    z.coerce.number().int().min(0).max(3_600_000).default(2000),
    '2000',
  ),
  crashAfterImport: variable(
    'REFERRAL_IMPORT_CRASH_AFTER_IMPORT',
    'Fault injection for the exactly-once tests: `true` kills the process after an import commits, before the registry hears of it',
    z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    'false',
  ),
  periodicAssessmentIntervalMonths: variable(
    'PERIODIC_ASSESSMENT_INTERVAL_MONTHS',
    'Months between periodic assessments of a case in service (Referral.periodicAssessmentDueOn)',
    z.coerce.number().int().min(1).max(24).default(DEFAULT_ASSESSMENT_INTERVAL_MONTHS),
    String(DEFAULT_ASSESSMENT_INTERVAL_MONTHS),
  ),
  ...serviceTokenVariables,
};

export interface WelfareSettings {
  importer: { registryUrl: string; intervalMs: number; token: TokenSource; crashAfterImport: boolean } | null;
  /** Months between periodic assessments of a case in service. */
  periodicAssessmentIntervalMonths: number;
}

export function readWelfareSettings(env: NodeJS.ProcessEnv = process.env): WelfareSettings {
  const values = readConfig(welfareVariables, env);
  const periodicAssessmentIntervalMonths = values.periodicAssessmentIntervalMonths;
  if (values.importIntervalMs === 0) return { importer: null, periodicAssessmentIntervalMonths };
  return {
    periodicAssessmentIntervalMonths,
    importer: {
      registryUrl: values.registryUrl,
      intervalMs: values.importIntervalMs,
      token: serviceTokenSource('welfare', 'REFERRAL', dataDir(env), env),
      crashAfterImport: values.crashAfterImport,
    },
  };
}
