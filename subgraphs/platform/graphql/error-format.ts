// What clients and logs see of an error: coded errors pass, everything else is hidden, values never echo.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '#platform/graphql/errors.js';
import type { Logger } from '#platform/server/logger.js';
import { t } from '#platform/i18n/request-language.js';

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/** Codes that graphql-js and Apollo Server give to malformed requests; their messages describe the query. */
const REQUEST_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Our own coded error, innermost in its chain of wrappers (Apollo wraps a refused variable
 * in a BAD_USER_INPUT error of its own, whose message repeats the value), if any.
 */
function ownError(error: unknown): GraphQLError | null {
  let found: GraphQLError | null = null;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (
      current instanceof GraphQLError &&
      typeof current.extensions.code === 'string' &&
      KNOWN_CODES.has(current.extensions.code) &&
      current.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR
    ) {
      found = current;
    }
    current = (current as { originalError?: unknown }).originalError;
  }
  return found && !withoutVariableValue(found.message, null) ? found : null;
}

/**
 * graphql-js writes the rejected value into variable errors ("Variable "$input" got invalid
 * value {…}"): that value may be a citizen ID or a name. Only the variable's name is kept,
 * with our own explanation when one of our scalars or rules refused it.
 */
function withoutVariableValue(message: string, own: GraphQLError | null): string | null {
  const match = /^Variable "\$(\w+)" got invalid value/.exec(message);
  if (!match) return null;
  return `Variable "$${match[1]}" got an invalid value${own ? `: ${own.message}` : ''}`;
}

/** A log entry about an error that carries no message text, which may hold values. */
export function errorLogFields(error: unknown): Record<string, unknown> {
  const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 8).join('\n') : undefined;
  return {
    errorType: error instanceof Error ? error.constructor.name : typeof error,
    sqlState: (error as { code?: unknown })?.code,
    stack,
  };
}

export function formatErrorFor(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const own = ownError(error);
    const path = formatted.path ? { path: formatted.path } : {};
    const locations = formatted.locations ? { locations: formatted.locations } : {};
    const scrubbed = withoutVariableValue(formatted.message, own);
    if (scrubbed !== null) {
      return { message: scrubbed, ...locations, extensions: { code: (own?.extensions.code as string | undefined) ?? ErrorCode.BAD_USER_INPUT } };
    }
    if (own) {
      return { message: own.message, ...locations, ...path, extensions: { ...own.extensions } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && (REQUEST_CODES.has(code) || KNOWN_CODES.has(code)) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { serviceName } = formatted.extensions ?? {};
      return { message: formatted.message, ...locations, ...path, extensions: { code, ...(serviceName ? { serviceName } : {}) } };
    }
    // Apollo's own refusals that carry an HTTP status but no code (a persisted query of an unknown
    // version, a hash that does not match the query): the client's mistake, in Apollo's fixed words.
    const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
    if (error instanceof GraphQLError && typeof status === 'number' && status >= 400 && status < 500) {
      return { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    // @apollo/subgraph refuses a representation naming a type this subgraph does not have with a plain
    // Error: a caller's mistake, told without repeating the name it sent.
    if (/^The _entities resolver tried to load an entity for type /.test(formatted.message)) {
      return { message: t('input.representationType'), ...path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    logger.error(errorLogFields(error), 'unexpected error');
    return { message: t('http.internal'), ...path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
