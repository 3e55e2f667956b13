// Keyset pagination: opaque cursors over a stable sort key, and the connection shape of the contract.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { badInput } from '#platform/graphql/errors.js';
import type { Caller } from '#platform/identity/identity.js';
import { t } from '#platform/i18n/request-language.js';

export const MAX_PAGE_SIZE = 500;

export type CursorValue = string | number;

// Cursors are encrypted, not only signed: a sort key holds exact dates and timestamps (a
// follow-up's day, a referral's submission time) that the caller may not otherwise read.
// AES-256-GCM from node:crypto rather than jose's compact JWE: one authenticated cipher with
// no header to parse or algorithm to negotiate, a shorter cursor, and the binding (list and
// caller) goes in as associated data, so it is checked without being carried in the cursor.
// The nonce is synthetic (an HMAC of the binding and the sort key, under a second key), as in
// SIV: one position of one list for one caller always makes the same cursor, so answers stay
// comparable and cacheable, and a nonce repeats only for the very same message.
// Every replica of every subgraph must share the keys: the server derives them from the
// agencies' linkage key at start-up with HKDF (setCursorKey), so no new setting is needed.
let cursorKey = randomBytes(32);
let nonceKey = randomBytes(32);

export function setCursorKey(linkageKey: Buffer): void {
  cursorKey = Buffer.from(hkdfSync('sha256', linkageKey, Buffer.alloc(0), 'patient-journey list cursor v2: encryption', 32));
  nonceKey = Buffer.from(hkdfSync('sha256', linkageKey, Buffer.alloc(0), 'patient-journey list cursor v2: nonce', 32));
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Plaintexts are padded to a multiple of this, so a cursor's length says little about its key. */
const PAD_TO = 32;

/** Whom a cursor belongs to: not one token, so a refreshed token keeps paging. */
export type CursorOwner = Pick<Caller, 'subject' | 'role' | 'regionCode'>;

/** The type of each value of a list's sort key, in order. */
export type CursorShape = readonly ('string' | 'number')[];
type ValuesOf<S extends CursorShape> = { -readonly [K in keyof S]: S[K] extends 'number' ? number : string };

/**
 * One list's cursors: its name is bound into each cursor, so a cursor of another list (or
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

/** The associated data: the list and its caller must match, or the cursor does not open. */
const bindingOf = (kind: ListCursor<readonly CursorValue[]>, owner: CursorOwner): Buffer =>
  Buffer.from(JSON.stringify([kind.list, owner.subject, owner.role, owner.regionCode]), 'utf8');

export function encodeCursor<V extends readonly CursorValue[]>(kind: ListCursor<V>, owner: CursorOwner, values: V): string {
  const json = JSON.stringify(values);
  // JSON.parse ignores trailing spaces.
  const plain = Buffer.from(json.padEnd(Math.ceil((json.length + 1) / PAD_TO) * PAD_TO, ' '), 'utf8');
  const binding = bindingOf(kind, owner);
  const iv = createHmac('sha256', nonceKey)
    .update(binding)
    .update(Buffer.from([0]))
    .update(plain)
    .digest()
    .subarray(0, IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', cursorKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(binding);
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** Decodes a cursor that encodeCursor made for this list and caller; anything else is bad input. */
export function decodeCursor<V extends readonly CursorValue[]>(cursor: string, kind: ListCursor<V>, owner: CursorOwner): V {
  try {
    const bytes = Buffer.from(cursor, 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES + 1 || bytes.toString('base64url') !== cursor) throw new Error('not a cursor');
    const decipher = createDecipheriv('aes-256-gcm', cursorKey, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(bindingOf(kind, owner));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    const values: unknown = JSON.parse(plain.toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === kind.shape.length &&
      values.every((v, i) => typeof v === kind.shape[i] && (typeof v !== 'number' || Number.isFinite(v)))
    )
      return values as unknown as V;
  } catch {
    // fall through to the input error below
  }
  throw badInput(t('input.cursor'), 'after');
}

export function pageSize(first: number | null | undefined, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(t('input.pageSize', { max: MAX_PAGE_SIZE }), 'first');
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
  owner: CursorOwner,
  cursorOf: (row: R) => V,
  nodeOf: (row: R) => T,
): Connection<T> {
  const edges = page.map((row) => ({ cursor: encodeCursor(kind, owner, cursorOf(row)), node: nodeOf(row) }));
  return { edges, nodes: edges.map((e) => e.node), pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** Builds a connection from `size + 1` fetched rows: the extra row only says there is a next page. */
export function toConnection<R, T, V extends readonly CursorValue[]>(
  rows: readonly R[],
  size: number,
  kind: ListCursor<V>,
  owner: CursorOwner,
  cursorOf: (row: R) => V,
  nodeOf: (row: R) => T,
): Connection<T> {
  return connectionOf(rows.slice(0, size), rows.length > size, kind, owner, cursorOf, nodeOf);
}
