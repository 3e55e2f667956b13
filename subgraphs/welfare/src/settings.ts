// The welfare platform's own settings: its outbox relay, which delivers employment hand-offs to the disability federation.
import { type RelaySettings, readRelaySettings, relayVariables } from '#platform/outbox/outbox-settings.js';

export const welfareVariables = relayVariables('employment');

export interface WelfareSettings {
  /** Null: no relay (tests in-process deliver by calling its rounds). */
  relay: RelaySettings | null;
}

export function readWelfareSettings(env: NodeJS.ProcessEnv = process.env): WelfareSettings {
  return { relay: readRelaySettings('welfare', 'employment', 'EMPLOYMENT', env) };
}
