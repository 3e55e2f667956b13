// Request limits every server applies (gateway and subgraphs): body size, depth, aliases, tokens, directives, cost.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { z } from 'zod';
import { type Variable, variable } from '#platform/config/config.js';
import { ErrorCode } from '#platform/graphql/errors.js';

const limit = (name: string, description: string, fallback: number): Variable<number> =>
  variable(name, description, z.coerce.number().int().min(1).default(fallback), String(fallback));

export const limitVariables = {
  maxDepth: limit('LIMIT_MAX_DEPTH', 'Deepest selection a query may nest', 15),
  maxAliases: limit('LIMIT_MAX_ALIASES', 'Most aliases in one operation', 30),
  maxTokens: limit('LIMIT_MAX_TOKENS', 'Most lexical tokens in one document', 5000),
  maxDirectives: limit('LIMIT_MAX_DIRECTIVES', 'Most directives in one operation', 50),
  maxCost: limit(
    'LIMIT_MAX_COST',
    'Highest graphql-armor cost of one operation (its cost grows with depth, not list sizes: a page of 100 patients with their follow-ups costs about 24,000)',
    50000,
  ),
  maxBodyBytes: limit('LIMIT_MAX_BODY_BYTES', 'Largest request body in bytes', 1_048_576),
};

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  maxBodyBytes: number;
}

/** graphql-armor's plugins and validation rules for an ApolloServer (field suggestions off too: they reveal the schema). */
/** The limits out of values read with limitVariables (the gateway, Hive Gateway and every subgraph read the same variables). */
export function limitsOf(values: Limits): Limits {
  const { maxDepth, maxAliases, maxTokens, maxDirectives, maxCost, maxBodyBytes } = values;
  return { maxDepth, maxAliases, maxTokens, maxDirectives, maxCost, maxBodyBytes };
}

export function armorFor<Context extends BaseContext>(
  limits: Limits,
): {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ReturnType<ApolloArmor['protect']>['validationRules'];
  parseOptions: { maxTokens: number };
} {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    // graphql-armor counts tokens by parsing in a plugin hook, where any syntax error becomes an
    // HTTP 500; graphql's own parser counts them instead (parseOptions), and a plain syntax error
    // stays the client's fault: 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // graphql-armor's declarations name @apollo/server's CommonJS types; ours load its ES build.
  // The plugins only read the request, so they serve any context type.
  return {
    plugins: [...(plugins as unknown as ApolloServerPlugin<Context>[]), clientFaultStatus<Context>()],
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

const CLIENT_FAULT_CODES: ReadonlySet<unknown> = new Set([ErrorCode.BAD_USER_INPUT, 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

/**
 * graphql-armor's token limit refuses a document while it is parsed, which Apollo answers
 * with HTTP 500; a refusal of the client's request is a 400.
 */
function clientFaultStatus<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          if (response.http.status !== 500 || body.kind !== 'single') return;
          const errors = body.singleResult.errors ?? [];
          if (errors.length > 0 && body.singleResult.data === undefined && errors.every((e) => CLIENT_FAULT_CODES.has(e.extensions?.code))) {
            response.http.status = 400;
          }
        },
      };
    },
  };
}
