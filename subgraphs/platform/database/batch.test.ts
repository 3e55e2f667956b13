import { describe, expect, it } from 'vitest';
import { mapTo, mapToMany } from '#platform/database/batch.js';

describe('mapTo', () => {
  it('returns one result per key in key order, null for misses', () => {
    expect(mapTo(['b', 'x', 'a'], [{ id: 'a' }, { id: 'b' }], (r) => r.id)).toEqual([{ id: 'b' }, null, { id: 'a' }]);
  });
});

describe('mapToMany', () => {
  it('groups rows per key keeping their order, [] for misses', () => {
    const rows = [
      { k: 1, v: 'x' },
      { k: 2, v: 'y' },
      { k: 1, v: 'z' },
    ];
    expect(mapToMany([1, 3, 2], rows, (r) => r.k)).toEqual([[rows[0], rows[2]], [], [rows[1]]]);
  });
});
