// One indicator's chart: bars per child division, the target and the region's own figure as lines, suppressed figures named and never drawn as 0.
import { describe, expect, it } from 'vitest';
import { chartOption, type ChartInput } from './chart-option.js';
import type { Cell, DivisionCells } from './indicator-cells.js';
import { INDICATORS } from './indicators.js';

const coverage = INDICATORS.find((indicator) => indicator.key === 'coverageRate')!;

function division(code: string, name: string, coverageRate: Cell): DivisionCells {
  return {
    code,
    name,
    cells: Object.fromEntries(
      INDICATORS.map(({ key }) => [key, key === 'coverageRate' ? coverageRate : { kind: 'missing', reason: 'no data for this year' }]),
    ) as DivisionCells['cells'],
  };
}

const input: ChartInput = {
  indicator: coverage,
  year: 2025,
  region: division('440000', '广东省', { kind: 'value', value: 0.4 }),
  children: [division('440100', '广州市', { kind: 'value', value: 0.5 }), division('440300', '深圳市', { kind: 'suppressed', reason: 'fewer than 5' })],
  target: 0.8,
};

type Series = { data: (number | null)[]; markLine: { data: { yAxis: number; name: string }[] } };

describe('chartOption', () => {
  const option = chartOption(input);
  const series = (option.series as Series[])[0]!;
  const xAxis = option.xAxis as { data: string[]; axisLabel: { formatter: (name: string, index: number) => string } };

  it('draws a bar per child division, none for a suppressed figure', () => {
    expect(xAxis.data).toEqual(['广州市', '深圳市']);
    expect(series.data).toEqual([0.5, null]);
  });

  it('says 已隐去 (suppressed) under a division whose figure is withheld', () => {
    expect(xAxis.axisLabel.formatter('广州市', 0)).toBe('广州市');
    expect(xAxis.axisLabel.formatter('深圳市', 1)).toBe('深圳市\n{note|已隐去}');
  });

  it("draws the year's target and the region's own figure as lines", () => {
    expect(series.markLine.data.map(({ yAxis, name }) => ({ yAxis, name }))).toEqual([
      { yAxis: 0.8, name: 'target' },
      { yAxis: 0.4, name: '广东省' },
    ]);
  });

  it('draws no target line for a year outside the action plan', () => {
    const without = chartOption({ ...input, target: null, year: 2026 });
    expect((without.series as Series[])[0]!.markLine.data.map(({ name }) => name)).toEqual(['广东省']);
  });
});
