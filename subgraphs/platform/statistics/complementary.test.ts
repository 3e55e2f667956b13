import { describe, expect, it } from 'vitest';
import { type CellSum, cellId, periodsOfYear, provinceYearSums, suppressedCells } from '#platform/statistics/complementary.js';

const cells = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('complementary suppression', () => {
  it('withholds the next-smallest child when exactly one child is a small cell', () => {
    // Province 8 with Guangzhou 1 and Shenzhen 7 would give Guangzhou away; with a third child, the smaller one goes.
    const withheld = suppressedCells(cells({ gd: 28, gz: 1, sz: 7, fs: 20 }), [{ parent: 'gd', children: ['gz', 'sz', 'fs'] }], 5);
    expect(Object.fromEntries(withheld)).toEqual({ gz: 'SMALL_CELL', sz: 'COMPLEMENTARY' });
  });

  it('withholds the parent when the small cell is its only child', () => {
    const withheld = suppressedCells(cells({ city: 3, county: 3 }), [{ parent: 'city', children: ['county'] }], 5);
    expect(Object.fromEntries(withheld)).toEqual({ city: 'SMALL_CELL', county: 'SMALL_CELL' });
    const only = suppressedCells(cells({ year: 9, q1: 1, q2: 8 }), [{ parent: 'year', children: ['q1', 'q2'] }], 5);
    expect(Object.fromEntries(only)).toEqual({ q1: 'SMALL_CELL', q2: 'COMPLEMENTARY' });
  });

  it('breaks ties by id, so every call withholds the same cells', () => {
    const sums = [{ parent: 'p', children: ['b', 'a', 'c'] }];
    expect([...suppressedCells(cells({ p: 22, a: 1, b: 7, c: 7 }), sums, 5).keys()].sort()).toEqual(['a', 'b']);
  });

  it('carries a complement down: a withheld city whose counties are all visible loses one of them too', () => {
    const sums = [
      { parent: 'province', children: ['cityA', 'cityB'] },
      { parent: 'cityB', children: ['b1', 'b2'] },
    ];
    const withheld = suppressedCells(cells({ province: 31, cityA: 1, cityB: 30, b1: 10, b2: 20 }), sums, 5);
    expect(Object.fromEntries(withheld)).toEqual({ cityA: 'SMALL_CELL', cityB: 'COMPLEMENTARY', b1: 'COMPLEMENTARY' });
  });

  it('leaves no sum with exactly one withheld cell, over random trees and periods', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 200; round++) {
      const values = new Map<string, number>();
      const sums: CellSum[] = [];
      const leaves = Array.from({ length: 2 + Math.floor(random() * 6) }, (_, i) => `c${i}`);
      const cities = [leaves.slice(0, Math.ceil(leaves.length / 2)), leaves.slice(Math.ceil(leaves.length / 2))];
      for (const month of [1, 2, 3]) for (const leaf of leaves) values.set(`${leaf}|${month}`, Math.floor(random() * 12));
      for (const leaf of leaves)
        values.set(
          `${leaf}|q`,
          [1, 2, 3].reduce((s, m) => s + values.get(`${leaf}|${m}`)!, 0),
        );
      for (const period of ['1', '2', '3', 'q']) {
        cities.forEach((children, i) => {
          values.set(
            `city${i}|${period}`,
            children.reduce((s, c) => s + values.get(`${c}|${period}`)!, 0),
          );
          sums.push({ parent: `city${i}|${period}`, children: children.map((c) => `${c}|${period}`) });
        });
        values.set(`p|${period}`, values.get(`city0|${period}`)! + values.get(`city1|${period}`)!);
        sums.push({ parent: `p|${period}`, children: [`city0|${period}`, `city1|${period}`] });
      }
      for (const region of [...leaves, 'city0', 'city1', 'p']) sums.push({ parent: `${region}|q`, children: ['1', '2', '3'].map((m) => `${region}|${m}`) });
      const withheld = suppressedCells(values, sums, 5);
      for (const [id, value] of values) if (value < 5) expect(withheld.get(id)).toBe('SMALL_CELL');
      for (const { parent, children } of sums) expect([parent, ...children].filter((id) => withheld.has(id)).length).not.toBe(1);
    }
  });

  it("sums a province's regions in each period, and each region's year and quarters", () => {
    expect(periodsOfYear(2026)).toEqual([
      '2026',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      ...Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`),
    ]);
    const sums = provinceYearSums('440000', 2026, ['n']);
    const province = sums.find((s) => s.parent === cellId('440000', '2026-Q3', 'n'));
    expect(province?.children).toContain(cellId('440100', '2026-Q3', 'n'));
    expect(sums.find((s) => s.parent === cellId('440106', '2026', 'n') && s.children.length === 4)?.children).toEqual(
      ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map((q) => cellId('440106', q, 'n')),
    );
    expect(sums.find((s) => s.parent === cellId('440106', '2026-Q3', 'n'))?.children).toEqual(
      ['2026-07', '2026-08', '2026-09'].map((m) => cellId('440106', m, 'n')),
    );
  });
});
