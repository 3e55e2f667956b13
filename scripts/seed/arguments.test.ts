import { describe, expect, it } from 'vitest';
import { StartupError } from '#platform/config/config.js';
import { parseSeedArguments } from './arguments.js';

describe('parseSeedArguments', () => {
  it('defaults to 2000 people with seed 1, keeping existing data', () => {
    expect(parseSeedArguments([])).toEqual({ people: 2000, seed: 1, ifEmpty: false, reset: false });
  });

  it('reads every option', () => {
    expect(parseSeedArguments(['--people', '300', '--seed=42', '--if-empty', '--reset'])).toEqual({ people: 300, seed: 42, ifEmpty: true, reset: true });
  });

  it('reports every bad value at once', () => {
    try {
      parseSeedArguments(['--people', '0', '--seed', 'x']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StartupError);
      expect((error as StartupError).problems).toHaveLength(2);
    }
  });

  it('refuses unknown options with the usage on one line', () => {
    expect(() => parseSeedArguments(['--people', '10', '--force'])).toThrow(/Unknown option '--force'.*usage: npm run seed/);
  });
});
