import { describe, expect, it } from 'vitest';
import { type CursorOwner, decodeCursor, encodeCursor, listCursor, pageSize, setCursorKey, toConnection } from '#platform/graphql/pagination.js';

const VISITS = listCursor('test.visits', 'string', 'number');
const IDS = listCursor('test.ids', 'number');
const officer: CursorOwner = { subject: 'officer-1', role: 'REGISTRY_OFFICER', regionCode: '440106' };
const badInput = expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });

describe('cursors', () => {
  it('round-trip their sort key', () => {
    const cursor = encodeCursor(VISITS, officer, ['2024-01-02', 42]);
    expect(decodeCursor(cursor, VISITS, officer)).toEqual(['2024-01-02', 42]);
  });
  it('reveal no date: the sort key is encrypted', () => {
    const cursor = encodeCursor(VISITS, officer, ['2024-01-02T08:30:00.000000Z', 42]);
    const bytes = Buffer.from(cursor, 'base64url');
    for (const view of [cursor, bytes.toString('utf8'), bytes.toString('latin1')]) {
      expect(view).not.toMatch(/2024|01-02|08:30|test\.visits|officer/);
    }
    expect(() => JSON.parse(bytes.toString('utf8'))).toThrow();
    // One position makes one cursor (a synthetic nonce), another position another.
    expect(encodeCursor(VISITS, officer, ['2024-01-02T08:30:00.000000Z', 42])).toBe(cursor);
    expect(encodeCursor(VISITS, officer, ['2024-01-02T08:30:00.000000Z', 43]).slice(0, 16)).not.toBe(cursor.slice(0, 16));
    expect(encodeCursor(VISITS, { ...officer, subject: 'officer-2' }, ['2024-01-02T08:30:00.000000Z', 42])).not.toBe(cursor);
    // Sort keys of different lengths make cursors of one length, up to the padding block.
    expect(encodeCursor(VISITS, officer, ['2024-01-02', 1]).length).toBe(encodeCursor(VISITS, officer, ['2024-01-02', 123456]).length);
  });
  it('refuse anything this list did not issue', () => {
    for (const bad of ['bogus', '', encodeCursor(IDS, officer, [1]), Buffer.from('{"x":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad, VISITS, officer)).toThrow(badInput);
    }
  });
  it("refuse another list's cursor even when its sort key has the same shape", () => {
    const other = listCursor('test.otherVisits', 'string', 'number');
    expect(() => decodeCursor(encodeCursor(other, officer, ['2024-01-02', 42]), VISITS, officer)).toThrow(/after 不是本列表返回的游标/);
  });
  it("refuse another caller's cursor: another subject, role or region", () => {
    const cursor = encodeCursor(VISITS, officer, ['2024-01-02', 42]);
    for (const other of [
      { ...officer, subject: 'officer-2' },
      { ...officer, role: 'HOSPITAL_CLINICIAN' as const },
      { ...officer, regionCode: '440100' },
    ]) {
      expect(() => decodeCursor(cursor, VISITS, other)).toThrow(badInput);
    }
  });
  it('keep paging for the same caller with a refreshed token (the token id is not bound)', () => {
    const cursor = encodeCursor(VISITS, officer, ['2024-01-02', 42]);
    const refreshed = { ...officer, tokenId: 'another-token', purpose: 'STATISTICS' };
    expect(decodeCursor(cursor, VISITS, refreshed)).toEqual(['2024-01-02', 42]);
  });
  it('refuse a cursor whose sort key has values of other types', () => {
    const loose = listCursor('test.visits', 'number', 'string');
    expect(() => decodeCursor(encodeCursor(loose, officer, [1, 'x']), VISITS, officer)).toThrow(/游标/);
  });
  it('refuse a tampered cursor, or one that another key sealed', () => {
    const cursor = encodeCursor(VISITS, officer, ['2024-01-02', 42]);
    const bytes = Buffer.from(cursor, 'base64url');
    for (const at of [0, 12, bytes.length - 1]) {
      const edited = Buffer.from(bytes);
      edited[at]! ^= 1;
      expect(() => decodeCursor(edited.toString('base64url'), VISITS, officer)).toThrow(badInput);
    }
    expect(() => decodeCursor(`${cursor}A`, VISITS, officer)).toThrow(badInput);
    setCursorKey(Buffer.from('another deployment'));
    expect(() => decodeCursor(cursor, VISITS, officer)).toThrow(/游标/);
    expect(decodeCursor(encodeCursor(VISITS, officer, ['x', 1]), VISITS, officer)).toEqual(['x', 1]);
  });
});

describe('pages', () => {
  it('bound the page size', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(() => pageSize(0)).toThrow(/first 须在 1 到 500 之间/);
    expect(() => pageSize(501)).toThrow(/first 须在 1 到 500 之间/);
  });
  it('use the extra row only to say there is a next page', () => {
    const connection = toConnection(
      [1, 2, 3],
      2,
      IDS,
      officer,
      (n) => [n],
      (n) => n * 10,
    );
    expect(connection.nodes).toEqual([10, 20]);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(connection.pageInfo.endCursor!, IDS, officer)).toEqual([2]);
    expect(
      toConnection(
        [],
        2,
        IDS,
        officer,
        (n: number) => [n],
        (n) => n,
      ).pageInfo,
    ).toEqual({ hasNextPage: false, endCursor: null });
  });
});
