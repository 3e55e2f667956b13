// Signs tokens with the dev issuer key: `npm run token`, `npm start`'s ready-to-paste tokens, and tests.
import { randomUUID } from 'node:crypto';
import { importJWK, type JWK, SignJWT } from 'jose';
import { DEV_KEY_ALG } from '#platform/identity/keys.js';
import type { Purpose, Role } from '#platform/identity/identity.js';

export interface TokenRequest {
  role: Role;
  region: string;
  institution?: string;
  purpose?: Purpose;
  subject?: string;
  /** jose duration, e.g. '8h', '15m'. */
  ttl?: string;
  issuer: string;
  audience: string;
}

export async function signDevToken(privateJwk: JWK, request: TokenRequest): Promise<string> {
  const key = await importJWK(privateJwk, DEV_KEY_ALG);
  return new SignJWT({
    role: request.role,
    region: request.region,
    ...(request.institution ? { inst: request.institution } : {}),
    ...(request.purpose ? { purpose: request.purpose } : {}),
  })
    .setProtectedHeader({ alg: DEV_KEY_ALG, typ: 'JWT', ...(privateJwk.kid ? { kid: privateJwk.kid } : {}) })
    .setSubject(request.subject ?? `dev-${request.role.toLowerCase()}`)
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(request.ttl ?? '8h')
    .sign(key);
}
