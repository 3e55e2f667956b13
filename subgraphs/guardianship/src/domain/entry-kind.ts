// An entry's kind: a short code in upper snake case, so that no free text (and no personal data) is stored.

export const MAX_KIND_LENGTH = 64;

/** The kind, or a problem a person can act on. */
export function parseEntryKind(value: string): { ok: true; kind: string } | { ok: false; problem: string } {
  if (value.length === 0 || value.length > MAX_KIND_LENGTH) return { ok: false, problem: `must be 1 to ${MAX_KIND_LENGTH} characters` };
  if (!/^[A-Z][A-Z0-9_]*$/.test(value)) return { ok: false, problem: 'must be upper snake case, e.g. FIRST_CONTACT' };
  return { ok: true, kind: value };
}
