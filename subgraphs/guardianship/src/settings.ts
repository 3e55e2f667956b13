// The guardianship subgraph's own settings: the yearly incentive a guardian receives.
import { z } from 'zod';
import { readConfig, variable } from '#platform/config/config.js';

export const DEFAULT_YEARLY_INCENTIVE_YUAN = 1200;

export const guardianshipVariables = {
  yearlyIncentiveYuan: variable(
    'GUARDIANSHIP_YEARLY_INCENTIVE_YUAN',
    'Yearly incentive (yuan) paid to a guardian who fulfilled the duties with no incident in the year (以奖代补)',
    z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_YEARLY_INCENTIVE_YUAN),
    String(DEFAULT_YEARLY_INCENTIVE_YUAN),
  ),
};

export interface GuardianshipSettings {
  yearlyIncentiveYuan: number;
}

export function readGuardianshipSettings(env: NodeJS.ProcessEnv = process.env): GuardianshipSettings {
  return readConfig(guardianshipVariables, env);
}

/** The settings with every variable unset: what tests and the demo run with. */
export const defaultGuardianshipSettings = (): GuardianshipSettings => readGuardianshipSettings({});
