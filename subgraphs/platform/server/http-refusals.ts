// How every server (gateway and subgraphs) refuses an HTTP request it cannot take: a GraphQL error body with a stable code, never a framework's page.
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ErrorCode } from '#platform/graphql/errors.js';
import { errorLogFields } from '#platform/graphql/error-format.js';
import type { Logger } from '#platform/server/logger.js';
import { type MessageKey, message, negotiateLanguage } from '#platform/i18n/messages.js';

/** Answers a refusal as GraphQL errors, whatever the client accepts: one shape for every mistake. */
export function refuse(req: Request, res: Response, status: number, code: ErrorCode, text: MessageKey): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  // A body left unread (refused before parsing): close the connection after the answer, so that no
  // next request on it waits behind the unread bytes, and let the rest drain.
  if (!req.complete) {
    res.setHeader('connection', 'close');
    req.resume();
  }
  res
    .status(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message: message(negotiateLanguage(req.headers['accept-language']), text), extensions: { code } }] }));
}

/** Each refusal's message in the catalogues (Chinese by default, English for a client whose Accept-Language asks for it first). */
const TEXTS = {
  tooLarge: 'http.tooLarge',
  notJson: 'http.notJson',
  mediaType: 'http.mediaType',
  encoding: 'http.encoding',
  malformed: 'http.malformed',
  notFound: 'http.notFound',
  internal: 'http.internal',
} as const satisfies Record<string, MessageKey>;

/**
 * A POST to /graphql must carry JSON in UTF-8 (RFC 8259 §8.1): anything else is refused with 415
 * here, before the JSON parser (which would answer with its own page) or Apollo (which answers
 * 500 to a body no parser read).
 */
export const jsonBodiesOnly: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const type = req.headers['content-type'] ?? '';
  const [mediaType, ...parameters] = type.split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  if (mediaType !== 'application/json' || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
    return refuse(req, res, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, TEXTS.mediaType);
  }
  next();
};

/** What the JSON parser's refusals (body-parser's `type`) mean for the client. */
const BODY_REFUSALS: Record<string, [number, ErrorCode, MessageKey]> = {
  'entity.too.large': [413, ErrorCode.PAYLOAD_TOO_LARGE, TEXTS.tooLarge],
  'entity.parse.failed': [400, ErrorCode.BAD_REQUEST, TEXTS.notJson],
  'entity.verify.failed': [400, ErrorCode.BAD_REQUEST, TEXTS.notJson],
  'charset.unsupported': [415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, TEXTS.mediaType],
  'encoding.unsupported': [415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, TEXTS.encoding],
  'request.aborted': [400, ErrorCode.BAD_REQUEST, TEXTS.malformed],
  'request.size.invalid': [400, ErrorCode.BAD_REQUEST, TEXTS.malformed],
};

/** The JSON parser's refusals of a body (too large, not JSON, another charset or encoding) as GraphQL errors with a stable code. */
export const bodyErrorHandler: ErrorRequestHandler = (error: { type?: string }, req, res, next) => {
  const refusal = typeof error?.type === 'string' ? BODY_REFUSALS[error.type] : undefined;
  if (!refusal) return next(error);
  refuse(req, res, ...refusal);
};

/**
 * What Node's HTTP parser refuses before any route sees the request (a header with a NUL or a bare CR,
 * a request line that is not HTTP, headers too large, a body that never arrives): Node would answer an
 * empty 400; this answers the same refusal as GraphQL errors and closes the connection.
 */
export function refuseUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [status, reason] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout']
        : [400, 'Bad Request'];
  const body = JSON.stringify({ errors: [{ message: message('zh-CN', TEXTS.malformed), extensions: { code: ErrorCode.BAD_REQUEST } }] });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/** Any path no route serves: 404 in the same shape, instead of express's HTML page. */
export const notFound: RequestHandler = (req, res) => refuse(req, res, 404, ErrorCode.NOT_FOUND, TEXTS.notFound);

/**
 * The last error handler of every app, so express's own (an HTML page with the stack trace outside
 * production) never answers: a client's mistake (an error with a 4xx status, such as a malformed
 * URL) is BAD_REQUEST, anything else is logged and answered INTERNAL_SERVER_ERROR.
 */
export function lastErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: unknown; statusCode?: unknown }, req, res, _next) => {
    const status = Number(error?.status ?? error?.statusCode);
    if (Number.isInteger(status) && status >= 400 && status < 500) {
      return refuse(req, res, status, status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_REQUEST, status === 404 ? TEXTS.notFound : TEXTS.malformed);
    }
    logger.error({ ...errorLogFields(error), path: req.path }, 'unexpected error outside GraphQL');
    refuse(req, res, 500, ErrorCode.INTERNAL_SERVER_ERROR, TEXTS.internal);
  };
}
