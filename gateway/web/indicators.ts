// The indicators the dashboard shows, how each is formatted, and which are charted against the action plan's 2023-2025 targets.
import type { IndicatorFiguresFragment } from '../../schema/generated/graphql.js';
import { tr } from './i18n.js';

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
  format: Format;
  /** The action plan's target for the year (精康融合行动 2023-2025), drawn as a line across the bars. */
  target?: TargetKey;
  /** Drawn as bars per child division; the others appear in the table only. */
  charted: boolean;
}

export const INDICATORS: readonly Indicator[] = [
  { key: 'coverageRate', format: 'rate', target: 'coverageTarget', charted: true },
  { key: 'standardizedServiceRate', format: 'rate', target: 'standardizedServiceTarget', charted: true },
  { key: 'employmentRate', format: 'rate', charted: true },
  { key: 'relapseRate', format: 'rate', charted: true },
  { key: 'meanWaitingDays', format: 'days', charted: true },
  { key: 'countiesCovered', format: 'count', charted: false },
  { key: 'registeredRecipients', format: 'count', charted: false },
  { key: 'standardizedRecipients', format: 'count', charted: false },
  { key: 'waitingOver90Days', format: 'count', charted: false },
];

/** The indicator's name in the terms of the action plan's notice (县（市、区、旗）服务覆盖率 …), in the page's language. */
export const indicatorLabel = (indicator: Indicator): string => tr(`indicator.${indicator.key}`);

export function formatFigure(value: number, format: Format): string {
  if (format === 'rate') return tr('unit.percent', { value: (value * 100).toFixed(1) });
  if (format === 'days') return tr('unit.days', { value: value.toFixed(1) });
  return String(value);
}

/** The figure of one indicator, as the generated operation type has it. */
export function figureOf(figures: IndicatorFiguresFragment, key: IndicatorKey): number | null {
  return figures[key] ?? null;
}
