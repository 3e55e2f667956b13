// Verifies bearer tokens with jose against the issuer's keys; every failure becomes one reason, never a stack.
import { errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { type Caller, callerFromClaims } from './identity.js';

export interface VerifierOptions {
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  clockToleranceSeconds: number;
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
  if (error instanceof joseErrors.JWTExpired) return 'token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `token claim ${error.claim} is not accepted`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'token signature does not verify';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'token is not signed by a trusted key';
  if (error instanceof joseErrors.JOSEAlgNotAllowed || error instanceof joseErrors.JOSENotSupported) return 'token algorithm is not accepted';
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid) return 'token is malformed';
  return 'token could not be verified';
}

export function createTokenVerifier(options: VerifierOptions) {
  return async function verify(authorization: string | undefined): Promise<Caller> {
    if (!authorization) throw new AuthenticationError('a bearer token is required', 401);
    const match = /^Bearer ([\w-]+\.[\w-]*\.[\w-]*)$/i.exec(authorization.trim());
    if (!match) throw new AuthenticationError('the Authorization header must be "Bearer <JWT>"', 401);
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(match[1]!, options.keys, {
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance: options.clockToleranceSeconds,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw new AuthenticationError(reasonOf(error), 401);
    }
    const result = callerFromClaims(payload);
    if (!result.ok) throw new AuthenticationError(result.reason, result.status);
    return result.caller;
  };
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
