// One structured line per request: request id, operation name, role, timing and error codes; nothing personal.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from '#platform/server/logger.js';

interface LoggedContext extends BaseContext {
  requestId: string;
  caller?: { role: string };
}

export function requestLogPlugin<Context extends LoggedContext>(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          logger.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              role: contextValue.caller?.role ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              errorCodes: errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')),
            },
            'request',
          );
        },
      };
    },
  };
}
