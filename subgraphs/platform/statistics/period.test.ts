import { describe, expect, it } from 'vitest';
import { codeValidOn } from './division-changes.js';
import { monthsOf, parsePeriod, periodContaining, periodsBetween, periodOf } from './period.js';
import { regionPrefixOf } from './region-code.js';

describe('periods', () => {
  it('name a year, a quarter or a month, in China time', () => {
    expect(periodOf('2026')).toMatchObject({ granularity: 'YEAR', firstDay: '2026-01-01', lastDay: '2026-12-31', end: '2027-01-01T00:00:00+08:00' });
    expect(periodOf('2026-Q1')).toMatchObject({ granularity: 'QUARTER', firstDay: '2026-01-01', lastDay: '2026-03-31', start: '2026-01-01T00:00:00+08:00' });
    expect(periodOf('2024-02')).toMatchObject({
      granularity: 'MONTH',
      lastDay: '2024-02-29',
      end: '2024-03-01T00:00:00+08:00',
      yearStart: '2024-01-01T00:00:00+08:00',
    });
    expect(periodOf('2026-12').end).toBe('2027-01-01T00:00:00+08:00');
    for (const bad of ['26', '2026-Q5', '2026-13', '2026-00', '2026-7', '2026-Q3x']) expect(parsePeriod(bad)).toBeNull();
  });

  it('run in series across years, and a period holds the days of its months', () => {
    expect(periodsBetween(periodOf('2025-11'), periodOf('2026-02')).map((p) => p.key)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsBetween(periodOf('2025-Q4'), periodOf('2026-Q1')).map((p) => p.key)).toEqual(['2025-Q4', '2026-Q1']);
    expect(periodsBetween(periodOf('2026'), periodOf('2025'))).toEqual([]);
    expect(periodsBetween(periodOf('2024-01'), periodOf('2026-12'))).toHaveLength(36);
    expect(monthsOf(periodOf('2026-Q3'))).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(periodContaining('2026-08-15', 'QUARTER').key).toBe('2026-Q3');
  });
});

describe('division code changes', () => {
  it('name a region by the code valid on a day, both ways', () => {
    // 莱城区 371202 became 莱芜区 370116 on 2019-01-09.
    expect(codeValidOn('370116', '2018-12-31')).toBe('371202');
    expect(codeValidOn('370116', '2019-01-31')).toBe('370116');
    expect(codeValidOn('371202', '2020-12-31')).toBe('370116');
    expect(codeValidOn('371202', '2018-06-30')).toBe('371202');
    // Jinan absorbed Laiwu city: it keeps its own code before the merger.
    expect(codeValidOn('370100', '2018-12-31')).toBe('370100');
    expect(codeValidOn('371200', '2019-12-31')).toBe('370100');
    expect(codeValidOn('110101', '2010-12-31')).toBe('110101');
  });

  it('give a retired code its counties', () => {
    expect(regionPrefixOf('371202')).toBe('371202');
    expect(regionPrefixOf('371200')).toBe('3712');
    expect(regionPrefixOf('999999')).toBeNull();
  });
});
