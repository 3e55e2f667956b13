// A bare HTTP/1.1 client for the fuzz test: one connection per request, the bytes sent exactly as generated
// (headers no client library would send), and a hard deadline, so that a server that never answers is a
// finding of the test and never a hung test.
import net from 'node:net';

export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | Buffer | null;
}

export interface RawAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** Sends one request on a new connection and resolves with the answer, or rejects after `timeoutMs` with no complete answer. */
export function rawRequest(baseUrl: string, request: RawRequest, timeoutMs: number): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  const body = request.body === null ? null : Buffer.from(request.body);
  const names = new Set(Object.keys(request.headers).map((name) => name.toLowerCase()));
  const lines = [`${request.method} ${request.path} HTTP/1.1`, `host: ${hostname}:${port}`, 'connection: close'];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`${name}: ${value}`);
  if (body !== null && !names.has('content-length')) lines.push(`content-length: ${body.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const socket = net.connect({ host: hostname, port: Number(port) });
    const settle = (outcome: RawAnswer | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => settle(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    const tryParse = (ended: boolean) => {
      const answer = parseAnswer(Buffer.concat(chunks), request.method === 'HEAD', ended);
      if (answer) settle(answer);
      else if (ended) settle(new Error('the connection closed before a complete answer'));
    };
    socket.on('connect', () => socket.write(body ? Buffer.concat([head, body]) : head));
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      tryParse(false);
    });
    socket.on('end', () => tryParse(true));
    // A reset after the answer arrived (the server closed with bytes of ours unread) still leaves the answer.
    socket.on('error', (error) => (chunks.length > 0 ? tryParse(true) : settle(error)));
    socket.on('close', () => tryParse(true));
  });
}

/** The answer in the bytes received so far, or null while it is incomplete. */
function parseAnswer(bytes: Buffer, head: boolean, ended: boolean): RawAnswer | null {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine, ...headerLines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1] ?? Number.NaN);
  if (!Number.isInteger(status)) return ended ? { status: 0, contentType: '', body: bytes.toString('utf8') } : null;
  const headers = new Map(
    headerLines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as const;
    }),
  );
  const contentType = headers.get('content-type') ?? '';
  const rest = bytes.subarray(end + 4);
  if (head || status === 204 || status === 304 || (status >= 100 && status < 200)) return { status, contentType, body: '' };
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) {
    const body = dechunk(rest);
    return body === null ? null : { status, contentType, body: body.toString('utf8') };
  }
  const length = headers.get('content-length');
  if (length !== undefined) {
    const n = Number(length);
    return rest.length >= n ? { status, contentType, body: rest.subarray(0, n).toString('utf8') } : null;
  }
  return ended ? { status, contentType, body: rest.toString('utf8') } : null;
}

/** A chunked body once its last chunk has arrived, else null. */
function dechunk(bytes: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', at);
    if (lineEnd < 0) return null;
    const size = Number.parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size)) return null;
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    if (bytes.length < start + size + 2) return null;
    parts.push(bytes.subarray(start, start + size));
    at = start + size + 2;
  }
}
