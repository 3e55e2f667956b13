// Every error code the graph returns, in one place; clients branch on `extensions.code`.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  /** The input is malformed or fails a domain rule (bad citizen ID, unknown region…). */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** No valid identity was presented. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller is known but may not do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** The thing to create exists already. */
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  /** The person to register is registered already in a region outside the caller's: nothing was written, and neither the pid nor the region is told; the attempt is audited. */
  REGISTERED_ELSEWHERE: 'REGISTERED_ELSEWHERE',
  /** The thing referred to does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** A referral transition that the state machine does not allow from the current state. */
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  /** The client's expected version is stale. */
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  /** An idempotency key replayed with a different request. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** A count of fewer than 5 people (or a figure derived from one), withheld from analysts. */
  SMALL_CELL_SUPPRESSED: 'SMALL_CELL_SUPPRESSED',
  /** The write needs a consent that is missing or revoked. */
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  /** The case was stopped because its SERVICE_AGREEMENT consent was revoked: no service, assessment or dispatch is accepted any more. */
  CONSENT_REVOKED: 'CONSENT_REVOKED',
  /** No free place at the institution. */
  NO_CAPACITY: 'NO_CAPACITY',
  /** A case may be wait-listed only when no institution of its county has a free place; extensions.freePlaces says how many there are. */
  PLACES_AVAILABLE: 'PLACES_AVAILABLE',
  /** An agency's subgraph did not answer in time. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** The request body is over the configured size. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The HTTP request itself is malformed (not JSON, no query). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The request body is not JSON in UTF-8 (another content type, charset or content encoding): HTTP 415. */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** Anything unexpected; details go to the log, never to the client. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A GraphQL error with a stable code. Messages must never contain personal data. */
export function graphError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** Input problems: one message that names what was wrong, and the argument it came from. */
export function badInput(message: string, argument?: string): GraphQLError {
  return graphError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
}
