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

export function encodeCursor(values: readonly CursorValue[]): string {
  const body = Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
  return `${body}.${signatureOf(body).toString('base64url')}`;
}

/** Decodes a cursor made by encodeCursor with `arity` values; a tampered or foreign cursor is bad input. */
export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  try {
    const [body, signature, ...rest] = cursor.split('.');
    const given = Buffer.from(signature ?? '', 'base64url');
    if (!body || rest.length > 0 || given.length !== SIGNATURE_BYTES || !timingSafeEqual(given, signatureOf(body))) throw new Error('unsigned');
    const values: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values as CursorValue[];
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

/** Builds a connection from one page of rows. */
export function connectionOf<R, T>(
  page: readonly R[],
  hasNextPage: boolean,
  cursorOf: (row: R) => readonly CursorValue[],
  nodeOf: (row: R) => T,
): Connection<T> {
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: nodeOf(row) }));
  return { edges, nodes: edges.map((e) => e.node), pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** Builds a connection from `size + 1` fetched rows: the extra row only says there is a next page. */
export function toConnection<R, T>(rows: readonly R[], size: number, cursorOf: (row: R) => readonly CursorValue[], nodeOf: (row: R) => T): Connection<T> {
  return connectionOf(rows.slice(0, size), rows.length > size, cursorOf, nodeOf);
}
