// The indicators the dashboard shows, how each is formatted, and which are charted against the action plan's 2023-2025 targets.
import type { IndicatorFiguresFragment } from '../../schema/generated/graphql.js';

/** The nullable numeric figures of a region; counts of people among them may be suppressed for analysts. */
export type IndicatorKey =
  | 'coverageRate'
  | 'standardizedServiceRate'
  | 'employmentRate'
  | 'relapseRate'
  | 'meanWaitingDays'
  | 'registeredRecipients'
  | 'standardizedRecipients'
  | 'waitingOver90Days'
  | 'countiesCovered';

export type TargetKey = 'coverageTarget' | 'standardizedServiceTarget';

export type Format = 'rate' | 'days' | 'count';

export interface Indicator {
  key: IndicatorKey;
  label: string;
  format: Format;
  /** The action plan's target for the year (精康融合行动 2023-2025), drawn as a line across the bars. */
  target?: TargetKey;
  /** Drawn as bars per child division; the others appear in the table only. */
  charted: boolean;
}

export const INDICATORS: readonly Indicator[] = [
  { key: 'coverageRate', label: 'Coverage rate (counties with services)', format: 'rate', target: 'coverageTarget', charted: true },
  { key: 'standardizedServiceRate', label: 'Standardized-service rate', format: 'rate', target: 'standardizedServiceTarget', charted: true },
  { key: 'employmentRate', label: 'Employment rate after rehabilitation', format: 'rate', charted: true },
  { key: 'relapseRate', label: 'Relapse rate', format: 'rate', charted: true },
  { key: 'meanWaitingDays', label: 'Mean days from registration to intake', format: 'days', charted: true },
  { key: 'countiesCovered', label: 'Counties covered', format: 'count', charted: false },
  { key: 'registeredRecipients', label: 'Registered recipients', format: 'count', charted: false },
  { key: 'standardizedRecipients', label: 'Recipients with standardized service', format: 'count', charted: false },
  { key: 'waitingOver90Days', label: 'Waiting over 90 days', format: 'count', charted: false },
];

export function formatFigure(value: number, format: Format): string {
  if (format === 'rate') return `${(value * 100).toFixed(1)} %`;
  if (format === 'days') return `${value.toFixed(1)} d`;
  return String(value);
}

/** The figure of one indicator, as the generated operation type has it. */
export function figureOf(figures: IndicatorFiguresFragment, key: IndicatorKey): number | null {
  return figures[key] ?? null;
}
