import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { serviceTokenSource } from '#platform/identity/service-token.js';

describe('serviceTokenSource', () => {
  it('signs one dev SERVICE token for concurrent calls and hands it out again until its renewal', async () => {
    const token = serviceTokenSource('welfare', 'REFERRAL', mkdtempSync(path.join(tmpdir(), 'pj-service-')), {});
    const [first, second] = await Promise.all([token(), token()]);
    expect(second).toBe(first);
    expect(await token()).toBe(first);
    const claims = decodeJwt(first);
    expect(claims).toMatchObject({ role: 'SERVICE', sub: 'service-welfare', purpose: 'REFERRAL' });
    expect(claims.exp! - claims.iat!).toBe(600);
  });

  it('re-reads SERVICE_TOKEN_FILE before each call, so the token can be rotated', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pj-service-'));
    const file = path.join(dir, 'token');
    writeFileSync(file, 'first.token.x\n');
    const token = serviceTokenSource('employment', 'EMPLOYMENT', dir, { SERVICE_TOKEN_FILE: file });
    expect(await token()).toBe('first.token.x');
    writeFileSync(file, 'second.token.x\n');
    expect(await token()).toBe('second.token.x');
  });
});
