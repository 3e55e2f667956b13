import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptCitizenId, encryptCitizenId } from './citizen-id-cipher.js';

describe('citizen IDs at rest', () => {
  const key = randomBytes(32);
  const id = '11010519491231002X';

  it('are unreadable without the key and come back with it', () => {
    const stored = encryptCitizenId(id, key);
    expect(stored).not.toContain('110105');
    expect(encryptCitizenId(id, key)).not.toBe(stored);
    expect(decryptCitizenId(stored, key)).toBe(id);
  });

  it('refuse another key or an edited text', () => {
    const stored = encryptCitizenId(id, key);
    expect(() => decryptCitizenId(stored, randomBytes(32))).toThrow();
    const parts = stored.split('.');
    parts[3] = Buffer.from('110105194912310000').toString('base64url');
    expect(() => decryptCitizenId(parts.join('.'), key)).toThrow();
  });
});
