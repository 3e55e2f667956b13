// Runs one typed operation (a generated document from schema/operations/) against this gateway's /graphql with the user's bearer token.
/// <reference lib="dom" />
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print } from 'graphql';
import { pageLanguage } from './i18n.js';

/** One entry of a GraphQL answer's `errors`, as far as the pages read it. */
export interface AnswerError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: unknown; serviceName?: unknown; [key: string]: unknown };
}

export interface Answer<TResult> {
  /** HTTP status: 401 for a missing or rejected token, 403 for a purpose that does not fit the role. */
  status: number;
  data: TResult | null;
  errors: AnswerError[];
}

export async function runOperation<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token: string,
  endpoint = '/graphql',
): Promise<Answer<TResult>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      // The answer's texts (journey summaries, error messages) in the page's language.
      'accept-language': pageLanguage(),
      authorization: `Bearer ${token}`,
    },
    // The operation name reaches the gateway's logs and metrics.
    body: JSON.stringify({ query: print(document), operationName: getOperationAST(document)?.name?.value, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: TResult | null; errors?: AnswerError[] };
  return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
}
