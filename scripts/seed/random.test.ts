import { describe, expect, it } from 'vitest';
import { Random } from './random.js';

const draws = (random: Random, n: number): number[] => Array.from({ length: n }, () => random.nextUint32());

describe('Random', () => {
  it('repeats the same sequence for the same seed, stream and key', () => {
    expect(draws(Random.for(1, 'person', 42), 20)).toEqual(draws(Random.for(1, 'person', 42), 20));
  });

  it('gives independent sequences to other seeds, streams and keys', () => {
    const base = draws(Random.for(1, 'person', 42), 5);
    expect(draws(Random.for(2, 'person', 42), 5)).not.toEqual(base);
    expect(draws(Random.for(1, 'residence', 42), 5)).not.toEqual(base);
    expect(draws(Random.for(1, 'person', 43), 5)).not.toEqual(base);
  });

  it('keeps integers within both bounds and reaches them', () => {
    const random = Random.for(1, 'test', 'int');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(random.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('never picks an entry of weight zero and follows the weights', () => {
    const random = Random.for(1, 'test', 'weighted');
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        random.weighted([
          ['a', 3],
          ['b', 1],
          ['never', 0],
        ] as const)
      ] += 1;
    expect(counts.never).toBe(0);
    expect(counts.a / 10_000).toBeGreaterThan(0.72);
    expect(counts.a / 10_000).toBeLessThan(0.78);
  });

  it('makes version-4-shaped UUIDs', () => {
    const random = Random.for(1, 'test', 'uuid');
    for (let i = 0; i < 50; i++) expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses to pick from nothing', () => {
    expect(() => Random.for(1, 'test', 'empty').pick([])).toThrow(RangeError);
  });
});
