// Reading pasted tokens and a token's region claim.
import { describe, expect, it } from 'vitest';
import { authorizationToken, bearerToken, TOKEN_PLACEHOLDER, tokenRegion } from './bearer-token.js';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (claims: object) => `${base64url({ alg: 'ES256' })}.${base64url(claims)}.c2lnbmF0dXJl`;

describe('bearerToken', () => {
  it('takes a token with or without its Bearer prefix and surrounding space', () => {
    const jwt = token({ role: 'ANALYST' });
    expect(bearerToken(`  Bearer ${jwt}\n`)).toBe(jwt);
    expect(bearerToken(jwt)).toBe(jwt);
  });

  it('refuses the placeholder, nothing, and text that is not a JWT', () => {
    expect(bearerToken(`Bearer ${TOKEN_PLACEHOLDER}`)).toBeNull();
    expect(bearerToken('')).toBeNull();
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken('Bearer abc.def')).toBeNull();
  });
});

describe('authorizationToken', () => {
  it('finds the Authorization header whatever its case', () => {
    const jwt = token({});
    expect(authorizationToken(JSON.stringify({ authorization: `Bearer ${jwt}` }))).toBe(jwt);
    expect(authorizationToken(JSON.stringify({ Authorization: `Bearer ${jwt}`, 'x-other': '1' }))).toBe(jwt);
  });

  it('answers null for the placeholder, other headers and text that is not JSON', () => {
    expect(authorizationToken(JSON.stringify({ Authorization: `Bearer ${TOKEN_PLACEHOLDER}` }))).toBeNull();
    expect(authorizationToken('{"x-other": "1"}')).toBeNull();
    expect(authorizationToken('{"Authorization": "Bearer ')).toBeNull();
  });
});

describe('tokenRegion', () => {
  it("reads a token's 6-digit region claim", () => {
    expect(tokenRegion(token({ region: '440000' }))).toBe('440000');
    expect(tokenRegion(token({ region: '000000' }))).toBe('000000');
  });

  it('answers null when the claim is missing or malformed, or the token is not a JWT', () => {
    expect(tokenRegion(token({ role: 'ANALYST' }))).toBeNull();
    expect(tokenRegion(token({ region: '44' }))).toBeNull();
    expect(tokenRegion('not-a-token')).toBeNull();
  });
});
