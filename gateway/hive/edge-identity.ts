// Hive Gateway's edge: no verified token, no GraphQL (the same 401/403 as our gateway), and the caller's identity kept for the subgraph calls.
import { randomUUID } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway';
import type { Caller } from '#platform/identity/identity.js';
import { AuthenticationError, type TokenVerifier } from '#platform/identity/token-verifier.js';
import { REQUEST_ID_HEADER } from '#platform/graphql/context.js';
import { ErrorCode } from '#platform/graphql/errors.js';
import { message, negotiateLanguage } from '#platform/i18n/messages.js';
import { withLanguage } from '#platform/i18n/request-language.js';

/** What the edge learnt about one request; the subgraphs verify the same token again. */
export interface EdgeIdentity {
  requestId: string;
  /** The caller's Authorization header as sent, forwarded to every subgraph. */
  authorization: string;
  /** The caller's Accept-Language as sent, forwarded too: every subgraph answers in the caller's language. */
  acceptLanguage: string;
  caller: Caller;
  startedAt: number;
}

/** The node server's context: the request id it took from the HTTP request (see requestIdOf). */
export interface EdgeServerContext {
  requestId?: string;
}

export interface Edge {
  plugin: GatewayPlugin;
  /** The identity of a request that passed the edge; undefined for any other request. */
  identityOf(request: Request): EdgeIdentity | undefined;
}

const refusal = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers });

/**
 * Verifies the bearer token of every request to the GraphQL endpoint before Hive reads its
 * body, and refuses bodies over the limit, as our gateway's express chain does (token first).
 */
export function createEdge(verifyToken: TokenVerifier, options: { graphqlPath: string; maxBodyBytes: number }): Edge {
  const identities = new WeakMap<Request, EdgeIdentity>();
  const plugin: GatewayPlugin = {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== options.graphqlPath) return;
      const authorization = request.headers.get('authorization') ?? undefined;
      const acceptLanguage = request.headers.get('accept-language') ?? '';
      const language = negotiateLanguage(acceptLanguage);
      let caller: Caller;
      try {
        caller = await withLanguage(language, () => verifyToken(authorization));
      } catch (error) {
        if (!(error instanceof AuthenticationError)) throw error;
        endResponse(
          error.status === 401
            ? refusal(401, ErrorCode.UNAUTHENTICATED, error.message, { 'www-authenticate': 'Bearer' })
            : refusal(403, ErrorCode.FORBIDDEN, error.message),
        );
        return;
      }
      if (Number(request.headers.get('content-length') ?? 0) > options.maxBodyBytes) {
        endResponse(refusal(413, ErrorCode.PAYLOAD_TOO_LARGE, message(language, 'http.tooLarge')));
        return;
      }
      const requestId = (serverContext as EdgeServerContext).requestId ?? randomUUID();
      identities.set(request, { requestId, authorization: authorization ?? '', acceptLanguage, caller, startedAt: performance.now() });
    },
  };
  return { plugin, identityOf: (request) => identities.get(request) };
}

/** The headers every subgraph call carries: the caller's token, the request id and the caller's Accept-Language. */
export function identityHeaders(identity: EdgeIdentity | undefined): Record<string, string> {
  if (!identity) return {};
  return {
    authorization: identity.authorization,
    [REQUEST_ID_HEADER]: identity.requestId,
    ...(identity.acceptLanguage ? { 'accept-language': identity.acceptLanguage } : {}),
  };
}
