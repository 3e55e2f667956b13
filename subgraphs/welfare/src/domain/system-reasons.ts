// The reasons the system writes on a case's history (the registry recorded a death, a case was imported, a consent was revoked):
// stored as `system:<name>` and said in the reader's language when read; a person's own reason stays as written.

/** Each system reason with the English text rows written before the markers may still hold. */
export const SYSTEM_REASONS = {
  deceased: ['DECEASED: the registry recorded the death'],
  movedOut: ['MOVED_OUT: the registry recorded the move'],
  imported: ['imported from the registry upload'],
  uploadConsentRevoked: ['WITHDRAWN: the REFERRAL_UPLOAD consent was revoked in the registry'],
  agreementConsentRevoked: ['WITHDRAWN: SERVICE_AGREEMENT consent revoked'],
  noLongerWilling: ['WITHDRAWN: re-review found the person no longer willing'],
  circumstancesChanged: ['re-review found the circumstances changed'],
  handoffAcknowledged: ['HANDOFF_ACKNOWLEDGED: the receiving institution took the person on', 'HANDOFF_ACKNOWLEDGED'],
  returnedToCommunity: ['RETURNED_TO_COMMUNITY'],
} as const satisfies Record<string, readonly string[]>;

export type SystemReason = keyof typeof SYSTEM_REASONS;

const MARKER = 'system:';

/** What the history row stores for a system reason. */
export const systemReason = (name: SystemReason): string => `${MARKER}${name}`;

/** The system reason a stored reason stands for (its marker, or an older row's English text), or null for a person's own words. */
export function systemReasonOf(stored: string): SystemReason | null {
  if (stored.startsWith(MARKER)) {
    const name = stored.slice(MARKER.length);
    return Object.hasOwn(SYSTEM_REASONS, name) ? (name as SystemReason) : null;
  }
  const found = Object.entries(SYSTEM_REASONS).find(([, texts]) => (texts as readonly string[]).includes(stored));
  return found ? (found[0] as SystemReason) : null;
}
