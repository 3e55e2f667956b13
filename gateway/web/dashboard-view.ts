// Renders a loaded region on the dashboard: the way back up, the region's own figures, one chart per charted indicator and a table of its child divisions.
/// <reference lib="dom" />
import type { RegionIndicatorsQuery } from '../../schema/generated/graphql.js';
import { type ChartInput, cellText } from './chart-option.js';
import { element } from './dom.js';
import type { AnswerError } from './graphql-client.js';
import { type Cell, type DivisionCells, divisionCells, SMALL_CELL_SUPPRESSED } from './indicator-cells.js';
import { renderCharts } from './indicator-charts.js';
import { INDICATORS, type Indicator, indicatorLabel } from './indicators.js';
import { childNames, type Place, trail } from './region-names.js';
import { tr } from './i18n.js';

export interface RegionView {
  region: DivisionCells;
  children: DivisionCells[];
  trail: Place[];
  year: number;
  targets: Record<NonNullable<Indicator['target']>, number | null>;
  /** Errors other than suppressed small cells (e.g. an agency that did not answer), to show as they are. */
  problems: string[];
}

/** The answer of RegionIndicators as what the dashboard shows. */
export function regionView(regionCode: string, year: number, data: RegionIndicatorsQuery, errors: readonly AnswerError[]): RegionView {
  const names = childNames(regionCode, data.region);
  const way = trail(regionCode, data.region);
  const indicators = data.rehabIndicators;
  return {
    region: divisionCells(indicators, way[way.length - 1]?.name ?? regionCode, ['rehabIndicators'], errors),
    children: indicators.children.map((child, i) =>
      divisionCells(child, names.get(child.regionCode) ?? child.regionCode, ['rehabIndicators', 'children', i], errors),
    ),
    trail: way,
    year,
    targets: { coverageTarget: indicators.coverageTarget ?? null, standardizedServiceTarget: indicators.standardizedServiceTarget ?? null },
    problems: [...new Set(errors.filter((error) => error.extensions?.code !== SMALL_CELL_SUPPRESSED).map((error) => error.message))],
  };
}

function cellElement(cell: Cell, indicator: Indicator): HTMLElement {
  const text = cellText(cell, indicator);
  return cell.kind === 'value' ? element('span', {}, text) : element('span', { className: `cell-${cell.kind}`, title: cell.reason }, text);
}

export function renderTrail(nav: HTMLElement, view: RegionView, onPick: (code: string) => void): void {
  const steps = view.trail.map((place, i) =>
    i === view.trail.length - 1
      ? element('span', { ariaCurrent: 'page' }, place.name)
      : element('button', { type: 'button', onclick: () => onPick(place.code) }, place.name),
  );
  nav.replaceChildren(...steps.flatMap((step, i) => (i === 0 ? [step] : [element('span', { className: 'trail-separator' }, ' › '), step])));
}

export function renderSummary(container: HTMLElement, view: RegionView): void {
  const items = INDICATORS.map((indicator) =>
    element(
      'div',
      { className: 'figure' },
      element('dt', {}, indicatorLabel(indicator)),
      element('dd', {}, cellElement(view.region.cells[indicator.key], indicator)),
    ),
  );
  container.replaceChildren(
    element('h2', {}, tr('web.heading', { region: view.region.name, year: view.year })),
    element('dl', { className: 'figures' }, ...items),
  );
}

export function renderTable(container: HTMLElement, view: RegionView, onPick: (code: string) => void): void {
  if (view.children.length === 0) {
    container.replaceChildren(element('p', {}, tr('web.noDivisionsBelow')));
    return;
  }
  const head = element(
    'tr',
    {},
    element('th', { scope: 'col' }, tr('web.division')),
    ...INDICATORS.map((indicator) => element('th', { scope: 'col' }, indicatorLabel(indicator))),
  );
  const rows = view.children.map((child) =>
    element(
      'tr',
      {},
      element('th', { scope: 'row' }, element('button', { type: 'button', className: 'drill', onclick: () => onPick(child.code) }, child.name)),
      ...INDICATORS.map((indicator) => element('td', {}, cellElement(child.cells[indicator.key], indicator))),
    ),
  );
  container.replaceChildren(
    element(
      'table',
      {},
      element('caption', {}, tr('web.divisionsOf', { region: view.region.name })),
      element('thead', {}, head),
      element('tbody', {}, ...rows),
    ),
  );
}

/** Draws the charts of the view; returns what disposes them before the next view. */
export function renderViewCharts(container: HTMLElement, view: RegionView, onPick: (code: string) => void): () => void {
  if (view.children.length === 0) {
    container.replaceChildren();
    return () => undefined;
  }
  const inputs: ChartInput[] = INDICATORS.filter((indicator) => indicator.charted).map((indicator) => ({
    indicator,
    year: view.year,
    region: view.region,
    children: view.children,
    target: indicator.target ? view.targets[indicator.target] : null,
  }));
  return renderCharts(container, inputs, onPick);
}
