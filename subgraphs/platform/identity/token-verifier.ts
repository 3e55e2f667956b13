// Verifies bearer tokens with jose against the issuer's keys; every failure becomes one reason, never a stack.
import { errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { type Caller, callerFromClaims } from '#platform/identity/identity.js';
import { type ClaimMapping, mappedClaims, OWN_CLAIMS } from '#platform/identity/claim-mapping.js';
import { t } from '#platform/i18n/request-language.js';

export interface VerifierOptions {
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  clockToleranceSeconds: number;
  /** Where the issuer puts our claims; unset means our own names (role, region, inst, purpose). */
  claims?: ClaimMapping;
}

export class AuthenticationError extends Error {
  constructor(
    message: string,
    readonly status: 401 | 403,
  ) {
    super(message);
    this.name = 'AuthenticationError';
  }
}

/** Only asymmetric algorithms: `none` and shared-secret HMAC tokens are refused. */
const ALGORITHMS = ['ES256', 'RS256'];

function reasonOf(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return t('auth.expired');
  if (error instanceof joseErrors.JWTClaimValidationFailed) return t('auth.claimRefused', { claim: error.claim });
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return t('auth.signature');
  if (error instanceof joseErrors.JWKSNoMatchingKey) return t('auth.untrustedKey');
  if (error instanceof joseErrors.JOSEAlgNotAllowed || error instanceof joseErrors.JOSENotSupported) return t('auth.algorithm');
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid) return t('auth.malformed');
  return t('auth.unverifiable');
}

/** How long a verified token is remembered at most, whatever its expiry: a withdrawn signing key stops working within this time. */
const CACHE_TTL_MS = 5 * 60_000;
/** Distinct tokens remembered; the least recently used is forgotten first. */
const CACHE_ENTRIES = 10_000;

/**
 * A verified token's caller, remembered by the token's exact text until the token expires
 * (or CACHE_TTL_MS passes): the same bytes verify the same way, so every call after the first
 * skips the signature check. Refused tokens are never remembered.
 */
function verifiedTokens() {
  const entries = new LRUCache<string, Caller>({ max: CACHE_ENTRIES, ttl: CACHE_TTL_MS });
  return {
    get: (jwt: string): Caller | undefined => entries.get(jwt),
    set(jwt: string, caller: Caller, expiresAtSeconds: number): void {
      const ttl = Math.min(expiresAtSeconds * 1000 - Date.now(), CACHE_TTL_MS);
      if (ttl > 0) entries.set(jwt, Object.freeze(caller), { ttl });
    },
  };
}

export function createTokenVerifier(options: VerifierOptions) {
  const verified = verifiedTokens();
  return async function verify(authorization: string | undefined): Promise<Caller> {
    if (!authorization) throw new AuthenticationError(t('auth.required'), 401);
    const match = /^Bearer ([\w-]+\.[\w-]*\.[\w-]*)$/i.exec(authorization.trim());
    if (!match) throw new AuthenticationError(t('auth.headerShape'), 401);
    const jwt = match[1]!;
    const known = verified.get(jwt);
    if (known) return known;
    let payload: Record<string, unknown> & { exp?: number };
    try {
      ({ payload } = await jwtVerify(jwt, options.keys, {
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance: options.clockToleranceSeconds,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw new AuthenticationError(reasonOf(error), 401);
    }
    const result = callerFromClaims(mappedClaims(payload, options.claims ?? OWN_CLAIMS));
    if (!result.ok) throw new AuthenticationError(result.reason, result.status);
    verified.set(jwt, result.caller, payload.exp!);
    return result.caller;
  };
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
