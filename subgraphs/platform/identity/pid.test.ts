import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivePid, devLinkageKey, isPid, parseLinkageKey, PID_LENGTH } from '#platform/identity/pid.js';

const key = Buffer.alloc(32, 7);

describe('derivePid', () => {
  it('is a fixed-length base32 pseudonym', () => {
    const pid = derivePid('11010519491231002X', key);
    expect(pid).toHaveLength(PID_LENGTH);
    expect(isPid(pid)).toBe(true);
  });
  it('is stable for one key and differs under another key', () => {
    expect(derivePid('11010519491231002X', key)).toBe(derivePid('11010519491231002X', key));
    expect(derivePid('11010519491231002X', Buffer.alloc(32, 8))).not.toBe(derivePid('11010519491231002X', key));
  });
  it('does not contain the citizen ID or its digits in order', () => {
    expect(derivePid('11010519491231002X', key)).not.toMatch(/\d{6}/);
  });
});

describe('linkage keys', () => {
  it('reads 64 hex characters or base64 and refuses short keys', () => {
    expect(parseLinkageKey('ab'.repeat(32))).toHaveLength(32);
    expect(parseLinkageKey(Buffer.alloc(32, 1).toString('base64'))).toHaveLength(32);
    expect(() => parseLinkageKey('abcd')).toThrow(/at least 32 bytes/);
  });
  it('generates the dev key once and keeps it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pj-key-'));
    const first = devLinkageKey(dir);
    const second = devLinkageKey(dir);
    expect(second.equals(first)).toBe(true);
    expect(readFileSync(path.join(dir, 'linkage.key'), 'utf8').trim()).toBe(first.toString('hex'));
  });
});
