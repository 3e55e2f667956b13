// What Hive Gateway's clients see of an error: the rules our gateway applies (coded errors pass, the rest is hidden, values never echo).
import type { GatewayPlugin } from '@graphql-hive/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { formatErrorFor } from '#platform/graphql/error-format.js';
import type { Logger } from '#platform/server/logger.js';

type Result = { data?: unknown; errors?: readonly unknown[] };

/** Codes of a request refused before execution; Apollo Server answers such a request with HTTP 400, Hive with 200. */
const CLIENT_FAULT_CODES: ReadonlySet<unknown> = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * Back to a GraphQLError, so Hive still reads its HTTP status (extensions.http, which it
 * never sends) and serialises it as any other; locations only where the rules keep them.
 */
function rebuilt(formatted: GraphQLFormattedError, original: unknown, refused: boolean): GraphQLError {
  const source = original instanceof GraphQLError ? original : null;
  // Hive marks such errors `spec` and then answers application/json clients 200; Apollo answers 400.
  const http = refused ? { status: 400 } : source?.extensions.http;
  return new GraphQLError(formatted.message, {
    ...(formatted.locations && source ? { nodes: source.nodes, source: source.source, positions: source.positions } : {}),
    path: formatted.path,
    extensions: { ...formatted.extensions, ...(http ? { http } : {}) },
  });
}

function formatted(result: Result, format: ReturnType<typeof formatErrorFor>): Result {
  if (!result.errors?.length) return result;
  const shown = result.errors.map((error) => {
    const plain = error instanceof GraphQLError ? error.toJSON() : { message: String((error as { message?: unknown })?.message ?? 'error') };
    return format(plain, error);
  });
  const refused = result.data === undefined && shown.every((error) => CLIENT_FAULT_CODES.has(error.extensions?.code));
  return { ...result, errors: shown.map((error, i) => rebuilt(error, result.errors![i], refused)) };
}

/** Runs every answer's errors through formatErrorFor, the function our gateway's Apollo Server uses. */
export function clientErrors(logger: Logger): GatewayPlugin {
  const format = formatErrorFor(logger);
  return {
    onResultProcess({ result, setResult }) {
      // Incremental delivery (@defer, subscriptions) is not enabled on this gateway.
      if (Symbol.asyncIterator in result) return;
      setResult((Array.isArray(result) ? result.map((one: Result) => formatted(one, format)) : formatted(result, format)) as typeof result);
    },
  };
}
