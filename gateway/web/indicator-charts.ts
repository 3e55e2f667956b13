// Draws one ECharts chart per charted indicator (SVG, so division names stay text) and reports a click on a division's bar or name.
/// <reference lib="dom" />
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { type EChartsType, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type ChartInput, chartOption } from './chart-option.js';
import { element } from './dom.js';
import { formatFigure, indicatorLabel } from './indicators.js';
import { tr } from './i18n.js';

use([BarChart, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

function caption({ indicator, year, target }: ChartInput): string {
  const label = indicatorLabel(indicator);
  if (!indicator.target) return label;
  return target === null
    ? tr('web.noTarget', { indicator: label, year })
    : tr('web.againstTarget', { indicator: label, year, target: formatFigure(target, indicator.format) });
}

/** Replaces the container's charts; returns what disposes them. `onPick` receives the code of a clicked child division. */
export function renderCharts(container: HTMLElement, inputs: ChartInput[], onPick: (code: string) => void): () => void {
  container.replaceChildren();
  const charts: EChartsType[] = inputs.map((input) => {
    const canvas = element('div', { className: 'chart-canvas', role: 'img', ariaLabel: caption(input) });
    container.append(element('figure', { className: 'chart', dataset: { indicator: input.indicator.key } }, element('figcaption', {}, caption(input)), canvas));
    const chart = init(canvas, null, { renderer: 'svg' });
    chart.setOption(chartOption(input));
    chart.on('click', (params) => {
      const index = params.componentType === 'xAxis' ? input.children.findIndex((child) => child.name === params.value) : params.dataIndex;
      const child = input.children[index];
      if (child) onPick(child.code);
    });
    return chart;
  });
  const resize = () => {
    for (const chart of charts) chart.resize();
  };
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    for (const chart of charts) chart.dispose();
  };
}
