// Journey events as every agency contributes them: one shape, a day or instant on the China clock, and the merge into one time-ordered list.
export type Agency = 'HEALTH' | 'CIVIL_AFFAIRS' | 'DISABLED_PERSONS_FEDERATION';

export interface JourneyEventRecord {
  at: Date;
  source: Agency;
  /** Machine-readable, e.g. DIAGNOSED, FOLLOW_UP, REFERRAL_REGISTERED, BENEFIT_STARTED. */
  kind: string;
  /** One line in the caller's language (#platform/i18n); it says only what the field it comes from may show to this caller. */
  summary: string;
}

/** A calendar day's event happens at the start of that day in China Standard Time. */
export function atDay(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

const AGENCY_ORDER: Record<Agency, number> = { HEALTH: 0, CIVIL_AFFAIRS: 1, DISABLED_PERSONS_FEDERATION: 2 };

export interface JourneyWindow {
  /** First day included (China time), or null. */
  since: string | null;
  /** Last day included (China time), or null. */
  until: string | null;
  sources: readonly Agency[] | null;
}

/** One list, oldest first; equal instants keep a stable order (agency, then kind). */
export function mergeJourney(lists: readonly (readonly JourneyEventRecord[] | null | undefined)[], window: JourneyWindow): JourneyEventRecord[] {
  const from = window.since ? atDay(window.since).getTime() : -Infinity;
  const to = window.until ? atDay(window.until).getTime() + 86_400_000 : Infinity;
  const sources = window.sources ? new Set(window.sources) : null;
  return lists
    .flatMap((list) => list ?? [])
    .filter((event) => event.at.getTime() >= from && event.at.getTime() < to && (!sources || sources.has(event.source)))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || AGENCY_ORDER[a.source] - AGENCY_ORDER[b.source] || a.kind.localeCompare(b.kind));
}
