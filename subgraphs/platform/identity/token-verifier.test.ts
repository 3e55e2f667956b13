import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { devKeyFiles, ensureDevKeys, jwksFrom } from '#platform/identity/keys.js';
import { withLanguage } from '#platform/i18n/request-language.js';
import { type AuthenticationError, createTokenVerifier, type TokenVerifier } from '#platform/identity/token-verifier.js';

const issuer = 'test-issuer';
const audience = 'patient-journey';
let verify: TokenVerifier;
let privateJwk: Awaited<ReturnType<typeof ensureDevKeys>>;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pj-keys-'));
  privateJwk = await ensureDevKeys(dir);
  verify = createTokenVerifier({ keys: jwksFrom(devKeyFiles(dir).jwks), issuer, audience, clockToleranceSeconds: 5 });
});

const token = (over: Partial<Parameters<typeof signDevToken>[1]> = {}) =>
  signDevToken(privateJwk, { role: 'SOCIAL_WORKER', region: '440300', issuer, audience, ...over });

/** The refusal in English (the reasons below are matched in English; Chinese is the default). */
async function refusal(authorization: string | undefined) {
  try {
    await withLanguage('en', () => verify(authorization));
  } catch (error) {
    return error as AuthenticationError;
  }
  throw new Error('accepted');
}

describe('token verification', () => {
  it('accepts a signed token and builds the caller from its claims', async () => {
    const caller = await verify(`Bearer ${await token({ institution: undefined, purpose: 'SERVICE' })}`);
    expect(caller).toMatchObject({ role: 'SOCIAL_WORKER', regionCode: '440300', purpose: 'SERVICE', institutionId: null });
  });

  it.each([
    ['missing', async () => undefined, /required/],
    ['malformed', async () => 'Bearer not-a-jwt', /Bearer <JWT>/],
    ['expired', async () => `Bearer ${await token({ ttl: '-1h' })}`, /expired/],
    ['for another audience', async () => `Bearer ${await token({ audience: 'someone-else' })}`, /aud/],
    ['from another issuer', async () => `Bearer ${await token({ issuer: 'other' })}`, /iss/],
    [
      'unsigned (alg none)',
      async () =>
        `Bearer ${new UnsecuredJWT({ role: 'ANALYST', region: '000000' }).setSubject('x').setIssuer(issuer).setAudience(audience).setExpirationTime('1h').encode()}`,
      /algorithm|malformed/,
    ],
  ])('refuses a %s token with 401', async (_case, make, reason) => {
    const error = await refusal(await make());
    expect(error.status).toBe(401);
    expect(error.message).toMatch(reason);
  });

  it('refuses a token signed by another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ role: 'ANALYST', region: '000000' })
      .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid! })
      .setSubject('x')
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime('1h')
      .sign(privateKey);
    expect((await refusal(`Bearer ${forged}`)).message).toMatch(/signature/);
  });

  it('refuses a purpose the role may not use with 403', async () => {
    const error = await refusal(`Bearer ${await token({ role: 'EMPLOYMENT_OFFICER', purpose: 'TREATMENT' })}`);
    expect(error.status).toBe(403);
  });

  it('refuses institution staff without an institution, and unknown regions', async () => {
    expect((await refusal(`Bearer ${await token({ role: 'INSTITUTION_STAFF' })}`)).status).toBe(401);
    expect((await refusal(`Bearer ${await token({ region: '449999' })}`)).message).toMatch(/region/);
  });
});

describe('verified-token cache', () => {
  it('answers the same caller for the same token, and still refuses a tampered copy', async () => {
    const jwt = await token();
    const first = await verify(`Bearer ${jwt}`);
    expect(await verify(`Bearer ${jwt}`)).toBe(first);
    const [header, payload, signature] = jwt.split('.');
    const tampered = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await refusal(`Bearer ${tampered}`)).status).toBe(401);
  });

  it('forgets a token when it expires, and verifies it again (here within the clock tolerance)', async () => {
    const jwt = await token({ ttl: '2s' });
    const first = await verify(`Bearer ${jwt}`);
    expect(await verify(`Bearer ${jwt}`)).toBe(first);
    const expiresAt = (JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as { exp: number }).exp * 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt - Date.now()) + 50));
    const again = await verify(`Bearer ${jwt}`);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('does not remember a refused token', async () => {
    const expired = await token({ ttl: '-1h' });
    expect((await refusal(`Bearer ${expired}`)).message).toMatch(/expired/);
    expect((await refusal(`Bearer ${expired}`)).message).toMatch(/expired/);
  });
});
