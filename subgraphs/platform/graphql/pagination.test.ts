import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, listCursor, pageSize, setCursorKey, toConnection } from '#platform/graphql/pagination.js';

const VISITS = listCursor('test.visits', 'string', 'number');
const IDS = listCursor('test.ids', 'number');

describe('cursors', () => {
  it('round-trip their sort key and stay opaque', () => {
    const cursor = encodeCursor(VISITS, ['2024-01-02', 42]);
    expect(cursor).not.toContain('2024');
    expect(decodeCursor(cursor, VISITS)).toEqual(['2024-01-02', 42]);
  });
  it('refuse anything this list did not issue', () => {
    for (const bad of ['bogus', encodeCursor(IDS, [1]), Buffer.from('{"x":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad, VISITS)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });
  it("refuse another list's cursor even when its sort key has the same shape", () => {
    const other = listCursor('test.otherVisits', 'string', 'number');
    expect(() => decodeCursor(encodeCursor(other, ['2024-01-02', 42]), VISITS)).toThrow(/not a cursor/);
  });
  it('refuse a cursor whose sort key has values of other types', () => {
    const loose = listCursor('test.visits', 'number', 'string');
    expect(() => decodeCursor(encodeCursor(loose, [1, 'x']), VISITS)).toThrow(/not a cursor/);
  });
  it('refuse a cursor whose sort key was edited, or that another key signed', () => {
    const cursor = encodeCursor(VISITS, ['2024-01-02', 42]);
    const [, signature] = cursor.split('.');
    const edited = `${Buffer.from(JSON.stringify(['test.visits', '2024-01-02', 41])).toString('base64url')}.${signature}`;
    expect(() => decodeCursor(edited, VISITS)).toThrow(/not a cursor/);
    setCursorKey(Buffer.from('another deployment'));
    expect(() => decodeCursor(cursor, VISITS)).toThrow(/not a cursor/);
    expect(decodeCursor(encodeCursor(VISITS, ['x', 1]), VISITS)).toEqual(['x', 1]);
  });
});

describe('pages', () => {
  it('bound the page size', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(() => pageSize(0)).toThrow(/first must be between/);
    expect(() => pageSize(501)).toThrow(/first must be between/);
  });
  it('use the extra row only to say there is a next page', () => {
    const connection = toConnection(
      [1, 2, 3],
      2,
      IDS,
      (n) => [n],
      (n) => n * 10,
    );
    expect(connection.nodes).toEqual([10, 20]);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(connection.pageInfo.endCursor!, IDS)).toEqual([2]);
    expect(
      toConnection(
        [],
        2,
        IDS,
        (n: number) => [n],
        (n) => n,
      ).pageInfo,
    ).toEqual({ hasNextPage: false, endCursor: null });
  });
});
