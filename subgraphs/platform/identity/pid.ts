// The pseudonymous linkage key: pid = HMAC-SHA-256(citizen ID) under the agencies' shared key.
import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import { toBase32 } from '#platform/identity/base32.js';
import { readOrCreate } from '#platform/server/write-once.js';

/** 20 bytes of the MAC (160 bits) encode to exactly 32 characters. */
const PID_BYTES = 20;
export const PID_LENGTH = 32;
const PID_PATTERN = /^[a-z2-7]{32}$/;

/** Derives the pid of an already validated, normalised citizen ID. */
export function derivePid(citizenId: string, linkageKey: Buffer): string {
  return toBase32(createHmac('sha256', linkageKey).update(citizenId, 'utf8').digest().subarray(0, PID_BYTES));
}

export function isPid(value: string): boolean {
  return PID_PATTERN.test(value);
}

/** Decodes LINKAGE_KEY: 64 hex characters or base64 of at least 32 bytes. */
export function parseLinkageKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64,}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length < 32) throw new RangeError('LINKAGE_KEY must hold at least 32 bytes (64 hex characters or base64)');
  return key;
}

/** The dev linkage key in `<dataDir>/linkage.key`, created on first use. */
export function devLinkageKey(dir: string): Buffer {
  return parseLinkageKey(readOrCreate(path.join(dir, 'linkage.key'), () => `${randomBytes(32).toString('hex')}\n`));
}
