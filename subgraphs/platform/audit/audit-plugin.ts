// Writes a request's read audit before its answer leaves; if the audit cannot be written, no personal data leaves (fail closed).
import type { ApolloServerPlugin } from '@apollo/server';
import type { Knex } from 'knex';
import type { RequestContext } from '#platform/graphql/context.js';
import { ReadAuditWriter } from '#platform/audit/audit.js';
import { errorLogFields } from '#platform/graphql/error-format.js';
import { ErrorCode } from '#platform/graphql/errors.js';
import type { Logger } from '#platform/server/logger.js';

/** The gateway names a subgraph fetch `<client operation>__<subgraph>__<n>`; the audit keeps the client's name. */
export function clientOperationName(name: string | null | undefined): string | null {
  return name ? name.replace(/__\w+__\d+$/, '') : null;
}

export function auditReadsPlugin<Loaders, Settings>(db: Knex, logger: Logger): ApolloServerPlugin<RequestContext<Loaders, Settings>> {
  const writer = new ReadAuditWriter(db);
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operationName }) {
          const entries = contextValue.audit?.entries() ?? [];
          if (entries.length === 0 || response.body.kind !== 'single') return;
          try {
            await writer.write({ requestId: contextValue.requestId, caller: contextValue.caller, operationName: clientOperationName(operationName) }, entries);
          } catch (error) {
            logger.error(errorLogFields(error), 'audit write failed; answer withheld');
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [
              { message: 'The audit log could not be written, so no personal data is returned', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
            ];
            response.http.status = 503;
          }
        },
      };
    },
  };
}
