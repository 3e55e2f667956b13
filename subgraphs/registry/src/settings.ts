// The registry's own settings: break-glass duration, follow-up intervals, the key that encrypts citizen IDs at rest, and its relay to the platform.
import { z } from 'zod';
import { readConfig, variable } from '#platform/config/config.js';
import { type RelaySettings, readRelaySettings, relayVariables } from '#platform/outbox/outbox-settings.js';
import type { FollowUpIntervals } from './domain/follow-up-rules.js';

const days = (fallback: number) => z.coerce.number().int().min(1).max(366).default(fallback);

export const registryVariables = {
  breakGlassHours: variable(
    'BREAK_GLASS_HOURS',
    "How long a clinician's break-glass grant lasts, 1-24 hours",
    z.coerce.number().int().min(1).max(24).default(3),
    '3',
  ),
  stableDays: variable('FOLLOW_UP_DAYS_STABLE', 'Days to the next follow-up of a STABLE patient', days(90), '90'),
  basicallyStableDays: variable('FOLLOW_UP_DAYS_BASICALLY_STABLE', 'Days to the next follow-up of a BASICALLY_STABLE patient', days(14), '14'),
  unstableDays: variable('FOLLOW_UP_DAYS_UNSTABLE', 'Days to the re-check of an UNSTABLE patient', days(14), '14'),
  citizenIdKey: variable(
    'CITIZEN_ID_KEY',
    'AES-256 key (64 hex characters) that encrypts citizen IDs at rest in the registry; unset means the registry keeps no citizen ID at all',
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters')
      .optional(),
  ),
  // The outbox relay that delivers consented uploads (and withdrawals) to the platform.
  ...relayVariables('welfare'),
};

export interface RegistrySettings {
  breakGlassHours: number;
  followUpIntervals: FollowUpIntervals;
  /** Null: citizen IDs are not stored, only the pid derived from them. */
  citizenIdKey: Buffer | null;
  /** Null: no relay (tests in-process deliver by calling its rounds). */
  relay: RelaySettings | null;
}

export function readRegistrySettings(env: NodeJS.ProcessEnv = process.env): RegistrySettings {
  const values = readConfig(registryVariables, env);
  return {
    breakGlassHours: values.breakGlassHours,
    followUpIntervals: { stableDays: values.stableDays, basicallyStableDays: values.basicallyStableDays, unstableDays: values.unstableDays },
    citizenIdKey: values.citizenIdKey ? Buffer.from(values.citizenIdKey, 'hex') : null,
    relay: readRelaySettings('registry', 'welfare', 'REFERRAL', env),
  };
}

/** The settings with every variable unset: what tests and the demo run with. */
export const defaultRegistrySettings = (): RegistrySettings => ({ ...readRegistrySettings({}), relay: null });
