// What analysts see instead of identities (DOMAIN.md §6): pids replaced by pseudonyms that hold only
// within one token, and dates cut to the month. Applied to the schema in one place, for every subgraph.
import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import { defaultFieldResolver, getNamedType, type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { fromBase32, toBase32 } from '#platform/identity/base32.js';
import type { Caller } from '#platform/identity/identity.js';

const PREFIX = 'anon';
const PID_BYTES = 20;
const BLOCK = 32;

/** The key of one analyst token: derived from the agencies' linkage key, so every subgraph agrees on it. */
function tokenKey(linkageKey: Buffer, caller: Caller): Buffer {
  return createHmac('sha256', linkageKey).update(`analyst-pseudonym:${caller.subject}:${caller.tokenId}`).digest();
}

/**
 * A deterministic, reversible pseudonym: the pid's 20 bytes and 12 zero bytes, AES-256-CBC
 * under the token's key. Stable within the token; unlinkable across tokens; the subgraphs
 * turn it back into the pid to join the agencies' records.
 */
export function pseudonymize(pid: string, linkageKey: Buffer, caller: Caller): string {
  const plain = Buffer.concat([fromBase32(pid) ?? Buffer.alloc(0), Buffer.alloc(BLOCK)]).subarray(0, BLOCK);
  const cipher = createCipheriv('aes-256-cbc', tokenKey(linkageKey, caller), Buffer.alloc(16));
  cipher.setAutoPadding(false);
  return PREFIX + toBase32(Buffer.concat([cipher.update(plain), cipher.final()]));
}

/** The pid behind a pseudonym of this token, or null for anything else (the zero bytes must come back). */
export function depseudonymize(pseudonym: string, linkageKey: Buffer, caller: Caller): string | null {
  if (!pseudonym.startsWith(PREFIX)) return null;
  const bytes = fromBase32(pseudonym.slice(PREFIX.length));
  if (!bytes || bytes.length < BLOCK) return null;
  const decipher = createDecipheriv('aes-256-cbc', tokenKey(linkageKey, caller), Buffer.alloc(16));
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(bytes.subarray(0, BLOCK)), decipher.final()]);
  if (!plain.subarray(PID_BYTES).equals(Buffer.alloc(BLOCK - PID_BYTES))) return null;
  return toBase32(plain.subarray(0, PID_BYTES));
}

export const isAnalyst = (caller: Caller): boolean => caller.role === 'ANALYST';

/** A pid argument as the caller wrote it: analysts write pseudonyms. Null when it names nobody. */
export function pidArgument(pid: string, context: { caller: Caller; linkageKey: Buffer }): string | null {
  return isAnalyst(context.caller) ? depseudonymize(pid, context.linkageKey, context.caller) : pid;
}

/** A date or timestamp cut to the first of its month. */
export function toMonth(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}/.test(value)) return `${value.slice(0, 7)}-01`;
  if (value instanceof Date) return new Date(`${value.toISOString().slice(0, 7)}-01T00:00:00+08:00`);
  return value;
}

type Context = { caller: Caller; linkageKey: Buffer };
type ReferenceResolver = (reference: { pid: string }, context: Context, info: unknown) => unknown;

/**
 * For analysts: Person.pid answers the pseudonym, Person references arrive as pseudonyms and
 * are turned back, and every Date and DateTime field answers the month only.
 */
export function applyAnalystView(schema: GraphQLSchema): GraphQLSchema {
  const person = schema.getType('Person');
  if (isObjectType(person)) {
    const pidField = person.getFields().pid;
    if (pidField) {
      const resolve = pidField.resolve ?? defaultFieldResolver;
      pidField.resolve = (parent, args, context: Context, info) => {
        const pid = resolve(parent, args, context, info) as string;
        return isAnalyst(context.caller) ? pseudonymize(pid, context.linkageKey, context.caller) : pid;
      };
    }
    const subgraph = (person.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } }).apollo?.subgraph;
    if (subgraph?.resolveReference) {
      const resolveReference = subgraph.resolveReference;
      subgraph.resolveReference = (reference, context, info) => {
        if (!isAnalyst(context.caller)) return resolveReference(reference, context, info);
        const pid = depseudonymize(reference.pid, context.linkageKey, context.caller);
        return pid ? resolveReference({ ...reference, pid }, context, info) : null;
      };
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type).name;
      if (named !== 'Date' && named !== 'DateTime') continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = async (parent, args, context: Context, info) => {
        const value = await resolve(parent, args, context, info);
        if (!isAnalyst(context.caller)) return value;
        return Array.isArray(value) ? value.map(toMonth) : toMonth(value);
      };
    }
  }
  return schema;
}
