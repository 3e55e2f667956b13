import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize, setCursorKey, toConnection } from '#platform/graphql/pagination.js';

describe('cursors', () => {
  it('round-trip their sort key and stay opaque', () => {
    const cursor = encodeCursor(['2024-01-02', 42]);
    expect(cursor).not.toContain('2024');
    expect(decodeCursor(cursor, 2)).toEqual(['2024-01-02', 42]);
  });
  it('refuse anything this list did not issue', () => {
    for (const bad of ['bogus', encodeCursor(['a']), Buffer.from('{"x":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad, 2)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });
  it('refuse a cursor whose sort key was edited, or that another key signed', () => {
    const cursor = encodeCursor(['2024-01-02', 42]);
    const [, signature] = cursor.split('.');
    const edited = `${Buffer.from(JSON.stringify(['2024-01-02', 41])).toString('base64url')}.${signature}`;
    expect(() => decodeCursor(edited, 2)).toThrow(/not a cursor/);
    setCursorKey(Buffer.from('another deployment'));
    expect(() => decodeCursor(cursor, 2)).toThrow(/not a cursor/);
    expect(decodeCursor(encodeCursor(['x', 1]), 2)).toEqual(['x', 1]);
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
      (n) => [n],
      (n) => n * 10,
    );
    expect(connection.nodes).toEqual([10, 20]);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(connection.pageInfo.endCursor!, 1)).toEqual([2]);
    expect(
      toConnection(
        [],
        2,
        (n: number) => [n],
        (n) => n,
      ).pageInfo,
    ).toEqual({ hasNextPage: false, endCursor: null });
  });
});
