// Keyset pagination: opaque, signed cursors over a stable sort key, and the connection shape of the contract.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { badInput } from '#platform/graphql/errors.js';

export const MAX_PAGE_SIZE = 500;

export type CursorValue = string | number;

// Cursors are signed so that a client cannot edit one into a position it was never given
// (another region's rows, a forged pid). Every replica of a subgraph must share the key:
// the server derives it from the agencies' linkage key at start-up (setCursorKey).
let cursorKey = randomBytes(32);

export function setCursorKey(secret: Buffer): void {
  cursorKey = createHmac('sha256', secret).update('cursor-signing').digest();
}

const SIGNATURE_BYTES = 16;
const signatureOf = (body: string): Buffer => createHmac('sha256', cursorKey).update(body).digest().subarray(0, SIGNATURE_BYTES);

/** The type of each value of a list's sort key, in order. */
export type CursorShape = readonly ('string' | 'number')[];
type ValuesOf<S extends CursorShape> = { -readonly [K in keyof S]: S[K] extends 'number' ? number : string };

/**
 * One list's cursors: its name goes inside each signed cursor, so a cursor of another list (or
 * another subgraph: all of them share the key) is refused as bad input, not handed to SQL.
 */
export interface ListCursor<V extends readonly CursorValue[]> {
  /** Unique across the graph: `<subgraph>.<list>`. */
  readonly list: string;
  readonly shape: CursorShape;
  /** Only carries the sort key's type to encode and decode. */
  readonly values?: V;
}

export function listCursor<const S extends CursorShape>(list: string, ...shape: S): ListCursor<ValuesOf<S>> {
  return { list, shape };
}

export function encodeCursor<V extends readonly CursorValue[]>(kind: ListCursor<V>, values: V): string {
  const body = Buffer.from(JSON.stringify([kind.list, ...values]), 'utf8').toString('base64url');
  return `${body}.${signatureOf(body).toString('base64url')}`;
}

/** Decodes a cursor that encodeCursor made for this list; a tampered or foreign cursor, or another list's, is bad input. */
export function decodeCursor<V extends readonly CursorValue[]>(cursor: string, kind: ListCursor<V>): V {
  try {
    const [body, signature, ...rest] = cursor.split('.');
    const given = Buffer.from(signature ?? '', 'base64url');
    if (!body || rest.length > 0 || given.length !== SIGNATURE_BYTES || !timingSafeEqual(given, signatureOf(body))) throw new Error('unsigned');
    const decoded: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded[0] === kind.list && decoded.length === kind.shape.length + 1) {
      const values = decoded.slice(1);
      if (values.every((v, i) => typeof v === kind.shape[i] && (typeof v !== 'number' || Number.isFinite(v)))) return values as unknown as V;
    }
  } catch {
    // fall through to the input error below
  }
  throw badInput('after is not a cursor returned by this list', 'after');
}

export function pageSize(first: number | null | undefined, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, 'first');
  }
  return size;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A list with nothing in it for this caller. */
export const emptyConnection = <T>(): Connection<T> => ({ edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });

/** Builds a connection from one page of rows. */
export function connectionOf<R, T, V extends readonly CursorValue[]>(
  page: readonly R[],
  hasNextPage: boolean,
  kind: ListCursor<V>,
  cursorOf: (row: R) => V,
  nodeOf: (row: R) => T,
): Connection<T> {
  const edges = page.map((row) => ({ cursor: encodeCursor(kind, cursorOf(row)), node: nodeOf(row) }));
  return { edges, nodes: edges.map((e) => e.node), pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** Builds a connection from `size + 1` fetched rows: the extra row only says there is a next page. */
export function toConnection<R, T, V extends readonly CursorValue[]>(
  rows: readonly R[],
  size: number,
  kind: ListCursor<V>,
  cursorOf: (row: R) => V,
  nodeOf: (row: R) => T,
): Connection<T> {
  return connectionOf(rows.slice(0, size), rows.length > size, kind, cursorOf, nodeOf);
}
