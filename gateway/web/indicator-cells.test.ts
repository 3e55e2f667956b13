// Figures of a RegionIndicators answer as cells: a number, suppressed, or missing with its reason, never a silent 0.
import { describe, expect, it } from 'vitest';
import type { IndicatorFiguresFragment } from '../../schema/generated/graphql.js';
import { cellOf, divisionCells, errorAt, SMALL_CELL_SUPPRESSED } from './indicator-cells.js';

const suppressed = (path: (string | number)[]) => ({
  message: 'suppressed: fewer than 5 people',
  path,
  extensions: { code: SMALL_CELL_SUPPRESSED, threshold: 5 },
});

const figures: IndicatorFiguresFragment = {
  regionCode: '440300',
  year: 2025,
  countiesTotal: 9,
  countiesCovered: 1,
  coverageRate: 0.111,
  coverageTarget: 0.8,
  registeredRecipients: null,
  standardizedRecipients: null,
  standardizedServiceRate: null,
  standardizedServiceTarget: 0.6,
  meanWaitingDays: 0,
  waitingOver90Days: null,
  relapseRate: null,
  employmentRate: null,
};

describe('cellOf', () => {
  it('keeps a number, zero included', () => {
    expect(cellOf(0, ['rehabIndicators', 'coverageRate'], [])).toEqual({ kind: 'value', value: 0 });
  });

  it('reads a null with SMALL_CELL_SUPPRESSED at its path as suppressed', () => {
    const path = ['rehabIndicators', 'children', 2, 'registeredRecipients'];
    expect(cellOf(null, path, [suppressed(path)])).toEqual({ kind: 'suppressed', reason: 'suppressed: fewer than 5 people' });
  });

  it('does not take a sibling division’s suppression for its own', () => {
    expect(
      cellOf(null, ['rehabIndicators', 'children', 3, 'registeredRecipients'], [suppressed(['rehabIndicators', 'children', 2, 'registeredRecipients'])]).kind,
    ).toBe('missing');
  });

  it('explains a null by the nearest error above it, such as an agency that did not answer', () => {
    const unavailable = { message: 'welfare did not answer in time', path: ['rehabIndicators'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } };
    expect(cellOf(null, ['rehabIndicators', 'children', 0, 'meanWaitingDays'], [unavailable])).toEqual({
      kind: 'missing',
      reason: 'SUBGRAPH_UNAVAILABLE: welfare did not answer in time',
    });
  });

  it('calls a null without any error missing data', () => {
    expect(cellOf(null, ['rehabIndicators', 'employmentRate'], [])).toEqual({ kind: 'missing', reason: '本年度无数据' });
  });
});

describe('errorAt', () => {
  it('prefers the error at the very path over one above it', () => {
    const path = ['rehabIndicators', 'relapseRate'];
    const above = { message: 'above', path: ['rehabIndicators'] };
    expect(errorAt([above, suppressed(path)], path)?.message).toBe('suppressed: fewer than 5 people');
  });
});

describe('divisionCells', () => {
  it('reads every indicator of a division at its place in the answer', () => {
    const at = ['rehabIndicators', 'children', 1];
    const cells = divisionCells(figures, '深圳市', at, [suppressed([...at, 'standardizedServiceRate'])]);
    expect(cells.code).toBe('440300');
    expect(cells.name).toBe('深圳市');
    expect(cells.cells.coverageRate).toEqual({ kind: 'value', value: 0.111 });
    expect(cells.cells.meanWaitingDays).toEqual({ kind: 'value', value: 0 });
    expect(cells.cells.standardizedServiceRate.kind).toBe('suppressed');
    expect(cells.cells.relapseRate.kind).toBe('missing');
  });
});
