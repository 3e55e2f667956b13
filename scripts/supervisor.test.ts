import { describe, expect, it } from 'vitest';
import { restartDelay } from './supervisor.js';

describe('restart delays', () => {
  const options = { restartDelayMs: 500, maxRestartDelayMs: 30_000 };
  it('double with each crash in a row, up to the longest wait', () => {
    expect([1, 2, 3, 4].map((n) => restartDelay(n, options))).toEqual([500, 1000, 2000, 4000]);
    expect(restartDelay(7, options)).toBe(30_000);
    expect(restartDelay(50, options)).toBe(30_000);
  });
});
