// Hive Gateway's calls to the agencies: our gateway's pooled HTTP (timeout per subgraph, one retry of a query), and SUBGRAPH_UNAVAILABLE for an agency that is down or slow.
import type { GatewayPlugin } from '@graphql-hive/gateway';
import { GraphQLError } from 'graphql';
import type { SubgraphName } from '#platform/config/agencies.js';
import { ErrorCode } from '#platform/graphql/errors.js';
import { type SubgraphHttp, subgraphHttp, SubgraphUnavailableError } from '../src/subgraph-http.js';

type MeshFetch = Parameters<NonNullable<GatewayPlugin['onFetch']>>[0]['fetchFn'];
type Result = { errors?: readonly unknown[] };

export interface AgencyCalls {
  plugin: GatewayPlugin;
  close(): Promise<void>;
}

/** Marks the error of one failed call until the answer is assembled; never leaves the gateway. */
const FAILED_CALL = 'failedAgencyCall';

/**
 * An agency that cannot be reached answers, in its place, the error our gateway gives
 * (code SUBGRAPH_UNAVAILABLE, serviceName, reason): Hive then treats it as that subgraph's
 * own error, so the other agencies' data still reaches the client.
 */
function answerInPlaceOf(error: SubgraphUnavailableError, call: number): Response {
  return Response.json({
    errors: [
      {
        message: error.message,
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: error.serviceName, reason: error.reason, [FAILED_CALL]: call },
      },
    ],
  });
}

/**
 * Hive copies a call's error onto every field the call was to resolve; our gateway reports
 * one error per failed call, without a path (the fields are null). One per call it is.
 */
function onePerFailedCall(result: Result): Result {
  if (!result.errors?.some((error) => error instanceof GraphQLError && error.extensions[FAILED_CALL] !== undefined)) return result;
  const seen = new Set<unknown>();
  const errors = result.errors.flatMap((error) => {
    if (!(error instanceof GraphQLError) || error.extensions[FAILED_CALL] === undefined) return [error];
    const { [FAILED_CALL]: call, ...extensions } = error.extensions;
    if (seen.has(call)) return [];
    seen.add(call);
    return [new GraphQLError(error.message, { extensions })];
  });
  return { ...result, errors };
}

export function agencyCalls(options: { timeoutsMs: Record<SubgraphName, number>; connections: number }): AgencyCalls {
  const pools = new Map<SubgraphName, SubgraphHttp>(
    Object.entries(options.timeoutsMs).map(([name, timeoutMs]) => [name, subgraphHttp(name, { timeoutMs, connections: options.connections })]),
  );
  let calls = 0;
  const plugin: GatewayPlugin = {
    onFetch({ executionRequest, setFetchFn }) {
      const name = executionRequest?.subgraphName;
      const pool = name === undefined ? undefined : pools.get(name);
      if (!pool) return;
      setFetchFn((async (url: string, init: unknown) => {
        try {
          // undici's Response is the one Node's own fetch is built on; Hive reads it the same way.
          return await pool.fetcher(url, init as Parameters<SubgraphHttp['fetcher']>[1]);
        } catch (error) {
          if (error instanceof SubgraphUnavailableError) return answerInPlaceOf(error, ++calls);
          throw error;
        }
      }) as unknown as MeshFetch);
    },
    onResultProcess({ result, setResult }) {
      if (Symbol.asyncIterator in result) return;
      setResult((Array.isArray(result) ? result.map((one: Result) => onePerFailedCall(one)) : onePerFailedCall(result)) as typeof result);
    },
  };
  return { plugin, close: async () => void (await Promise.all([...pools.values()].map((pool) => pool.close()))) };
}
