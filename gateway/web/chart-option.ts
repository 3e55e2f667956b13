// The ECharts option of one indicator: a bar per child division, the action plan's target and the region's own figure as lines, and suppressed or missing figures named under their division, never drawn as 0.
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Cell, DivisionCells } from './indicator-cells.js';
import { formatFigure, type Indicator, indicatorLabel } from './indicators.js';
import { tr } from './i18n.js';
import { CJK_FONTS } from './fonts.js';

export type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption>;

export interface ChartInput {
  indicator: Indicator;
  year: number;
  /** The region whose children are drawn; its own figure is a line across the bars. */
  region: DivisionCells;
  children: DivisionCells[];
  /** The action plan's target for the year; null outside 2023-2025 or for an indicator without one. */
  target: number | null;
}

/** What a division's label says under its name when there is no bar to draw. */
export function cellNote(cell: Cell): string | null {
  if (cell.kind === 'suppressed') return tr('web.suppressed');
  if (cell.kind === 'missing') return tr('web.missing');
  return null;
}

export function cellText(cell: Cell, indicator: Indicator): string {
  return cell.kind === 'value' ? formatFigure(cell.value, indicator.format) : (cellNote(cell) ?? '');
}

type MarkLineData = NonNullable<NonNullable<BarSeriesOption['markLine']>['data']>;

function referenceLines({ indicator, year, region, target }: ChartInput): MarkLineData {
  const lines: MarkLineData = [];
  if (target !== null) {
    lines.push({
      yAxis: target,
      name: 'target',
      label: { formatter: `${year} ${tr('web.target')} ${formatFigure(target, indicator.format)}`, position: 'insideEndTop' },
      lineStyle: { color: '#c62828', type: 'dashed', width: 2 },
    });
  }
  const own = region.cells[indicator.key];
  if (own.kind === 'value') {
    lines.push({
      yAxis: own.value,
      name: region.name,
      label: { formatter: `${region.name} ${formatFigure(own.value, indicator.format)}`, position: 'insideStartTop' },
      lineStyle: { color: '#546e7a', type: 'dotted', width: 2 },
    });
  }
  return lines;
}

export function chartOption(input: ChartInput): ChartOption {
  const { indicator, children } = input;
  const cells = children.map((child) => child.cells[indicator.key]);
  const rate = indicator.format === 'rate';
  return {
    animation: false,
    // Chinese division names need a CJK font; the machine's own (fonts-noto-cjk on Debian), none fetched.
    textStyle: { fontFamily: CJK_FONTS },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
        const cell = cells[index];
        return cell ? `${children[index]?.name ?? ''}: ${cellText(cell, indicator)}` : '';
      },
    },
    xAxis: {
      type: 'category',
      data: children.map((child) => child.name),
      // A click on a division's name drills down, like a click on its bar.
      triggerEvent: true,
      axisLabel: {
        interval: 0,
        rotate: children.length > 8 ? 45 : 0,
        formatter: (name: string, index: number) => {
          const note = cells[index] ? cellNote(cells[index]) : null;
          return note ? `${name}\n{note|${note}}` : name;
        },
        rich: { note: { color: '#757575', fontStyle: 'italic' } },
      },
    },
    // Fixed bounds keep the axis (and the target line) even when every figure is suppressed.
    yAxis: { type: 'value', min: 0, ...(rate ? { max: 1 } : {}), axisLabel: { formatter: (value: number) => formatFigure(value, indicator.format) } },
    series: [
      {
        type: 'bar',
        name: indicatorLabel(indicator),
        cursor: 'pointer',
        data: cells.map((cell) => (cell.kind === 'value' ? cell.value : null)),
        itemStyle: { color: '#1e88e5' },
        markLine: { symbol: 'none', silent: true, data: referenceLines(input) },
      },
    ],
  };
}
