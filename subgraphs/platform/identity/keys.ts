// Token keys: the issuer's public keys (JWKS) from a file or URL, and a dev key pair generated on first start.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLocalJWKSet, createRemoteJWKSet, exportJWK, generateKeyPair, type JSONWebKeySet, type JWK, type JWTVerifyGetKey } from 'jose';
import { readOrCreate } from '#platform/server/write-once.js';

export const DEV_KEY_ALG = 'ES256';

export interface DevKeyFiles {
  privateJwk: string;
  jwks: string;
}

export function devKeyFiles(dataDir: string): DevKeyFiles {
  return { privateJwk: path.join(dataDir, 'keys', 'dev-issuer.private.jwk.json'), jwks: path.join(dataDir, 'keys', 'dev-issuer.jwks.json') };
}

/**
 * The dev issuer's key pair, created on first use in `<dataDir>/keys/` (ignored by git).
 * Returns the private JWK; the public JWKS sits beside it for the verifiers.
 */
export async function ensureDevKeys(dataDir: string): Promise<JWK> {
  const files = devKeyFiles(dataDir);
  const { privateKey, publicKey } = await generateKeyPair(DEV_KEY_ALG, { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  const candidatePrivate = { ...(await exportJWK(privateKey)), kid, alg: DEV_KEY_ALG, use: 'sig' };
  const candidatePublic = { ...(await exportJWK(publicKey)), kid, alg: DEV_KEY_ALG, use: 'sig' };
  const privateJwk = JSON.parse(readOrCreate(files.privateJwk, () => JSON.stringify(candidatePrivate))) as JWK;
  // The public set is derived from whichever private key won, so the two always match.
  const { d: _secret, ...publicOfWinner } = privateJwk;
  readOrCreate(files.jwks, () => JSON.stringify({ keys: [privateJwk.kid === kid ? candidatePublic : publicOfWinner] }));
  return privateJwk;
}

/** A key resolver for jose from `AUTH_JWKS`: an http(s) URL (cached, refreshed by jose) or a file path. */
export function jwksFrom(source: string): JWTVerifyGetKey {
  if (/^https?:\/\//.test(source)) return createRemoteJWKSet(new URL(source));
  return createLocalJWKSet(JSON.parse(readFileSync(source, 'utf8')) as JSONWebKeySet);
}
