// One structured line per GraphQL request through Hive Gateway, the same fields as our gateway's: never variables or results.
import type { GatewayPlugin } from '@graphql-hive/gateway';
import { getOperationAST } from 'graphql';
import type { Logger, RequestLogFields } from '#platform/server/logger.js';
import type { EdgeIdentity } from './edge-identity.js';

type Result = { errors?: readonly { extensions?: Record<string, unknown> }[] };

export function requestLog(logger: Logger, identityOf: (request: Request) => EdgeIdentity | undefined): GatewayPlugin {
  const operationNames = new WeakMap<Request, string | null>();
  return {
    onParams({ params, request }) {
      operationNames.set(request, params.operationName ?? null);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      if (request && name) operationNames.set(request, name);
    },
    onResultProcess({ request, result }) {
      const identity = identityOf(request);
      if (!identity) return;
      const results: Result[] = Symbol.asyncIterator in result ? [] : Array.isArray(result) ? result : [result as Result];
      const fields: RequestLogFields = {
        requestId: identity.requestId,
        operationName: operationNames.get(request) ?? null,
        role: identity.caller.role,
        durationMs: Math.round((performance.now() - identity.startedAt) * 10) / 10,
        errorCodes: results.flatMap((one) => (one.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN'))),
      };
      logger.info(fields, 'request');
    },
  };
}
