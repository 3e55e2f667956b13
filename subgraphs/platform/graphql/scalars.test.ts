import { describe, expect, it } from 'vitest';
import { CitizenIdScalar, DateScalar, DateTimeScalar, formatDateTime, isIsoDate } from '#platform/graphql/scalars.js';

describe('Date', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
  });
  it('refuses an impossible date as bad input', () => {
    expect(() => DateScalar.parseValue('2024-13-01')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});

describe('DateTime', () => {
  it('writes timestamps in China Standard Time with their offset', () => {
    expect(formatDateTime(new Date('2024-03-01T00:30:00Z'))).toBe('2024-03-01T08:30:00+08:00');
    expect(DateTimeScalar.serialize(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01T00:00:00+08:00');
  });
  it('reads any offset back to the same instant', () => {
    expect((DateTimeScalar.parseValue('2024-03-01T08:30:00+08:00') as Date).toISOString()).toBe('2024-03-01T00:30:00.000Z');
  });
});

describe('CitizenId', () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return { code: (error as { extensions?: { code?: string } }).extensions?.code, message: (error as Error).message };
    }
    return null;
  };
  it('accepts a valid number, normalising the check character', () => {
    expect(CitizenIdScalar.parseValue('11010519491231002x')).toBe('11010519491231002X');
  });
  it('refuses an invalid number as bad input naming the problem, not the number', () => {
    const problem = codeOf(() => CitizenIdScalar.parseValue('110105194912310021'));
    expect(problem).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/校验码/) });
    expect(problem?.message).not.toContain('110105194912310021');
  });
  it('is never written into a response', () => {
    expect(() => CitizenIdScalar.serialize('11010519491231002X')).toThrow(/input type/);
  });
});
