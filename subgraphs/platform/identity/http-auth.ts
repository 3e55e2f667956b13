// Express middleware in front of /graphql: no verified token, no GraphQL (HTTP 401, or 403 for a refused purpose).
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '#platform/graphql/errors.js';
import type { Caller } from '#platform/identity/identity.js';
import { AuthenticationError, type TokenVerifier } from '#platform/identity/token-verifier.js';

/** Verifies the bearer token and leaves the caller in `res.locals.caller` for the context factory. */
export function requireCaller(verify: TokenVerifier) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      res.locals.caller = await verify(req.headers.authorization);
      next();
    } catch (error) {
      if (!(error instanceof AuthenticationError)) {
        next(error);
        return;
      }
      const code = error.status === 401 ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN;
      if (error.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
      res.status(error.status).json({ errors: [{ message: error.message, extensions: { code } }] });
    }
  };
}

export function callerOf(res: Response): Caller {
  return res.locals.caller as Caller;
}
