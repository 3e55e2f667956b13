// The federation's own settings: its outbox relay, which delivers the officers' answers to the platform.
import { type RelaySettings, readRelaySettings, relayVariables } from '#platform/outbox/outbox-settings.js';

export const employmentVariables = relayVariables('welfare');

export interface EmploymentSettings {
  /** Null: no relay (tests in-process deliver by calling its rounds). */
  relay: RelaySettings | null;
}

export function readEmploymentSettings(env: NodeJS.ProcessEnv = process.env): EmploymentSettings {
  return { relay: readRelaySettings('employment', 'welfare', 'EMPLOYMENT', env) };
}
