// Refuses, as the client's mistake (HTTP 400), a document that names no operation to run or an operation type the server does not serve.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type Text, textFor } from '#platform/server/http-refusals.js';

const TEXTS = {
  ambiguous: {
    zh: '文档含多个操作时须用 operationName 指明执行哪一个',
    en: 'the document holds several operations: operationName must name the one to run',
  },
  unknownName: { zh: '文档中没有 operationName 所指的操作', en: 'the document has no operation of the given operationName' },
  noOperation: { zh: '文档中没有可执行的操作', en: 'the document holds no operation to run' },
  unsupported: {
    zh: '本服务不提供该类型的操作（只支持 query 和 mutation）',
    en: 'this server does not serve operations of this type (only query and mutation)',
  },
} satisfies Record<string, Text>;

const refusal = (text: Text, acceptLanguage: string | undefined, code: string) =>
  new GraphQLError(textFor(acceptLanguage, text), { extensions: { code, http: { status: 400 } } });

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
            const text = operations === 0 ? TEXTS.noOperation : request.operationName ? TEXTS.unknownName : TEXTS.ambiguous;
            throw refusal(text, language, 'OPERATION_RESOLUTION_FAILURE');
          }
          if (operation.operation === 'subscription' || !schema.getRootType(operation.operation)) {
            throw refusal(TEXTS.unsupported, language, 'GRAPHQL_VALIDATION_FAILED');
          }
        },
      };
    },
  };
}
