// Refuses, as the client's mistake (HTTP 400), a document that names no operation to run or an operation type the server does not serve.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type MessageKey, message, negotiateLanguage } from '#platform/i18n/messages.js';

const refusal = (text: MessageKey, acceptLanguage: string | null | undefined, code: string) =>
  new GraphQLError(message(negotiateLanguage(acceptLanguage), text), { extensions: { code, http: { status: 400 } } });

/**
 * graphql-js 16 validates neither: a document of two operations without operationName fails at
 * execution (HTTP 500 at the gateway), and `subscription { … }` or a mutation on a schema without
 * that root type fails inside the executor (500 at the gateway, 200 INTERNAL_SERVER_ERROR in a
 * subgraph). Subscriptions are not served over HTTP anywhere in this graph.
 */
export function operationGuard<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          const language = request.http?.headers.get('accept-language');
          if (!operation) {
            const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition').length;
            const text = operations === 0 ? 'operation.none' : request.operationName ? 'operation.unknownName' : 'operation.ambiguous';
            throw refusal(text, language, 'OPERATION_RESOLUTION_FAILURE');
          }
          if (operation.operation === 'subscription' || !schema.getRootType(operation.operation)) {
            throw refusal('operation.unsupported', language, 'GRAPHQL_VALIDATION_FAILED');
          }
        },
      };
    },
  };
}
